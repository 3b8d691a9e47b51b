/**
 * Canned answers for the job board's tests (applications as the applicant sees them, viewer state),
 * parsed with the contract schemas like fixtures.ts.
 */
import { JobViewerStateSchema, MyApplicationSchema, type Job, type JobViewerState, type MyApplication } from '@/shared/contracts'
import { buildJob, uuid } from './fixtures'

export function buildMyApplication(job: Job = buildJob(), overrides: Partial<MyApplication> = {}): MyApplication {
  const status = overrides.status ?? 'applied'
  return MyApplicationSchema.parse({
    id: uuid(),
    job: {
      id: job.id,
      title: job.title,
      category: job.category,
      employer: job.employer,
      address: job.address,
      district: job.district,
      location: job.location,
      pay: job.pay,
      settlement: job.settlement,
      workDateStart: job.workDateStart,
      workDateEnd: job.workDateEnd,
      workHours: job.workHours,
      workStartTime: job.workStartTime,
      workEndTime: job.workEndTime,
      status: job.status,
      hiringMode: job.hiringMode,
    },
    status,
    timeline: [{ status, at: '2026-11-23T09:00:00+08:00', by: status === 'hired' ? 'system' : 'worker', reason: null }],
    canCancel: status === 'applied' || status === 'hired',
    canCheckIn: false,
    canRate: false,
    myRating: null,
    createdAt: '2026-11-23T09:00:00+08:00',
    updatedAt: '2026-11-23T09:00:00+08:00',
    ...overrides,
  })
}

export function buildViewerState(overrides: Partial<JobViewerState> = {}): JobViewerState {
  return JobViewerStateSchema.parse({ favorite: false, application: null, ...overrides })
}
