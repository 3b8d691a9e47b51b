import { useMutation } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type CheckInBody, type RateBody } from '@/shared/contracts'

/**
 * What a change to my application makes stale: my applications (this feature), and the job boards'
 * views of the job (places left, the employer's rating, my state on its detail page) under `jobs`.
 */
const myApplications = ['applications', 'mine'] as const
const jobs = ['jobs'] as const

/** 取消报名: the worker withdraws (until the work starts); a hired place goes back to the job. */
export function useCancelApplication() {
  return useMutation({
    mutationFn: (id: string) => request(api.updateApplication, { params: { id }, body: { action: 'cancel' } }),
    meta: { invalidates: [myApplications, jobs] },
  })
}

/** 签到 with the code typed, the QR scanned, or where the worker stands. */
export function useCheckIn(id: string) {
  return useMutation({
    mutationFn: (body: CheckInBody) => request(api.checkIn, { params: { id }, body }),
    meta: { invalidates: [myApplications] },
  })
}

/** The worker rates the employer once the work is completed. */
export function useRateApplication(id: string) {
  return useMutation({
    mutationFn: (body: RateBody) => request(api.rateApplication, { params: { id }, body }),
    meta: { invalidates: [myApplications, jobs] },
  })
}
