import type { JobStatus } from '../../../src/shared/contracts/index'

/** How a post's status reads in a refusal: `这个岗位现在是“已招满”`. */
export const JOB_STATUS_NAMES: Record<JobStatus, string> = {
  draft: '草稿',
  pending_review: '待审核',
  open: '在招',
  filled: '已招满',
  closed: '已停招',
  expired: '已过期',
}

/** Posts people can still see or are about to: what the employer can close and staff can take down. */
export const STOPPABLE: readonly JobStatus[] = ['open', 'filled', 'pending_review']
