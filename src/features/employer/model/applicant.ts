import { ApplicationActions, type Applicant, type ApplicationStatus, type EmployerJob, type RatingSummary } from '@/shared/contracts'

/**
 * Reasons an employer most often gives for 不录用, offered as chips (the text box takes anything else).
 * None of them may be about who the person is (人力资源市场暂行条例: no 性别, 民族, 户籍 ... conditions).
 */
export const REJECT_REASONS = ['人已经招够了', '工作时间对不上', '技能不符合要求', '联系不上本人'] as const

export type ApplicantAction = 'hire' | 'reject' | 'no_show' | 'complete' | 'rate'

/** What the employer can do next with an applicant, by status: the buttons on its card. */
export function applicantActions(applicant: Pick<Applicant, 'status' | 'canRate'>): ApplicantAction[] {
  switch (applicant.status) {
    case 'applied':
      return ['hire', 'reject']
    case 'hired':
      return ['no_show']
    case 'checked_in':
      return ['complete']
    case 'completed':
      return applicant.canRate ? ['rate'] : []
    default:
      return []
  }
}

export const actionLabels: Record<ApplicantAction, string> = { ...ApplicationActions, rate: '评价' }

/** The server masks a phone number (138****1234) until the worker is hired for this job. */
export function isMaskedPhone(phone: string): boolean {
  return phone.includes('*')
}

/** `4.6 分（12 次评价）`, or `还没有评价`. */
export function formatRating(rating: RatingSummary): string {
  return rating.average === null || rating.count === 0 ? '还没有评价' : `${rating.average.toFixed(1)} 分（${rating.count} 次评价）`
}

/** `★★★★☆` for 4 of 5 stars. */
export function starText(stars: number): string {
  const full = Math.max(0, Math.min(5, Math.round(stars)))
  return '★'.repeat(full) + '☆'.repeat(5 - full)
}

/** The counts an employer acts on, in the order the loop runs; 待处理 is who applied and waits for an answer. */
export function jobCountChips(counts: EmployerJob['counts']): { label: string; count: number; status: ApplicationStatus }[] {
  return [
    { label: '待处理', count: counts.applied, status: 'applied' },
    { label: '已录用', count: counts.hired, status: 'hired' },
    { label: '已签到', count: counts.checked_in, status: 'checked_in' },
    { label: '已完工', count: counts.completed, status: 'completed' },
  ]
}

const jobStatusLabels = {
  draft: '草稿',
  pending_review: '待驿站审核',
  open: '招聘中',
  filled: '已招满',
  closed: '已结束',
  expired: '已过期',
} as const satisfies Record<EmployerJob['job']['status'], string>

/** `招聘中 · 还剩 2 个名额`, `已招满`, `已结束`. */
export function jobStatusText(job: Pick<EmployerJob['job'], 'status' | 'placesLeft' | 'headcount'>): string {
  if (job.status !== 'open') return jobStatusLabels[job.status]
  if (job.placesLeft === 0) return jobStatusLabels.filled
  return `${jobStatusLabels.open} · 招 ${job.headcount} 人，还剩 ${job.placesLeft} 个名额`
}
