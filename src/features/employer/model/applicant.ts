import { ApplicationActions, type Applicant, type ApplicationStatus, type EmployerJob, type JobStatus, type RatingSummary } from '@/shared/contracts'

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

const closeReasonLabels = { employer: '已停止招聘', taken_down: '已被驿站下架', expired: '已过期' } as const

/** `招聘中 · 还剩 2 个名额`, `已招满`, `已被驿站下架`, `待驿站审核 · 通常 1 个工作日内`. */
export function jobStatusText(
  job: Pick<EmployerJob['job'], 'status' | 'placesLeft' | 'headcount'> & { closeReason?: EmployerJob['job']['closeReason'] },
): string {
  if (job.status === 'closed' && job.closeReason) return closeReasonLabels[job.closeReason]
  if (job.status === 'pending_review') return `${jobStatusLabels.pending_review} · 通常 1 个工作日内`
  if (job.status !== 'open') return jobStatusLabels[job.status]
  if (job.placesLeft === 0) return jobStatusLabels.filled
  return `${jobStatusLabels.open} · 招 ${job.headcount} 人，还剩 ${job.placesLeft} 个名额`
}

/**
 * What the employer should read under a post's status: what staff said (why it was refused or taken
 * down), or for a draft the first reason the last check refused it. Null when there is nothing to say.
 */
export function jobNoteText(job: Pick<EmployerJob['job'], 'status' | 'staffNote' | 'screening'>): string | null {
  if (job.staffNote) return `驿站意见：${job.staffNote}`
  if (job.status === 'draft' && job.screening?.verdict === 'reject') {
    const first = job.screening.reasons.find((r) => r.verdict === 'reject')
    if (first) return `上次发布没通过检查：${first.message}`
  }
  return null
}

/** The tabs of 我发布的岗位, each with the statuses it lists (in that order); 全部 lists every post. */
export const JOB_TABS = [
  { key: 'all', label: '全部', statuses: [] },
  { key: 'live', label: '招聘中', statuses: ['open', 'filled'] },
  { key: 'review', label: '待审核', statuses: ['pending_review'] },
  { key: 'draft', label: '草稿', statuses: ['draft'] },
  { key: 'ended', label: '已结束', statuses: ['closed', 'expired'] },
] as const satisfies readonly { key: string; label: string; statuses: readonly JobStatus[] }[]
export type JobTab = (typeof JOB_TABS)[number]['key']

/** The statuses a tab lists; undefined for 全部 (no filter). */
export function tabStatuses(tab: JobTab): JobStatus[] | undefined {
  const statuses: readonly JobStatus[] = JOB_TABS.find((t) => t.key === tab)?.statuses ?? []
  return statuses.length > 0 ? [...statuses] : undefined
}

export type JobAction = 'edit' | 'close' | 'copy' | 'applicants' | 'checkInCode'

/**
 * What the employer can do with a post, by status (the server's rules): edit while a draft, waiting or
 * live; stop hiring once published and not yet over; post again anything that was published; see the
 * applicants and show the check-in code while people can be hired or work.
 */
export function jobActions(status: JobStatus): JobAction[] {
  switch (status) {
    case 'draft':
      return ['edit']
    case 'pending_review':
      return ['edit', 'close', 'copy']
    case 'open':
      return ['applicants', 'checkInCode', 'edit', 'close', 'copy']
    case 'filled':
      return ['applicants', 'checkInCode', 'close', 'copy']
    default:
      return ['applicants', 'copy']
  }
}

export const jobActionLabels: Record<JobAction, string> = {
  edit: '编辑',
  close: '停止招聘',
  copy: '再发一次',
  applicants: '看报名的人',
  checkInCode: '签到码',
}

/** The confirmation before 停止招聘: who is told, and what becomes of their places. */
export function closeConfirmText(counts: Pick<EmployerJob['counts'], 'applied' | 'hired'>): string {
  const told = counts.hired + counts.applied
  const who = told > 0 ? `已录用的 ${counts.hired} 人和已报名的 ${counts.applied} 人会收到通知，报名随之取消。` : '现在还没有人报名。'
  return `停止招聘后岗位不再显示，也不能再报名。${who}已签到的人照常完工。`
}
