import Taro from '@tarojs/taro'
import type { ApplicationForm } from '@/shared/contracts/policies'
import { isDraftEmpty, parseDraft, type ApplyDraft } from '../model/application-form'

/** A new application is kept per policy; a resubmission per application (both may be under way). */
export interface DraftScope {
  policyId: string
  applicationId?: string
}

const keyOf = ({ policyId, applicationId }: DraftScope) =>
  applicationId ? `yizhan.subsidies.resubmit.${applicationId}` : `yizhan.subsidies.apply.${policyId}`

/** The form as last left, or null when nothing was kept. Storage may throw (full, cleared mid-call). */
export function loadApplyDraft(scope: DraftScope, form: ApplicationForm): ApplyDraft | null {
  try {
    const stored = Taro.getStorageSync(keyOf(scope)) as unknown
    return stored ? parseDraft(stored, form) : null
  } catch {
    return null
  }
}

export function saveApplyDraft(scope: DraftScope, draft: ApplyDraft): void {
  try {
    if (isDraftEmpty(draft)) Taro.removeStorageSync(keyOf(scope))
    else Taro.setStorageSync(keyOf(scope), draft)
  } catch {
    // Storage full or unavailable: the form on screen still holds everything.
  }
}

/** Submitted: the draft has done its work. */
export function clearApplyDraft(scope: DraftScope): void {
  try {
    Taro.removeStorageSync(keyOf(scope))
  } catch {
    // As above.
  }
}
