import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isRetryable } from '@/shared/api/errors'
import { request } from '@/shared/api/request'
import { type JobViewerState } from '@/shared/contracts'
import { applicationEndpoints } from '@/shared/contracts/applications'
import { applyIntent, endApplyIntent } from './job-storage'
import { jobViewerQueries } from './job-viewer-queries'
import { jobQueries } from './job-queries'

/** The worker's applications and messages live in other features: refreshed through `meta`, by key. */
const APPLICATIONS_KEY = ['applications'] as const
const MESSAGES_KEY = ['messages'] as const

/**
 * Applies to a job with one tap. The Idempotency-Key is made once per intent and stored: a retry
 * after a dropped connection sends the same key, so the server answers with the one application it
 * made. Once the server has answered for sure (an application, or a refusal), the intent ends.
 */
export function useApplyToJob(jobId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => request(applicationEndpoints.applyToJob, { params: { id: jobId }, headers: { 'idempotency-key': applyIntent(jobId) } }),
    meta: { invalidates: [APPLICATIONS_KEY, MESSAGES_KEY, jobQueries.lists(), jobViewerQueries.favorites().queryKey] },
    onSuccess(application) {
      endApplyIntent(jobId)
      queryClient.setQueryData(jobViewerQueries.viewerState(jobId).queryKey, (state) => ({ favorite: state?.favorite ?? false, application }))
      // Places left changed.
      void queryClient.invalidateQueries({ queryKey: [...jobQueries.details(), jobId] })
    },
    onError(error) {
      if (isRetryable(error)) return
      endApplyIntent(jobId)
      // A refusal (full, expired, closed) is news about the job itself: show it as it is now.
      void queryClient.invalidateQueries({ queryKey: [...jobQueries.details(), jobId] })
    },
  })
}

/**
 * Saves or unsaves a job. The star changes at once; if the server refuses, it goes back and the
 * page says so.
 */
export function useToggleFavorite(jobId: string) {
  const queryClient = useQueryClient()
  const key = jobViewerQueries.viewerState(jobId).queryKey
  return useMutation({
    mutationFn: (favorite: boolean) =>
      favorite ? request(applicationEndpoints.addFavorite, { params: { jobId } }) : request(applicationEndpoints.removeFavorite, { params: { jobId } }),
    async onMutate(favorite) {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData(key)
      queryClient.setQueryData(key, (state): JobViewerState => ({ application: state?.application ?? null, favorite }))
      return { previous }
    },
    onError(_error, _favorite, context) {
      queryClient.setQueryData(key, context?.previous)
    },
    onSettled() {
      void queryClient.invalidateQueries({ queryKey: jobViewerQueries.favorites().queryKey })
    },
  })
}
