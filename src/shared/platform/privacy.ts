import Taro from '@tarojs/taro'

/**
 * WeChat's privacy guideline (since 2023-10-17): before a declared privacy API such as getLocation
 * runs for the first time, WeChat calls `onNeedPrivacyAuthorization`; the app must show its own
 * explanation with a button of `open-type="agreePrivacyAuthorization"` and then resolve.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 *
 * This module keeps the one pending request; `<PrivacyPrompt />` (shared/ui) shows it. The handler is
 * registered when the first prompt mounts: until then WeChat shows its own official privacy popup.
 * Once registered (WeChat has no way to unregister), a request while no prompt is on screen is
 * declined at once, so the API call fails fast instead of hanging.
 */

type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void
type Listener = (pending: boolean) => void

let pending: Resolve | null = null
const listeners = new Set<Listener>()
let installed = false

function notify(): void {
  for (const listener of listeners) listener(pending !== null)
}

function installPrivacyHandler(): void {
  if (installed || process.env.TARO_ENV !== 'weapp') return
  const taro = Taro as unknown as { onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void }
  if (typeof taro.onNeedPrivacyAuthorization !== 'function') return
  installed = true
  taro.onNeedPrivacyAuthorization((resolve) => {
    if (listeners.size === 0) {
      resolve({ event: 'disagree' })
      return
    }
    pending?.({ event: 'disagree' })
    pending = resolve
    notify()
  })
}

/** Whether WeChat is waiting for the person to agree, and changes of it. */
export function subscribePrivacyRequest(listener: Listener): () => void {
  installPrivacyHandler()
  listeners.add(listener)
  listener(pending !== null)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && pending) answerPrivacyRequest(false)
  }
}

/**
 * Ends the pending request. Agreeing must come from the tap on the agree button itself
 * (`onAgreePrivacyAuthorization`), with that button's id.
 */
export function answerPrivacyRequest(agree: boolean, buttonId?: string): void {
  const resolve = pending
  pending = null
  resolve?.(agree ? { event: 'agree', buttonId } : { event: 'disagree' })
  notify()
}
