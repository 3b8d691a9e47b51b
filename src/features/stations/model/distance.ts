import type { GeoPoint } from '@/shared/contracts'

const EARTH_RADIUS_M = 6_371_000

/** Straight-line distance in metres (haversine): enough for "how far is the station". */
export function distanceBetween(a: GeoPoint, b: GeoPoint): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))))
}

/** `约 800 米`, `约 1.2 公里`, `约 15 公里`; null when the distance is unknown. */
export function formatDistance(meters: number | null | undefined): string | null {
  if (meters === null || meters === undefined || !Number.isFinite(meters) || meters < 0) return null
  if (meters < 100) return '不到 100 米'
  const hundreds = Math.round(meters / 100) * 100
  if (hundreds < 1000) return `约 ${hundreds} 米`
  const km = Math.round(meters / 100) / 10
  return km < 10 ? `约 ${km} 公里` : `约 ${Math.round(meters / 1000)} 公里`
}
