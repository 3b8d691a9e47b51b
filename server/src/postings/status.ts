import type { JobStatus } from '../../../src/shared/contracts/index'

/** Posts people can still see or are about to: what the employer can close and staff can take down. */
export const STOPPABLE: readonly JobStatus[] = ['open', 'filled', 'pending_review']
