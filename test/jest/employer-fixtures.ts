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
import { buildJob, uuid } from './fixtures'

const noCounts = { applied: 0, hired: 0, checked_in: 0, completed: 0, rejected: 0, cancelled: 0, no_show: 0 }

export function buildEmployerJob(overrides: { job?: Parameters<typeof buildJob>[0]; counts?: Partial<EmployerJob['counts']> } = {}): EmployerJob {
  return EmployerJobSchema.parse({ job: buildJob(overrides.job), counts: { ...noCounts, ...overrides.counts } })
}

export function buildEmployerJobPage(items: EmployerJob[], nextCursor: string | null = null) {
  return EmployerJobPageSchema.parse({ items, nextCursor })
}

const steps: Record<ApplicationStatus, ApplicationStatus[]> = {
  applied: ['applied'],
  hired: ['applied', 'hired'],
  checked_in: ['applied', 'hired', 'checked_in'],
  completed: ['applied', 'hired', 'checked_in', 'completed'],
  rejected: ['applied', 'rejected'],
  cancelled: ['applied', 'cancelled'],
  no_show: ['applied', 'hired', 'no_show'],
}

const stepTimes = ['2026-11-23T09:05:00+08:00', '2026-11-23T10:30:00+08:00', '2026-11-24T07:52:00+08:00', '2026-11-24T17:10:00+08:00']

function timeline(status: ApplicationStatus) {
  return steps[status].map((step, i) => ({
    status: step,
    at: stepTimes[i] ?? '2026-11-24T18:00:00+08:00',
    by: step === 'applied' || step === 'checked_in' || step === 'cancelled' ? 'worker' : 'employer',
    reason: step === 'rejected' ? '人已经招够了' : null,
  }))
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
    timeline: timeline(status),
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
  return ApplicationStateSchema.parse({ id: applicant.id, status, timeline: timeline(status), updatedAt: '2026-11-23T12:00:00+08:00' })
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
