/**
 * WGS-84 (what browsers' geolocation gives) to GCJ-02 (what WeChat's getLocation gives and Chinese
 * maps use). The two differ by a few hundred metres inside mainland China; outside it they are equal.
 * The published GCJ-02 approximation on the Krasovsky ellipsoid; accurate to about a metre.
 */

const A = 6378245.0
const EE = 0.006693421622965943

interface LatLng {
  lat: number
  lng: number
}

function outsideChina({ lat, lng }: LatLng): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function waves(x: number): number {
  return ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
}

function offsetLat(x: number, y: number): number {
  let d = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  d += waves(x)
  d += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  d += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return d
}

function offsetLng(x: number, y: number): number {
  let d = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  d += waves(x)
  d += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  d += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return d
}

export function wgs84ToGcj02(point: LatLng): LatLng {
  if (outsideChina(point)) return point
  const x = point.lng - 105
  const y = point.lat - 35
  const radLat = (point.lat / 180) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (offsetLat(x, y) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (offsetLng(x, y) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: point.lat + dLat, lng: point.lng + dLng }
}
