import { FIRST_SCREEN_ELEMENT_ID, FIRST_SCREEN_SHELL_ID, StationFirstScreenSchema, type StationFirstScreen } from '@/shared/contracts'
import { entryPages } from '@/shared/config/routes'

/**
 * H5: a printed station URL (`/s/CODE`) is answered with the app itself. Before the hash router
 * starts, turn the address into the station page's own (`/#/pages/station/index?code=CODE`), so the
 * router opens it and links made from `location` stay right. Nothing to do in the mini-program,
 * where a scanned code arrives as the page's `scene`.
 */
export function adoptPrintedStationUrl(): void {
  if (process.env.TARO_ENV !== 'h5') return
  if (typeof window === 'undefined' || window.location.hash.length > 1) return
  const printed = /^\/s\/([^/?#]+)\/?$/.exec(window.location.pathname)
  if (!printed) return
  window.history.replaceState(window.history.state, '', `/#/${entryPages.station}?code=${printed[1]}`)
}

/**
 * The station and its first jobs the server put into the page (H5 served from `/s/CODE`), taken out
 * of the page on first use; null when there is none, it is for another code, or it does not pass the
 * contract. The app then asks the API as usual.
 */
export function takeStationFirstScreen(code: string): StationFirstScreen | null {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return null
  removeShellOnNextFrame()
  const element = document.getElementById(FIRST_SCREEN_ELEMENT_ID)
  if (!element) return null
  element.remove()
  let parsed: StationFirstScreen | null = null
  try {
    const result = StationFirstScreenSchema.safeParse(JSON.parse(element.textContent ?? 'null'))
    parsed = result.success ? result.data : null
  } catch {
    parsed = null
  }
  return parsed && parsed.code.toUpperCase() === code.toUpperCase() ? parsed : null
}

/**
 * The server's plain-HTML picture of the first screen stays until the page, rendering now with the
 * same data, is drawn: removed just before the next frame, so the two never show together and the
 * screen is never blank between them.
 */
function removeShellOnNextFrame(): void {
  const shell = document.getElementById(FIRST_SCREEN_SHELL_ID)
  if (!shell) return
  const remove = () => shell.remove()
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(remove)
  else setTimeout(remove, 0)
}
