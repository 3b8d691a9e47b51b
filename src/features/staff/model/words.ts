/** `11月25日` from a city date (YYYY-MM-DD), read as written: no time zone can move it a day. */
export function cityDay(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)}月${Number(day)}日`
}
