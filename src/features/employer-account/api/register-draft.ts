import Taro from '@tarojs/taro'
import { isDraftEmpty, parseDraft, type RegisterDraft } from '../model/register-form'

const DRAFT_KEY = 'yizhan.employer-account.register-draft'

/** The registration form as last left: kept while typing, so leaving the page or the app loses nothing. */
export function loadRegisterDraft(): RegisterDraft {
  try {
    return parseDraft(Taro.getStorageSync(DRAFT_KEY) as unknown)
  } catch {
    return parseDraft(null)
  }
}

export function saveRegisterDraft(draft: RegisterDraft): void {
  try {
    if (isDraftEmpty(draft)) Taro.removeStorageSync(DRAFT_KEY)
    else Taro.setStorageSync(DRAFT_KEY, draft)
  } catch {
    // Storage full or unavailable: the form on screen still holds everything.
  }
}

/** Registered: the draft has done its work. */
export function clearRegisterDraft(): void {
  try {
    Taro.removeStorageSync(DRAFT_KEY)
  } catch {
    // As above.
  }
}
