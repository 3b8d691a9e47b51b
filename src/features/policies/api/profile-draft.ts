import Taro from '@tarojs/taro'
import { draftOf, parseProfileDraft, type ProfileForm } from '../model/profile-form'

const KEY = 'yizhan.policies.profile-draft'

/** 我的资料 as last typed and not yet saved, or null. */
export function loadProfileDraft(): ProfileForm | null {
  try {
    return parseProfileDraft(Taro.getStorageSync(KEY) as unknown)
  } catch {
    return null
  }
}

/** Kept while typing, without the ID number (sensitive: it stays only on screen until saved). */
export function saveProfileDraft(form: ProfileForm): void {
  try {
    Taro.setStorageSync(KEY, draftOf(form))
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
