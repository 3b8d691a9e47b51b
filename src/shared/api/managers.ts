import { focusManager, onlineManager } from '@tanstack/react-query'
import { hostEvents } from '@/shared/platform'

/**
 * Tells TanStack Query when the app comes back to the foreground and when the network comes and
 * goes, as its React Native example does with AppState and NetInfo. In the mini-program these are
 * `Taro.onAppShow/onAppHide` and `Taro.onNetworkStatusChange`; in the browser TanStack Query already
 * listens to `visibilitychange` and `online`/`offline` itself, so nothing is replaced there.
 */
export function installQueryManagers(): void {
  const events = hostEvents
  if (!events) return
  focusManager.setEventListener((handleFocus) => events.onVisibilityChange((visible) => handleFocus(visible)))
  onlineManager.setEventListener((setOnline) => events.onNetworkChange((online) => setOnline(online)))
}
