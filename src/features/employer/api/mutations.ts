import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/errors'
import { request } from '@/shared/api/request'
import { api, type RateBody, type UpdateApplicationBody } from '@/shared/contracts'
import { employerQueries } from './employer-queries'

/**
 * 录用 / 不录用 / 记为缺席 / 确认完工. On success the applicant lists and the counts on 我发布的岗位
 * are asked again (the query client does it from `meta`) before the caller hears of it. A 409 (名额已满,
 * or the worker cancelled meanwhile) also refreshes them: the screen was out of date.
 */
export function useUpdateApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateApplicationBody }) => request(api.updateApplication, { params: { id }, body }),
    meta: { invalidates: [employerQueries.all()] },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: employerQueries.all() })
    },
  })
}

/** The employer rates a worker after the work is done (once). */
export function useRateWorker() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RateBody }) => request(api.rateApplication, { params: { id }, body }),
    meta: { invalidates: [employerQueries.applicantLists()] },
  })
}

/**
 * 停止招聘: the post stops showing; those hired or waiting are told and their applications cancelled.
 * The job boards (`jobs`) drop it too, and the posting form's copy of it (`posting`) is stale.
 */
export function useCloseJob() {
  return useMutation({
    mutationFn: (id: string) => request(api.closeJob, { params: { id } }),
    meta: { invalidates: [employerQueries.all(), ['jobs'], ['posting', 'job']] },
  })
}
