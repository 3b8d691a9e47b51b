import { daysBetween } from '../../../src/shared/contracts/index'
import { addDays, cityDate, cityMoment } from '../city-time'

/** 08:00–17:00, or 20:00–次日 06:00 for a shift past midnight (as the seeded posts write it). */
export const workHoursText = (start: string, end: string) => (end <= start ? `${start}–次日 ${end}` : `${start}–${end}`)

export interface PostDates {
  workDateStart: string
  workDateEnd: string
  validUntil: string
  workStartTime: string
}

/**
 * The dates of a copy ("post again"): the work starts today if today's start time is still ahead,
 * else tomorrow, and lasts as many days as before; the post stays up for as long before the end
 * as it did, never before today nor past the last work day.
 */
export function copiedDates(source: PostDates, now: Date): Omit<PostDates, 'workStartTime'> {
  const today = cityDate(now)
  const start = now < cityMoment(today, source.workStartTime) ? today : addDays(today, 1)
  const end = addDays(start, daysBetween(source.workDateStart, source.workDateEnd))
  const moved = addDays(start, daysBetween(source.workDateStart, source.validUntil))
  const validUntil = moved < today ? today : moved > end ? end : moved
  return { workDateStart: start, workDateEnd: end, validUntil }
}
