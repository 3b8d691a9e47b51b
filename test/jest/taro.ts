/**
 * `@tarojs/taro` under jest: the APIs the app and NutUI touch, backed by things a test controls.
 * `taroTest` (also exported as a named export) is the test's handle: answer requests, set the route,
 * grant or refuse location, fire page lifecycle events, read what was navigated to or called.
 * Everything is reset before each test (test/jest/setup.ts).
 */
import { useEffect, useRef } from 'react'

export interface FakeRequest {
  url: string
  method: string
  header: Record<string, string>
  data: unknown
  timeout?: number
}
export interface FakeResponse {
  statusCode: number
  data: unknown
  header?: Record<string, string>
}
/** Answers one request; throw (or reject) `{ errMsg }` to play a network failure. */
export type Transport = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>

type Listener<A extends unknown[] = []> = (...args: A) => unknown

interface RouteState {
  path: string
  params: Record<string, string | undefined>
}

function initialState() {
  return {
    transport: (() => {
      throw { errMsg: 'request:fail no fake transport set in this test' }
    }) as Transport,
    requests: [] as (FakeRequest & { aborted: boolean })[],
    storage: new Map<string, unknown>(),
    navigations: [] as { type: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'; url?: string; delta?: number }[],
    phoneCalls: [] as string[],
    toasts: [] as { title: string; icon?: string }[],
    location: null as { latitude: number; longitude: number } | null,
    loginCode: 'fake-wx-login-code' as string | null,
    route: { path: '/pages/home/index', params: {} } as RouteState,
    /** Pages under the rendered one on the stack; empty: it was opened directly (QR code, link). */
    pagesBelow: [] as string[],
    enterOptions: { path: 'pages/home/index', query: {} as Record<string, string>, scene: 1001 },
    shareOptions: null as unknown,
    clipboard: null as string | null,
    openedLocations: [] as { latitude: number; longitude: number; name?: string; address?: string }[],
    /** What requestSubscribeMessage answers per template id ('accept' / 'reject'), or an errMsg to fail. */
    subscribeAnswer: { answer: 'accept' } as { answer: 'accept' | 'reject' } | { errMsg: string },
    subscribeRequests: [] as string[][],
    pullDownStopped: 0,
    /** What scanCode yields: the QR text, or an errMsg to fail with ('scanCode:fail cancel' when closed). */
    scan: { result: 'fake-qr' } as { result: string } | { errMsg: string },
    /** Tab bar badges by item index, as setTabBarBadge / removeTabBarBadge left them. */
    tabBarBadges: new Map<number, string>(),
    /** hideTabBar / showTabBar. */
    tabBarHidden: false,
    /** Every showModal asked, and what the person answers (OK by default). */
    modals: [] as { title?: string; content?: string; confirmText?: string }[],
    modalConfirms: true,
    hooks: {
      show: new Set<{ current: Listener<[unknown?]> }>(),
      hide: new Set<{ current: Listener }>(),
      reachBottom: new Set<{ current: Listener }>(),
      pullDownRefresh: new Set<{ current: Listener }>(),
      pageScroll: new Set<{ current: Listener<[{ scrollTop: number }]> }>(),
      shareAppMessage: new Set<{ current: Listener<[unknown?]> }>(),
    },
    appShow: new Set<Listener<[unknown]>>(),
    appHide: new Set<Listener>(),
    networkChange: new Set<Listener<[{ isConnected: boolean; networkType: string }]>>(),
  }
}

let state = initialState()

/** The test's handle on the fake platform. */
export const taroTest = {
  reset() {
    state = initialState()
  },
  /** Every request made through Taro.request answers from here. */
  setTransport(transport: Transport) {
    state.transport = transport
  },
  get requests() {
    return state.requests
  },
  get storage() {
    return state.storage
  },
  get navigations() {
    return state.navigations
  },
  get phoneCalls() {
    return state.phoneCalls
  },
  get toasts() {
    return state.toasts
  },
  /** The page being rendered: what useRouter / getCurrentInstance report. */
  setRoute(path: string, params: Record<string, string | undefined> = {}) {
    state.route = { path, params }
  },
  /** The pages under the rendered one, oldest first, e.g. `['/pages/home/index']` when it was opened from home. */
  setPagesBelow(paths: string[]) {
    state.pagesBelow = paths
  },
  /** null refuses (as a person tapping 拒绝 does); a point grants it. */
  setLocation(location: { latitude: number; longitude: number } | null) {
    state.location = location
  },
  /** What wx.login yields; null makes it fail. */
  setLoginCode(code: string | null) {
    state.loginCode = code
  },
  /** What getEnterOptionsSync reports: how the app was (last) entered. */
  setEnterOptions(options: { path: string; query: Record<string, string>; scene?: number }) {
    state.enterOptions = { scene: 1047, ...options }
  },
  /** The app comes back to the foreground: app-show listeners, then each page's useDidShow. */
  show(options?: unknown) {
    for (const listener of state.appShow) listener(options ?? state.enterOptions)
    for (const ref of state.hooks.show) ref.current(options)
  },
  hide() {
    for (const listener of state.appHide) listener()
    for (const ref of state.hooks.hide) ref.current()
  },
  reachBottom() {
    for (const ref of state.hooks.reachBottom) ref.current()
  },
  pullDownRefresh() {
    for (const ref of state.hooks.pullDownRefresh) ref.current()
  },
  /** How many times the page stopped its pull-down refresh animation. */
  get pullDownStopped() {
    return state.pullDownStopped
  },
  /** The page is scrolled to `scrollTop` (CSS px): usePageScroll listeners hear it. */
  scrollPage(scrollTop: number) {
    for (const ref of state.hooks.pageScroll) ref.current({ scrollTop })
  },
  /** What setClipboardData last put on the clipboard. */
  get clipboard() {
    return state.clipboard
  },
  get openedLocations() {
    return state.openedLocations
  },
  /** How the person answers requestSubscribeMessage dialogs: accept or reject each template, or a failure. */
  setSubscribeAnswer(answer: { answer: 'accept' | 'reject' } | { errMsg: string }) {
    state.subscribeAnswer = answer
  },
  /** The template ids of each requestSubscribeMessage call. */
  get subscribeRequests() {
    return state.subscribeRequests
  },
  /** What the page would hand WeChat when someone taps 转发 (the last registered handler). */
  shareAppMessage(options: unknown = { from: 'menu' }): unknown {
    let result: unknown
    for (const ref of state.hooks.shareAppMessage) result = ref.current(options)
    return result
  },
  /** What the next scanCode yields: QR text, or `{ errMsg }` to fail (e.g. 'scanCode:fail cancel'). */
  setScanResult(scan: { result: string } | { errMsg: string }) {
    state.scan = scan
  },
  get tabBarBadges() {
    return state.tabBarBadges
  },
  get tabBarHidden() {
    return state.tabBarHidden
  },
  get modals() {
    return state.modals
  },
  /** Whether the person taps OK (true) or 取消 (false) in the modals that follow. */
  setModalConfirms(confirm: boolean) {
    state.modalConfirms = confirm
  },
  setNetwork(isConnected: boolean) {
    for (const listener of state.networkChange) listener({ isConnected, networkType: isConnected ? 'wifi' : 'none' })
  },
}

function requestApi<T = unknown>(options: FakeRequest & { dataType?: string }) {
  const record = { url: options.url, method: options.method ?? 'GET', header: options.header ?? {}, data: options.data, timeout: options.timeout, aborted: false }
  state.requests.push(record)
  const transport = state.transport
  let abort: () => void = () => {}
  const promise = new Promise<{ statusCode: number; data: T; header: Record<string, string>; errMsg: string }>((resolve, reject) => {
    abort = () => {
      record.aborted = true
      reject({ errMsg: 'request:fail abort' })
    }
    Promise.resolve()
      .then(() => transport(record))
      .then(
        (response) => resolve({ statusCode: response.statusCode, data: response.data as T, header: response.header ?? {}, errMsg: 'request:ok' }),
        (error: unknown) => reject(error),
      )
  }) as Promise<{ statusCode: number; data: T; header: Record<string, string>; errMsg: string }> & { abort: () => void }
  promise.abort = () => abort()
  return promise
}

const systemInfo = {
  windowWidth: 375,
  windowHeight: 667,
  screenWidth: 375,
  screenHeight: 667,
  pixelRatio: 2,
  statusBarHeight: 20,
  platform: 'devtools',
  system: 'jest',
  language: 'zh_CN',
  theme: 'light',
  fontSizeSetting: 16,
  safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
}

function fail(errMsg: string) {
  return Promise.reject({ errMsg })
}

const selectorQuery = {
  select: () => selectorQuery,
  selectAll: () => selectorQuery,
  selectViewport: () => selectorQuery,
  in: () => selectorQuery,
  boundingClientRect: (cb?: (rect: unknown) => void) => {
    cb?.({ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 })
    return selectorQuery
  },
  scrollOffset: () => selectorQuery,
  fields: () => selectorQuery,
  exec: (cb?: (result: unknown[]) => void) => cb?.([]),
}

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD', HARMONY: 'HARMONY' } as const

const Taro = {
  ENV_TYPE,
  getEnv: () => ENV_TYPE.WEB,
  request: requestApi,
  getStorageSync: (key: string) => (state.storage.has(key) ? state.storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void state.storage.set(key, value),
  removeStorageSync: (key: string) => void state.storage.delete(key),
  getStorage: ({ key }: { key: string }) => (state.storage.has(key) ? Promise.resolve({ data: state.storage.get(key) }) : fail('getStorage:fail data not found')),
  setStorage: ({ key, data }: { key: string; data: unknown }) => {
    state.storage.set(key, data)
    return Promise.resolve({ errMsg: 'setStorage:ok' })
  },
  removeStorage: ({ key }: { key: string }) => {
    state.storage.delete(key)
    return Promise.resolve({ errMsg: 'removeStorage:ok' })
  },
  navigateTo: ({ url }: { url: string }) => {
    state.navigations.push({ type: 'navigateTo', url })
    return Promise.resolve({ errMsg: 'navigateTo:ok' })
  },
  redirectTo: ({ url }: { url: string }) => {
    state.navigations.push({ type: 'redirectTo', url })
    return Promise.resolve({ errMsg: 'redirectTo:ok' })
  },
  switchTab: ({ url }: { url: string }) => {
    state.navigations.push({ type: 'switchTab', url })
    return Promise.resolve({ errMsg: 'switchTab:ok' })
  },
  reLaunch: ({ url }: { url: string }) => {
    state.navigations.push({ type: 'reLaunch', url })
    return Promise.resolve({ errMsg: 'reLaunch:ok' })
  },
  navigateBack: ({ delta = 1 }: { delta?: number } = {}) => {
    state.navigations.push({ type: 'navigateBack', delta })
    return Promise.resolve({ errMsg: 'navigateBack:ok' })
  },
  getCurrentPages: () => [
    ...state.pagesBelow.map((path) => ({ route: path.replace(/^\//, ''), options: {} })),
    { route: state.route.path.replace(/^\//, ''), options: state.route.params },
  ],
  getCurrentInstance: () => ({ router: { path: state.route.path, params: state.route.params }, page: {} }),
  getEnterOptionsSync: () => state.enterOptions,
  getLaunchOptionsSync: () => state.enterOptions,
  getLocation: () =>
    state.location
      ? Promise.resolve({ ...state.location, accuracy: 30, altitude: 0, speed: 0, verticalAccuracy: 0, horizontalAccuracy: 30, errMsg: 'getLocation:ok' })
      : fail('getLocation:fail auth deny'),
  getSetting: () => Promise.resolve({ authSetting: { 'scope.userLocation': state.location !== null } }),
  authorize: () => (state.location ? Promise.resolve({ errMsg: 'authorize:ok' }) : fail('authorize:fail auth deny')),
  makePhoneCall: ({ phoneNumber }: { phoneNumber: string }) => {
    state.phoneCalls.push(phoneNumber)
    return Promise.resolve({ errMsg: 'makePhoneCall:ok' })
  },
  login: () => (state.loginCode ? Promise.resolve({ code: state.loginCode, errMsg: 'login:ok' }) : fail('login:fail')),
  showToast: ({ title, icon }: { title: string; icon?: string }) => {
    state.toasts.push({ title, icon })
    return Promise.resolve({ errMsg: 'showToast:ok' })
  },
  hideToast: () => Promise.resolve({ errMsg: 'hideToast:ok' }),
  showLoading: () => Promise.resolve({ errMsg: 'showLoading:ok' }),
  hideLoading: () => Promise.resolve({ errMsg: 'hideLoading:ok' }),
  showModal: ({ title, content, confirmText, cancelText }: { title?: string; content?: string; confirmText?: string; cancelText?: string } = {}) => {
    // As WeChat and Taro's H5 do: a button word over 4 Chinese characters and the dialog never opens.
    for (const [name, text] of [['confirmText', confirmText], ['cancelText', cancelText]] as const) {
      if (text !== undefined && text.replace(/[\u0391-\uFFE5]/g, 'aa').length > 8) return fail(`showModal:fail ${name} length should not larger than 4 Chinese characters`)
    }
    state.modals.push({ title, content, confirmText })
    return Promise.resolve({ confirm: state.modalConfirms, cancel: !state.modalConfirms, errMsg: 'showModal:ok' })
  },
  scanCode: () => ('result' in state.scan ? Promise.resolve({ result: state.scan.result, scanType: 'QR_CODE', charSet: 'utf-8', path: '', rawData: '', errMsg: 'scanCode:ok' }) : fail(state.scan.errMsg)),
  setTabBarBadge: ({ index, text }: { index: number; text: string }) => {
    state.tabBarBadges.set(index, text)
    return Promise.resolve({ errMsg: 'setTabBarBadge:ok' })
  },
  hideTabBar: () => {
    state.tabBarHidden = true
    return Promise.resolve({ errMsg: 'hideTabBar:ok' })
  },
  showTabBar: () => {
    state.tabBarHidden = false
    return Promise.resolve({ errMsg: 'showTabBar:ok' })
  },
  removeTabBarBadge: ({ index }: { index: number }) => {
    state.tabBarBadges.delete(index)
    return Promise.resolve({ errMsg: 'removeTabBarBadge:ok' })
  },
  showShareMenu: () => Promise.resolve({ errMsg: 'showShareMenu:ok' }),
  stopPullDownRefresh: () => {
    state.pullDownStopped += 1
    return Promise.resolve({ errMsg: 'stopPullDownRefresh:ok' })
  },
  setClipboardData: ({ data }: { data: string }) => {
    state.clipboard = data
    return Promise.resolve({ errMsg: 'setClipboardData:ok' })
  },
  openLocation: (options: { latitude: number; longitude: number; name?: string; address?: string }) => {
    state.openedLocations.push({ latitude: options.latitude, longitude: options.longitude, name: options.name, address: options.address })
    return Promise.resolve({ errMsg: 'openLocation:ok' })
  },
  requestSubscribeMessage: ({ tmplIds }: { tmplIds: string[] }) => {
    state.subscribeRequests.push(tmplIds)
    const answer = state.subscribeAnswer
    if ('errMsg' in answer) return fail(answer.errMsg)
    return Promise.resolve({ ...Object.fromEntries(tmplIds.map((id) => [id, answer.answer])), errMsg: 'requestSubscribeMessage:ok' })
  },
  setNavigationBarTitle: () => Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' }),
  pageScrollTo: () => Promise.resolve({ errMsg: 'pageScrollTo:ok' }),
  onAppShow: (listener: Listener<[unknown]>) => void state.appShow.add(listener),
  offAppShow: (listener: Listener<[unknown]>) => void state.appShow.delete(listener),
  onAppHide: (listener: Listener) => void state.appHide.add(listener),
  offAppHide: (listener: Listener) => void state.appHide.delete(listener),
  onNetworkStatusChange: (listener: Listener<[{ isConnected: boolean; networkType: string }]>) => void state.networkChange.add(listener),
  offNetworkStatusChange: (listener: Listener<[{ isConnected: boolean; networkType: string }]>) => void state.networkChange.delete(listener),
  getNetworkType: () => Promise.resolve({ networkType: 'wifi', errMsg: 'getNetworkType:ok' }),
  getSystemInfoSync: () => systemInfo,
  getSystemInfo: () => Promise.resolve(systemInfo),
  getWindowInfo: () => systemInfo,
  getDeviceInfo: () => systemInfo,
  getAppBaseInfo: () => systemInfo,
  pxTransform: (size: number) => `${size}px`,
  nextTick: (fn: () => void) => void setTimeout(fn, 0),
  createSelectorQuery: () => selectorQuery,
  addInterceptor: () => {},
  taroTest,
}

function useLatest<T>(value: T) {
  const ref = useRef(value)
  ref.current = value
  return ref
}

function useRegistered<T>(set: Set<{ current: T }>, callback: T) {
  const ref = useLatest(callback)
  useEffect(() => {
    set.add(ref)
    return () => void set.delete(ref)
  }, [set, ref])
}

export function useRouter() {
  return { path: state.route.path, params: state.route.params, onReady: '', onHide: '', onShow: '' }
}

/** Taro calls onLoad once, with the page's query. */
export function useLoad(callback: (params: Record<string, string | undefined>) => void) {
  const ref = useLatest(callback)
  useEffect(() => {
    ref.current(state.route.params)
  }, [ref])
}

/** Called once when the page first shows (after onLoad), and again on taroTest.show(). */
export function useDidShow(callback: (options?: unknown) => void) {
  const set = state.hooks.show
  const ref = useLatest(callback)
  useEffect(() => {
    set.add(ref)
    ref.current()
    return () => void set.delete(ref)
  }, [set, ref])
}

export function useDidHide(callback: () => void) {
  useRegistered(state.hooks.hide, callback)
}
export function useReachBottom(callback: () => void) {
  useRegistered(state.hooks.reachBottom, callback)
}
export function usePullDownRefresh(callback: () => void) {
  useRegistered(state.hooks.pullDownRefresh, callback)
}
export function useShareAppMessage(callback: (options?: unknown) => unknown) {
  useRegistered(state.hooks.shareAppMessage, callback)
}
export function useShareTimeline(_callback: () => unknown) {}
export function useReady(callback: () => void) {
  const ref = useLatest(callback)
  useEffect(() => {
    ref.current()
  }, [ref])
}
export function useUnload(callback: () => void) {
  const ref = useLatest(callback)
  useEffect(() => () => ref.current(), [ref])
}
export function usePageScroll(callback: (options: { scrollTop: number }) => void) {
  useRegistered(state.hooks.pageScroll, callback)
}
export function useTabItemTap(_callback: () => void) {}
export function useResize(_callback: () => void) {}

export const {
  request,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  navigateTo,
  redirectTo,
  switchTab,
  reLaunch,
  navigateBack,
  getCurrentInstance,
  getEnterOptionsSync,
  getLaunchOptionsSync,
  getLocation,
  makePhoneCall,
  login,
  showToast,
  getEnv,
  getSystemInfoSync,
  getWindowInfo,
  getDeviceInfo,
  getAppBaseInfo,
  pxTransform,
  nextTick,
  createSelectorQuery,
  onAppShow,
  offAppShow,
  onAppHide,
  offAppHide,
  onNetworkStatusChange,
  offNetworkStatusChange,
  stopPullDownRefresh,
} = Taro

export default Taro
