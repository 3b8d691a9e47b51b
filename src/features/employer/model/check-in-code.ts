/** Ask for the next code this long before the shown one expires, so the screen never shows a dead code. */
export const REFRESH_LEAD_MS = 3_000
/** However late the clock, never ask more often than this. */
export const MIN_REFRESH_MS = 1_000

/** How long to wait before asking for the next check-in code. */
export function refreshDelayMs(expiresAt: string | undefined, now: number): number | false {
  if (!expiresAt) return false
  const expires = Date.parse(expiresAt)
  if (Number.isNaN(expires)) return MIN_REFRESH_MS
  return Math.max(MIN_REFRESH_MS, expires - now - REFRESH_LEAD_MS)
}

/** `每分钟自动更换`, `每 30 秒自动更换`. */
export function periodText(periodSeconds: number): string {
  if (periodSeconds === 60) return '每分钟自动更换'
  if (periodSeconds % 60 === 0) return `每 ${periodSeconds / 60} 分钟自动更换`
  return `每 ${periodSeconds} 秒自动更换`
}
