import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import type { PolicyCategory } from '@/shared/contracts/policies'
import { profileEndpoints, type ConsentPurpose, type MyProfile, type UpdateMyProfileBody } from '@/shared/contracts/profile'
import { PRIVACY_NOTICE_VERSION } from '../model/consent'
import { policyCheckQueries } from './policy-check-queries'
import { profileQueries } from './profile-queries'

/** What the profile decides: 适合我的政策 is asked again after any change to it. */
const MATCHES_KEY = policyCheckQueries.matches().queryKey

function useKeepProfile() {
  const queryClient = useQueryClient()
  return (profile: MyProfile) => queryClient.setQueryData(profileQueries.mine().queryKey, profile)
}

/** Saves the whole profile; the answer replaces the one on screen. */
export function useUpdateMyProfile() {
  const keep = useKeepProfile()
  return useMutation({
    mutationFn: (body: UpdateMyProfileBody) => request(profileEndpoints.updateMyProfile, { body }),
    meta: { invalidates: [MATCHES_KEY] },
    onSuccess: keep,
  })
}

export interface ConsentDecision {
  purpose: ConsentPurpose
  granted: boolean
}

/** Records one consent decision with the privacy notice's version (withdrawing id_number erases the number). */
export function useRecordConsent() {
  const keep = useKeepProfile()
  return useMutation({
    mutationFn: ({ purpose, granted }: ConsentDecision) =>
      request(profileEndpoints.recordConsent, { body: { purpose, granted, policyVersion: PRIVACY_NOTICE_VERSION } }),
    meta: { invalidates: [MATCHES_KEY] },
    onSuccess: keep,
  })
}

/** The policy categories not to push. */
export function useUpdatePolicyNotifications() {
  const keep = useKeepProfile()
  return useMutation({
    mutationFn: (mutedCategories: PolicyCategory[]) => request(profileEndpoints.updatePolicyNotificationSettings, { body: { mutedCategories } }),
    onSuccess: keep,
  })
}
