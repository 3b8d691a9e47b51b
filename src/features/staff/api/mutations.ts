import { useMutation } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type DecideEmployerBody, type DecideReportBody, type RateSampleBody, type ReviewJobBody } from '@/shared/contracts'
import { staffQueries } from './staff-queries'

/** Every staff screen is asked again after a decision: the item leaves the queue, counts and the log change. */
const refreshStaff = { invalidates: [staffQueries.all()] }

export type Decision =
  | { kind: 'job'; id: string; body: ReviewJobBody }
  | { kind: 'employer'; id: string; body: DecideEmployerBody }
  | { kind: 'report'; id: string; body: DecideReportBody }

/** The answers differ by kind; the screens read none of them (the queue is asked again). */
function sendDecision(decision: Decision): Promise<unknown> {
  switch (decision.kind) {
    case 'job':
      return request(api.reviewJob, { params: { id: decision.id }, body: decision.body })
    case 'employer':
      return request(api.decideEmployerVerification, { params: { id: decision.id }, body: decision.body })
    case 'report':
      return request(api.decideReport, { params: { id: decision.id }, body: decision.body })
  }
}

/** A decision on one queue item of any kind, with the reason the person concerned reads. */
export function useDecide() {
  return useMutation({ mutationFn: sendDecision, meta: refreshStaff })
}

/** Draws posts for this month's sample audit. */
export function useDrawSamples() {
  return useMutation({ mutationFn: (size: number) => request(api.drawSampleAudit, { body: { size } }), meta: refreshStaff })
}

/** Rates one drawn post (may be rated again). */
export function useRateSample() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RateSampleBody }) => request(api.rateSampleAudit, { params: { id }, body }),
    meta: refreshStaff,
  })
}

/** Marks a live post 驿站已核实: staff have checked it (from a sample audit rated compliant). */
export function useCheckJob() {
  return useMutation({
    mutationFn: (jobId: string) => request(api.checkJob, { params: { id: jobId }, body: {} }),
    // The badge shows on the post and in lists: the jobs feature's cached answers are asked again.
    meta: { invalidates: [staffQueries.all(), ['jobs']] },
  })
}
