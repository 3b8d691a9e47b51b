/**
 * Everything that differs between the WeChat mini-program and the H5 app lives here: the rest of the
 * code asks these functions and never looks at `process.env.TARO_ENV` itself. The checks stay written
 * in full so the build replaces them and drops the other platform's branch.
 */
import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from './coordinates'

export { answerPrivacyRequest, subscribePrivacyRequest } from './privacy'
export { buttonControlProps, hostShowsHomeButton, viewControlProps, type ControlOptions, type ControlRole } from './controls'

export type Platform = 'weapp' | 'h5'

export const platform: Platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'

export interface LatLng {
  lat: number
  lng: number
}

const LOCATION_TIMEOUT_MS = 8_000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      () => {
        clearTimeout(timer)
        resolve(null)
      },
    )
  })
}

async function locationDeniedBefore(): Promise<boolean> {
  try {
    const { authSetting } = await Taro.getSetting()
    return authSetting['scope.userLocation'] === false
  } catch {
    return false
  }
}

/**
 * The person's position in GCJ-02 (the coordinates Chinese maps and our stations use), or null when
 * it is denied, unavailable or takes longer than 8 s. Never throws, never nags: once someone has said
 * no, WeChat is not asked again (see `openLocationSettings`).
 */
export async function getCurrentLocation(): Promise<LatLng | null> {
  if (process.env.TARO_ENV === 'weapp') {
    if (await locationDeniedBefore()) return null
    const result = await withTimeout(Taro.getLocation({ type: 'gcj02' }), LOCATION_TIMEOUT_MS)
    return result ? { lat: result.latitude, lng: result.longitude } : null
  }
  // Browsers only give WGS-84 (Taro's H5 getLocation supports nothing else).
  const result = await withTimeout(Taro.getLocation({ type: 'wgs84' }), LOCATION_TIMEOUT_MS)
  return result ? wgs84ToGcj02({ lat: result.latitude, lng: result.longitude }) : null
}

/** Opens WeChat's settings page so someone who once said no to location can allow it. */
export async function openLocationSettings(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    const { authSetting } = await Taro.openSetting()
    return authSetting['scope.userLocation'] === true
  } catch {
    return false
  }
}

/** Whether `openLocationSettings` can do anything here. */
export const canOpenLocationSettings: boolean = process.env.TARO_ENV === 'weapp'

/** Starts a phone call (on H5 Taro follows a `tel:` link). Resolves false when it could not. */
export async function callPhone(phone: string): Promise<boolean> {
  const phoneNumber = phone.replace(/[^\d+]/g, '')
  if (!phoneNumber) return false
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return true
  } catch {
    return false
  }
}

/** Whether WeChat sign-in (`wx.login`) exists here: in the mini-program only. */
export const supportsWechatLogin: boolean = process.env.TARO_ENV === 'weapp'

/** A fresh `wx.login` code (valid 5 minutes, single use) for `POST /auth/wechat`. Throws on H5. */
export async function wechatLoginCode(): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') throw new Error('微信登录只能在微信小程序里使用')
  const { code } = await Taro.login()
  if (!code) throw new Error('微信登录没有成功，请稍后重试')
  return code
}

/**
 * A mini-program code's `scene` (`s%3DCODE` → `{ s: 'CODE' }`). WeChat passes it URL-encoded in the
 * page query; decoding twice is harmless for the characters a scene may hold.
 */
export function decodeScene(scene: string | undefined | null): Record<string, string> {
  if (!scene) return {}
  let text = scene
  try {
    text = decodeURIComponent(scene)
  } catch {
    return {}
  }
  const result: Record<string, string> = {}
  for (const pair of text.split('&')) {
    const [key, ...rest] = pair.split('=')
    if (key) result[key] = rest.join('=')
  }
  return result
}

export interface AppShowInfo {
  /** Page path without leading slash, e.g. `pages/station/index`. */
  path: string
  query: Record<string, string>
}

/** How the app was entered this time (cold start or the latest hot start). */
export function getEnterInfo(): AppShowInfo {
  try {
    const options = Taro.getEnterOptionsSync()
    return { path: options.path ?? '', query: (options.query ?? {}) as Record<string, string> }
  } catch {
    return { path: '', query: {} }
  }
}

/**
 * Called on every hot start (the app comes back to the foreground), e.g. after scanning another
 * station's code while the app was in the background: read `query.scene` there. Returns the
 * unsubscribe. In the browser a page's URL carries everything, so it never fires.
 */
export function onAppShowWithQuery(listener: (info: AppShowInfo) => void): () => void {
  if (process.env.TARO_ENV !== 'weapp') return () => {}
  const handler = (options: { path?: string; query?: Record<string, string> }) =>
    listener({ path: options.path ?? '', query: options.query ?? {} })
  Taro.onAppShow(handler as Parameters<typeof Taro.onAppShow>[0])
  return () => Taro.offAppShow(handler as Parameters<typeof Taro.offAppShow>[0])
}

export interface HostEvents {
  /** App to foreground (true) or background (false). */
  onVisibilityChange(listener: (visible: boolean) => void): () => void
  /** Connectivity changes; the current state is reported once at subscription. */
  onNetworkChange(listener: (online: boolean) => void): () => void
}

/**
 * App show/hide and network events for TanStack Query's focus and online managers in the
 * mini-program, which has neither `visibilitychange` nor `online` events. Null in the browser,
 * where TanStack Query's own listeners already hear the browser's events.
 */
export const hostEvents: HostEvents | null =
  process.env.TARO_ENV === 'weapp'
    ? {
        onVisibilityChange(listener) {
          const show = () => listener(true)
          const hide = () => listener(false)
          Taro.onAppShow(show)
          Taro.onAppHide(hide)
          return () => {
            Taro.offAppShow(show)
            Taro.offAppHide(hide)
          }
        },
        onNetworkChange(listener) {
          let changed = false
          const onChange = (result: { isConnected: boolean }) => {
            changed = true
            listener(result.isConnected)
          }
          Taro.onNetworkStatusChange(onChange)
          Taro.getNetworkType()
            .then(({ networkType }) => {
              if (!changed) listener(networkType !== 'none')
            })
            .catch(() => {})
          return () => Taro.offNetworkStatusChange(onChange)
        },
      }
    : null
