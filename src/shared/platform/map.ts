import Taro from '@tarojs/taro'

/** A place to show on a map: GCJ-02 coordinates (what Chinese maps and our jobs use) and its words. */
export interface MapPlace {
  lat: number
  lng: number
  name: string
  address: string
}

/**
 * A map site's page for the place, for the browser: Amap's URI API takes GCJ-02 as it is and opens
 * its app on a phone that has it. https://lbs.amap.com/api/uri-api/guide/mobile-web/point
 */
export function mapSearchUrl(place: MapPlace): string {
  const params = [
    `position=${place.lng},${place.lat}`,
    `name=${encodeURIComponent(place.address || place.name)}`,
    'src=yizhan',
    'coordinate=gaode',
    'callnative=1',
  ]
  return `https://uri.amap.com/marker?${params.join('&')}`
}

/** Says what the map control does on this platform: WeChat's own map, or a map site in the browser. */
export const mapActionText: string = process.env.TARO_ENV === 'weapp' ? '在地图上查看' : '在高德地图上查看'

/**
 * Shows the place: WeChat's built-in map with navigation in the mini-program (`openLocation`),
 * the map site in a new tab in the browser. Resolves false when nothing opened.
 */
export async function openMap(place: MapPlace): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 16 })
      return true
    } catch {
      return false
    }
  }
  if (typeof window === 'undefined') return false
  const url = mapSearchUrl(place)
  // A blocked pop-up leaves the page itself to go there.
  const opened = typeof window.open === 'function' ? window.open(url, '_blank') : null
  if (!opened) window.location.assign(url)
  return true
}
