import { HiringModes, type Job, type RatingSummary } from '@/shared/contracts'
import { toLocal } from '@/shared/lib/dayjs'

/** Whether a person can apply now, and if not, why — the banner at the top of a job. */
export type JobAvailability = 'open' | 'full' | 'expired' | 'closed'

/** Today's date (YYYY-MM-DD) in the city's time zone. */
export function cityToday(now: number = Date.now()): string {
  return toLocal(now).format('YYYY-MM-DD')
}

export function jobAvailability(job: Pick<Job, 'status' | 'placesLeft' | 'validUntil' | 'workDateEnd'>, today: string = cityToday()): JobAvailability {
  // YYYY-MM-DD strings compare as dates.
  if (job.status === 'expired' || job.validUntil < today || job.workDateEnd < today) return 'expired'
  // Closed, taken down, or not (or no longer) published.
  if (job.status !== 'open' && job.status !== 'filled') return 'closed'
  if (job.status === 'filled' || job.placesLeft === 0) return 'full'
  return 'open'
}

export const AvailabilityBanners: Record<Exclude<JobAvailability, 'open'>, { title: string; message: string }> = {
  full: { title: '已招满', message: '这个岗位的名额已经招满了，看看别的岗位吧。' },
  expired: { title: '已过期', message: '这个岗位已经过了招聘时间。' },
  closed: { title: '已停止招聘', message: '用人单位已经停止招聘这个岗位。' },
}

/** `还剩 3 个名额（共招 5 人）`, or `名额已满（共招 5 人）`. */
export function formatPlacesLeft(job: Pick<Job, 'placesLeft' | 'headcount'>): string {
  const total = `（共招 ${job.headcount} 人）`
  return job.placesLeft > 0 ? `还剩 ${job.placesLeft} 个名额${total}` : `名额已满${total}`
}

/** How the pay reaches the worker, in plain words. */
export const SettlementExplanations = {
  daily: '日结：当天干完当天结工钱',
  weekly: '周结：每周结一次工钱',
  on_completion: '完工结：活儿全部干完后结工钱',
} as const

export function hiringModeText(job: Pick<Job, 'hiringMode'>): string {
  return HiringModes[job.hiringMode]
}

/** `4.6 分（12 人评价）` or `还没有评价`. */
export function formatRating(rating: RatingSummary): string {
  return rating.average === null || rating.count === 0 ? '还没有评价' : `${rating.average.toFixed(1)} 分（${rating.count} 人评价）`
}
