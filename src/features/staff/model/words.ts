import type { JobStatus } from '@/shared/contracts'

/** A post's status as staff read it. */
export const JOB_STATUS_WORDS: Record<JobStatus, string> = {
  draft: '草稿',
  pending_review: '待审核',
  open: '在招',
  filled: '已招满',
  closed: '已停招',
  expired: '已过期',
}

/** `11月25日` from a city date (YYYY-MM-DD), read as written: no time zone can move it a day. */
export function cityDay(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)}月${Number(day)}日`
}
