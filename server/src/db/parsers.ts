/**
 * Both adapters hand dates and times back as strings in the contract's shapes, not as JS Dates:
 * a Date would lose the city's offset and microseconds (which keyset cursors compare on), and a
 * `date` column would shift a day in UTC. Sessions run in the city's zone, so offsets read +08:00.
 */
export const CITY_TIME_ZONE = 'Asia/Shanghai'

export const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const

/** `2026-11-24 02:16:30.282+08` (PostgreSQL text output) → `2026-11-24T02:16:30.282+08:00`. */
export function pgTimestamptzToIso(text: string): string {
  const m = /^(\d{4,}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?(?::\d{2})?$/.exec(text)
  if (!m) return text // 'infinity' and BC dates are not used by this schema
  return `${m[1]}T${m[2]}${m[3]}:${m[4] ?? '00'}`
}

/** `date` stays `YYYY-MM-DD`. */
export const pgDateToString = (text: string) => text

/** Counts and bigints are small here; a number is what the API wants. */
export const pgInt8ToNumber = (text: string) => Number(text)

export const parsers: Record<number, (text: string) => unknown> = {
  [OID.timestamptz]: pgTimestamptzToIso,
  [OID.timestamp]: (text) => text.replace(' ', 'T'),
  [OID.date]: pgDateToString,
  [OID.int8]: pgInt8ToNumber,
}
