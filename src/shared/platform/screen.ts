import Taro from '@tarojs/taro'

/** What the browser offers (Screen Wake Lock API); absent in older browsers and in WeChat's webview. */
interface WakeLockSentinelLike {
  release(): Promise<void>
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>
}

let sentinel: WakeLockSentinelLike | null = null

/**
 * Keeps the screen from dimming while a code is shown for others to scan or type (the employer's
 * check-in code). Mini-program: `setKeepScreenOn`, which lasts until turned off or the mini-program is
 * left. Browser: a screen wake lock where there is one (the browser drops it when the tab is hidden;
 * call again on show). Never throws: a dimming screen is a nuisance, not a failure.
 */
export async function keepScreenOn(on: boolean): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.setKeepScreenOn({ keepScreenOn: on })
      return true
    } catch {
      return false
    }
  }
  try {
    if (!on) {
      const held = sentinel
      sentinel = null
      await held?.release()
      return true
    }
    const wakeLock = (globalThis.navigator as { wakeLock?: WakeLockLike } | undefined)?.wakeLock
    if (!wakeLock) return false
    sentinel = await wakeLock.request('screen')
    return true
  } catch {
    return false
  }
}
