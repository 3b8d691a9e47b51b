import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { policyEndpoints, type CreatePolicyBody, type Policy, type UpdatePolicyBody } from '@/shared/contracts/policies'
import { staffPolicyQueries } from './staff-policy-queries'

/** The public policy pages (features/policies) show what staff change: refreshed by key, not imported. */
const PUBLIC_POLICIES_KEY = ['policies'] as const

const refresh = { invalidates: [staffPolicyQueries.all(), PUBLIC_POLICIES_KEY] }

/** The edit page shows the answer at once (status, version) while the lists are asked again. */
function useKeepAnswer() {
  const queryClient = useQueryClient()
  return (policy: Policy) => queryClient.setQueryData(staffPolicyQueries.detail(policy.id).queryKey, policy)
}

/** 新建政策: saved as a draft. */
export function useCreatePolicy() {
  return useMutation({
    mutationFn: (body: CreatePolicyBody) => request(policyEndpoints.createPolicy, { body }),
    meta: refresh,
  })
}

/** Saves the changed fields only. */
export function useUpdatePolicy() {
  const onSuccess = useKeepAnswer()
  return useMutation({
    onSuccess,
    mutationFn: ({ id, body }: { id: string; body: UpdatePolicyBody }) => request(policyEndpoints.updatePolicy, { params: { id }, body }),
    meta: refresh,
  })
}

export function usePublishPolicy() {
  const onSuccess = useKeepAnswer()
  return useMutation({
    onSuccess,
    mutationFn: (id: string) => request(policyEndpoints.publishPolicy, { params: { id } }),
    meta: refresh,
  })
}

export function useWithdrawPolicy() {
  const onSuccess = useKeepAnswer()
  return useMutation({
    onSuccess,
    mutationFn: ({ id, reason }: { id: string; reason: string }) => request(policyEndpoints.withdrawPolicy, { params: { id }, body: { reason } }),
    meta: refresh,
  })
}
