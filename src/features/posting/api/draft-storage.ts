import Taro from '@tarojs/taro'
import { parseStoredForm, type PostForm } from '../model/post-form'

/** A new post's draft is kept under `new` until the server has it; then under its id until saved. */
export type DraftKey = string | 'new'

const storageKey = (key: DraftKey) => `yizhan.posting.draft.${key}`

export interface StoredDraft {
  form: PostForm
  /** When it was written (ms), to say "上次填到 …". */
  savedAt: number
}

/** What was typed and not yet saved to the server, or null. Storage failing never breaks the form. */
export function loadDraft(key: DraftKey): StoredDraft | null {
  try {
    const value = Taro.getStorageSync(storageKey(key)) as unknown
    if (typeof value !== 'object' || value === null) return null
    const form = parseStoredForm((value as { form?: unknown }).form)
    const savedAt = (value as { savedAt?: unknown }).savedAt
    return form ? { form, savedAt: typeof savedAt === 'number' ? savedAt : 0 } : null
  } catch {
    return null
  }
}

export function saveDraft(key: DraftKey, form: PostForm, now: number = Date.now()): void {
  try {
    Taro.setStorageSync(storageKey(key), { form, savedAt: now })
  } catch {
    // Full storage: the form still works, only the copy on the phone is missing.
  }
}

/** The server has the post as typed (saved or published): the copy on the phone has done its job. */
export function clearDraft(key: DraftKey): void {
  try {
    Taro.removeStorageSync(storageKey(key))
  } catch {
    // As above.
  }
}
