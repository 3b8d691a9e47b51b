/**
 * Canned employer-side data (my jobs, applicants, check-in codes) for component tests, parsed with the
 * contract schemas like fixtures.ts: a fixture the real server could never send fails its test.
 */
import {
  ApplicantPageSchema,
  ApplicantSchema,
  ApplicationStateSchema,
  CheckInCodeSchema,
  EmployerJobPageSchema,
  EmployerJobSchema,
  type Applicant,
  type ApplicationStatus,
  type CheckInCode,
  type EmployerJob,
} from '@/shared/contracts'
import { timelineTo } from './application-fixtures'
import { buildJob, uuid } from './fixtures'

const noCounts = { applied: 0, hired: 0, checked_in: 0, completed: 0, rejected: 0, cancelled: 0, no_show: 0 }

export function buildEmployerJob(overrides: { job?: Parameters<typeof buildJob>[0]; counts?: Partial<EmployerJob['counts']> } = {}): EmployerJob {
  const job = buildJob(overrides.job)
  // What only the employer sees of an open post that screening passed.
  const ownerView = {
    meetingPoint: '东门保安室找王师傅',
    screening: { verdict: 'pass', reasons: [] },
    screenedAt: job.postedAt,
    staffNote: null,
    closeReason: null,
    closedAt: null,
    publishedAt: job.postedAt,
    copiedFrom: null,
    createdAt: job.postedAt,
  }
  return EmployerJobSchema.parse({ job: { ...job, ...ownerView }, counts: { ...noCounts, ...overrides.counts } })
}

export function buildEmployerJobPage(items: EmployerJob[], nextCursor: string | null = null) {
  return EmployerJobPageSchema.parse({ items, nextCursor })
}

/** Hired (or later) applicants come with the full phone number, as the server sends them; earlier ones masked. */
export function buildApplicant(
  status: ApplicationStatus = 'applied',
  overrides: Partial<Omit<Applicant, 'worker'>> & { worker?: Partial<Applicant['worker']> } = {},
): Applicant {
  const { worker, ...rest } = overrides
  const seesPhone = status === 'hired' || status === 'checked_in' || status === 'completed' || status === 'no_show'
  return ApplicantSchema.parse({
    id: uuid(),
    status,
    timeline: timelineTo(status),
    worker: {
      id: uuid(),
      displayName: '王建国',
      phone: seesPhone ? '13800000001' : '138****0001',
      completedCount: 7,
      noShowCount: 1,
      rating: { average: 4.8, count: 6 },
      ...worker,
    },
    canRate: status === 'completed',
    myRating: null,
    createdAt: '2026-11-23T08:00:00+08:00',
    ...rest,
  })
}

export function buildApplicantPage(items: Applicant[], nextCursor: string | null = null) {
  return ApplicantPageSchema.parse({ items, nextCursor })
}

/** What PATCH /applications/:id answers for an applicant moved to `status`. */
export function buildApplicationState(applicant: Applicant, status: ApplicationStatus) {
  return ApplicationStateSchema.parse({ id: applicant.id, status, timeline: timelineTo(status), updatedAt: '2026-11-23T12:00:00+08:00' })
}

export function buildCheckInCode(overrides: Partial<CheckInCode> = {}): CheckInCode {
  return CheckInCodeSchema.parse({
    code: '482913',
    qr: 'yz-checkin.v1.4f2a.482913.sig',
    expiresAt: '2026-11-24T08:01:00+08:00',
    periodSeconds: 60,
    ...overrides,
  })
}
