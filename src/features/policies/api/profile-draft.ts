import Taro from '@tarojs/taro'
import { draftOf, parseProfileDraft, type ProfileForm } from '../model/profile-form'

const KEY = 'yizhan.policies.profile-draft'

/**
 * 我的资料 as last typed and not yet saved by this account, or null. A phone may be shared: a draft
 * another account left is never shown (its groups and birth date are that person's own).
 */
export function loadProfileDraft(owner: string): ProfileForm | null {
  try {
    const stored = Taro.getStorageSync(KEY) as unknown
    if (typeof stored !== 'object' || stored === null || (stored as { owner?: unknown }).owner !== owner) return null
    return parseProfileDraft((stored as { form?: unknown }).form)
  } catch {
    return null
  }
}

/** Kept while typing, without the ID number (sensitive: it stays only on screen until saved). */
export function saveProfileDraft(owner: string, form: ProfileForm): void {
  try {
    Taro.setStorageSync(KEY, { owner, form: draftOf(form) })
  } catch {
    // Storage full or unavailable: the form on screen still holds everything.
  }
}

/** Saved to the server (or given up): the copy on the phone has done its job. */
export function clearProfileDraft(): void {
  try {
    Taro.removeStorageSync(KEY)
  } catch {
    // As above.
  }
}
