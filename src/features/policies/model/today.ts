import { toLocal } from '@/shared/lib/dayjs'

/** Today in the city (YYYY-MM-DD): the latest birth date or licence date anyone can pick. */
export function cityToday(now: number = Date.now()): string {
  return toLocal(now).format('YYYY-MM-DD')
}
