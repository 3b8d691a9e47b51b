/**
 * When a job's work happens, in the city's time. Pure (the clock is passed in), so the rules for
 * cancelling, expiry and check-in are tested at any moment without waiting for it.
 */
import { addDays, cityDate, cityMoment } from '../../city-time'

/** The job's dates and daily hours as the contract carries them (YYYY-MM-DD, HH:MM, city time). */
export interface WorkSchedule {
  workDateStart: string
  workDateEnd: string
  workStartTime: string
  workEndTime: string
}

/** Workers may check in from this long before the start. */
export const CHECK_IN_EARLY_MINUTES = 60

/** A shift ending at or before its start (22:00–06:00) ends the next morning. */
const overnight = (s: WorkSchedule) => s.workEndTime <= s.workStartTime

/** The day's shift on `date`: [start, end) as epoch milliseconds. */
function shiftOn(s: WorkSchedule, date: string): { start: number; end: number } {
  const start = cityMoment(date, s.workStartTime).getTime()
  const end = cityMoment(overnight(s) ? addDays(date, 1) : date, s.workEndTime).getTime()
  return { start, end }
}

/** The first day's start has passed: from then on the worker can no longer cancel. */
export function workHasStarted(s: WorkSchedule, now: Date): boolean {
  return now.getTime() >= shiftOn(s, s.workDateStart).start
}

/** The last day's shift is over: nobody can apply any more. */
export function workHasEnded(s: WorkSchedule, now: Date): boolean {
  return now.getTime() >= shiftOn(s, s.workDateEnd).end
}

/** Today (city date) is one of the work days. */
export function isWorkDay(s: WorkSchedule, now: Date): boolean {
  const today = cityDate(now)
  return today >= s.workDateStart && today <= s.workDateEnd
}

/**
 * Check-in is open on a work day from an hour before the start until the end of that day's shift.
 * Yesterday's shift is looked at too, for night work that runs past midnight.
 */
export function checkInOpen(s: WorkSchedule, now: Date): boolean {
  const t = now.getTime()
  const today = cityDate(now)
  return [addDays(today, -1), today].some((date) => {
    if (date < s.workDateStart || date > s.workDateEnd) return false
    const shift = shiftOn(s, date)
    return t >= shift.start - CHECK_IN_EARLY_MINUTES * 60_000 && t <= shift.end
  })
}
