/** `约 800 米`, `约 1.2 公里`, `约 15 公里`; null when the distance is unknown. */
export function formatDistance(meters: number | null | undefined): string | null {
  if (meters === null || meters === undefined || !Number.isFinite(meters) || meters < 0) return null
  if (meters < 100) return '不到 100 米'
  const hundreds = Math.round(meters / 100) * 100
  if (hundreds < 1000) return `约 ${hundreds} 米`
  const km = Math.round(meters / 100) / 10
  return km < 10 ? `约 ${km} 公里` : `约 ${Math.round(meters / 1000)} 公里`
}
