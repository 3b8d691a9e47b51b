/**
 * The city's wall clock. Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving), so a
 * fixed offset is exact and needs no time-zone data.
 */
const CITY_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/** No pushes from 22:00 to 08:00 city time: they wait for the morning. */
export const QUIET_HOURS = { from: 22, until: 8 } as const

export interface CityClock {
  /** YYYY-MM-DD */
  date: string
  hour: number
}

export function cityClock(at: Date): CityClock {
  const shifted = new Date(at.getTime() + CITY_OFFSET_MS)
  return { date: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours() }
}

/** The calendar date in the city at `at` (YYYY-MM-DD). */
export const cityDate = (at: Date): string => cityClock(at).date

/** The city date `days` after `at`'s (YYYY-MM-DD). */
export function cityDateAfter(at: Date, days: number): string {
  return cityDate(new Date(at.getTime() + days * DAY_MS))
}

/** `YYYY-MM-DD` plus `days`, in calendar arithmetic (no time zone can shift it). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The moment `time` (HH:MM) on city date `date`. */
export function cityMoment(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`)
}

export function inQuietHours(at: Date): boolean {
  const { hour } = cityClock(at)
  return hour >= QUIET_HOURS.from || hour < QUIET_HOURS.until
}
