/**
 * Picking a place on a map. WeChat has `chooseLocation` (its own map with search; GCJ-02, as our jobs
 * store). The browser has no map picker here: the H5 forms take a station's place or typed coordinates.
 * WeChat asks `chooseLocation` to be declared in app.json `requiredPrivateInfos`.
 */
import Taro from '@tarojs/taro'

/** Whether `chooseLocationOnMap` can open a map here: in the mini-program only. */
export const canChooseLocationOnMap: boolean = process.env.TARO_ENV === 'weapp'

export interface ChosenPlace {
  lat: number
  lng: number
  /** The place's name (a shop, a building), may be empty. */
  name: string
  address: string
}

/**
 * The place the person picks, or null when they close the map without one. Throws a plain Chinese
 * message when the map cannot open (permission refused, not in the mini-program).
 */
export async function chooseLocationOnMap(near?: { lat: number; lng: number } | null): Promise<ChosenPlace | null> {
  if (process.env.TARO_ENV !== 'weapp') throw new Error('这里不能打开地图')
  try {
    const result = await Taro.chooseLocation(near ? { latitude: near.lat, longitude: near.lng } : {})
    if (!result.latitude && !result.longitude) return null
    return { lat: result.latitude, lng: result.longitude, name: result.name ?? '', address: result.address ?? '' }
  } catch (error) {
    const errMsg = (error as { errMsg?: unknown } | null)?.errMsg
    if (typeof errMsg === 'string' && /cancel/i.test(errMsg)) return null
    throw new Error('没能打开地图，请稍后再试')
  }
}
