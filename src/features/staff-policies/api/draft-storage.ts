import Taro from '@tarojs/taro'
import { parsePolicyDraft, type PolicyDraft } from '../model/policy-form'

/** One draft per policy being edited, and one for a new policy. */
const draftKey = (policyId: string | null) => `yizhan.staff-policy.draft.${policyId ?? 'new'}`

/**
 * Storage can throw (full, or cleared mid-call): losing the copy on the phone never breaks the form,
 * which still holds what was typed.
 */
function quietly<T>(work: () => T, otherwise: T): T {
  try {
    return work()
  } catch {
    return otherwise
  }
}

export const loadPolicyDraft = (policyId: string | null): PolicyDraft | null =>
  quietly(() => parsePolicyDraft(Taro.getStorageSync(draftKey(policyId)) as unknown), null)

export const savePolicyDraft = (policyId: string | null, draft: PolicyDraft): void =>
  quietly(() => Taro.setStorageSync(draftKey(policyId), draft), undefined)

export const clearPolicyDraft = (policyId: string | null): void => quietly(() => Taro.removeStorageSync(draftKey(policyId)), undefined)
