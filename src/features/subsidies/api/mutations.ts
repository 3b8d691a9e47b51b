import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { subsidyEndpoints, type SubsidyActionBody, type SubsidyApplicationBody } from '@/shared/contracts/subsidies'
import { subsidyQueries } from './subsidy-queries'

/** A progress message arrives in the message centre (another feature's, under `messages`). */
const MESSAGES_KEY = ['messages'] as const

export interface SubmitInput {
  body: SubsidyApplicationBody
  /** The Idempotency-Key kept with the draft: the same on every retry of one submission. */
  key: string
}

/** 提交申请 for a policy. The answer is the new application, kept for its page that opens next. */
export function useApplyForSubsidy(policyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: SubmitInput) =>
      request(subsidyEndpoints.applyForSubsidy, { params: { id: policyId }, body, headers: { 'idempotency-key': key } }),
    meta: { invalidates: [subsidyQueries.mine(), MESSAGES_KEY] },
    onSuccess: (application) => queryClient.setQueryData(subsidyQueries.myDetail(application.id).queryKey, application),
  })
}

/** 补充材料后重新提交: the whole form again (PUT replaces it, so a retry does no harm). */
export function useResubmitSubsidyApplication(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SubsidyApplicationBody) => request(subsidyEndpoints.resubmitSubsidyApplication, { params: { id }, body }),
    meta: { invalidates: [subsidyQueries.mine()] },
    onSuccess: (application) => queryClient.setQueryData(subsidyQueries.myDetail(application.id).queryKey, application),
  })
}

/** A staff action; the answer replaces the application on screen and the queue is asked again. */
export function useSubsidyAction(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SubsidyActionBody) => request(subsidyEndpoints.actOnSubsidyApplication, { params: { id }, body }),
    meta: { invalidates: [[...subsidyQueries.staff(), 'list']] },
    onSuccess: (application) => queryClient.setQueryData(subsidyQueries.staffDetail(id).queryKey, application),
  })
}
