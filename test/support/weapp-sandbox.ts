import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import vm from 'node:vm'

/**
 * Runs the built mini-program (dist/weapp) the way WeChat's logic layer does, as far as Node allows:
 * every file is a CommonJS-style module evaluated in one `vm` context whose globals are only what
 * WeChat's JS engine offers the app (the language built-ins, console, timers, `wx`, `App`, `Page`,
 * `Component`, `getApp`, `getCurrentPages`, `requirePlugin`). In particular there is no
 * AbortController, AbortSignal, fetch, XMLHttpRequest, structuredClone, TextEncoder, URL, EventTarget
 * or queueMicrotask, and `eval` / `new Function` throw: a build that leans on any of them fails here as
 * it would on a phone.
 *
 * `wx.request` is answered over node:http by a real server: whatever origin the build was given
 * (TARO_APP_API_BASE) is replaced by `apiOrigin`, and every request is recorded.
 * No WXML is rendered: the page's `setData` calls are applied to a data tree, and tests read the
 * text Taro put into it.
 */

/** Globals WeChat's engine lacks and Node has; the sandbox must not have them either. */
export const ABSENT_IN_WECHAT = ['AbortController', 'AbortSignal', 'fetch', 'XMLHttpRequest', 'structuredClone'] as const

export interface RecordedRequest {
  method: string
  /** The URL the app asked for, before rewriting. */
  url: string
  /** Where it was sent. */
  sentTo: string
  status: number | null
  error?: string
}

export interface SetDataCall {
  keys: string[]
  bytes: number
  at: number
}

type Fn = (...args: unknown[]) => unknown
type Options = Record<string, unknown> & { success?: Fn; fail?: Fn; complete?: Fn }
type PageConfig = Record<string, unknown> & { data?: unknown }

export interface PageHandle {
  route: string
  /** The page instance Taro was given as `this`. */
  instance: Record<string, unknown>
  setDataCalls: SetDataCall[]
  /** The data tree as the view layer would hold it after every setData so far. */
  data(): Record<string, unknown>
  /** All text in the rendered data (Taro's text nodes), in document order, joined by newlines. */
  text(): string
  /** Resolves once `predicate(text)` holds; rejects with what the page showed after `timeoutMs`. */
  waitForText(predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>
  /** Taps the first element whose own text contains `text`, through Taro's event handler. */
  tap(text: string): void
  /**
   * Types `value` into the text field whose placeholder is `placeholder` (one `input` event, as the
   * keyboard sends), then, with `confirm`, presses the keyboard's confirm key (搜索, 完成).
   */
  type(placeholder: string, value: string, options?: { confirm?: boolean }): void
}

const PATH_TOKEN = /([^.[\]]+)|\[(\d+)\]/g

/** Applies one setData key ("root.cn.[0].cn.[2].v", WeChat's "a.b[1].c" also works) to `target`. */
function setPath(target: Record<string, unknown>, key: string, value: unknown) {
  const tokens: (string | number)[] = []
  for (const match of key.matchAll(PATH_TOKEN)) {
    if (match[2] !== undefined) tokens.push(Number(match[2]))
    else if (match[1] !== undefined) tokens.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1])
  }
  let node: Record<string | number, unknown> = target
  tokens.forEach((token, index) => {
    if (index === tokens.length - 1) {
      node[token] = value
      return
    }
    const next = node[token]
    if (next === null || typeof next !== 'object') node[token] = typeof tokens[index + 1] === 'number' ? [] : {}
    node = node[token] as Record<string | number, unknown>
  })
}

export interface TaroNode {
  v?: unknown
  cn?: TaroNode[]
  sid?: string
  uid?: string
  nn?: unknown
  [key: string]: unknown
}

/** Taro's text nodes carry their text in `v`; children are in `cn`. */
function collectText(node: unknown, out: string[]) {
  if (!node || typeof node !== 'object') return
  const n = node as TaroNode
  if (typeof n.v === 'string' && n.v.trim()) out.push(n.v.trim())
  for (const child of n.cn ?? []) collectText(child, out)
}

function ownText(node: TaroNode): string {
  const out: string[] = []
  collectText(node, out)
  return out.join('')
}

/** Elements from the root down to the innermost one (not a text node) whose text contains `text`. */
function pathTo(node: unknown, text: string): TaroNode[] | null {
  if (!node || typeof node !== 'object') return null
  const n = node as TaroNode
  for (const child of n.cn ?? []) {
    const found = pathTo(child, text)
    if (found) return [n, ...found]
  }
  return n.v === undefined && (n.sid || n.uid) && ownText(n).includes(text) ? [n] : null
}

/**
 * Which of Taro's node templates bind taps (`bindtap="eh"` in base.wxml, keyed by the node's `nn`).
 * Elements without a handler are rendered by static templates that bind nothing; in WeChat a tap on
 * them bubbles to the nearest ancestor that binds it.
 */
function tapTemplates(baseWxml: string): Set<string> {
  const out = new Set<string>()
  for (const match of baseWxml.matchAll(/<template name="tmpl_0_([\w-]+)">([\s\S]*?)<\/template>/g)) {
    if (match[2]!.includes('bindtap=')) out.add(match[1]!)
  }
  return out
}

/**
 * Taro's text-field templates in base.wxml (`<input>`, `<textarea>`), keyed by node number (`nn`), with
 * the data key each reads its placeholder from (`placeholder="{{i.p13}}"`). A field has several
 * templates (`tmpl_0_33_focus`, `_blur`) that agree on the keys.
 */
export function fieldTemplates(baseWxml: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const match of baseWxml.matchAll(/<template name="tmpl_0_(\w+?)(?:_focus|_blur)?">\s*<(?:input|textarea)\b([^>]*)>/g)) {
    const key = /\splaceholder="\{\{i\.(\w+)\}\}"/.exec(match[2]!)?.[1]
    if (key) out.set(match[1]!, key)
  }
  return out
}

/** The first node, depth first, that `predicate` accepts. */
export function findNode(node: unknown, predicate: (node: TaroNode) => boolean): TaroNode | null {
  if (!node || typeof node !== 'object') return null
  const n = node as TaroNode
  if (predicate(n)) return n
  for (const child of n.cn ?? []) {
    const found = findNode(child, predicate)
    if (found) return found
  }
  return null
}

export interface WeappSandboxOptions {
  /** dist/weapp */
  dir: string
  /** Origin of the server that answers wx.request, e.g. http://127.0.0.1:41234 */
  apiOrigin: string
  /** Launch options for App.onLaunch / onShow (scene 1001: opened from the chat list). */
  launch?: { path?: string; query?: Record<string, string>; scene?: number }
}

export class WeappSandbox {
  readonly requests: RecordedRequest[] = []
  readonly logs: string[] = []
  /** Navigation calls the app made (navigateTo, switchTab, ...), with their url. */
  readonly navigations: { api: string; url: string }[] = []
  readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly storage = new Map<string, string>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly sockets = new Set<http.ClientRequest>()
  private readonly pages: PageHandle[] = []
  private readonly listeners = { appShow: new Set<Fn>(), appHide: new Set<Fn>(), network: new Set<Fn>() }
  private appInstance: Record<string, unknown> | null = null
  private tapBinding: Set<string> | null = null
  private fieldBinding: Map<string, string> | null = null
  private pendingPageConfig: PageConfig | null = null
  private disposed = false
  private readonly sandboxJson: JSON

  constructor(private readonly options: WeappSandboxOptions) {
    const globals: Record<string, unknown> = {
      console: this.makeConsole(),
      setTimeout: (fn: Fn, ms?: number, ...args: unknown[]) => this.timer(setTimeout, fn, ms, args),
      setInterval: (fn: Fn, ms?: number, ...args: unknown[]) => this.timer(setInterval, fn, ms, args),
      clearTimeout: (t: NodeJS.Timeout) => this.clear(t),
      clearInterval: (t: NodeJS.Timeout) => this.clear(t),
      wx: this.makeWx(),
      App: (config: Record<string, unknown>) => {
        this.appInstance = config
      },
      Page: (config: PageConfig) => {
        this.pendingPageConfig = config
      },
      // Custom components (Taro's comp, custom-wrapper) are only rendered by the view layer.
      Component: () => undefined,
      Behavior: (definition: unknown) => definition,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.pages.map((page) => page.instance),
      requirePlugin: (name: string) => {
        throw new Error(`requirePlugin(${name}): no plugins in this sandbox`)
      },
    }
    // WeChat forbids eval and new Function (https://github.com/NervJS/taro/issues/8394): so does this context.
    this.context = vm.createContext(globals, { name: 'weapp', codeGeneration: { strings: false, wasm: false } })
    this.sandboxJson = vm.runInContext('JSON', this.context) as JSON
  }

  /** The `wx` stand-in, for runners that evaluate the build outside this sandbox (miniprogram-simulate). */
  get wx(): Record<string, unknown> {
    return (this.context as { wx: Record<string, unknown> }).wx
  }

  /** Whether code in the sandbox can compile strings (eval, new Function); WeChat refuses. */
  allowsEval(): boolean {
    return vm.runInContext('(() => { try { return new Function("return 1")() === 1 } catch { return false } })()', this.context) as boolean
  }

  /** Names from ABSENT_IN_WECHAT that the sandbox's global scope nevertheless has. */
  leakedGlobals(): string[] {
    return ABSENT_IN_WECHAT.filter((name) => vm.runInContext(`typeof ${name}`, this.context) !== 'undefined')
  }

  /** Evaluates app.js (and, through its requires, runtime, taro, vendors, common), then launches the app. */
  launch(): Record<string, unknown> {
    this.require('app.js')
    const app = this.appInstance
    if (!app) throw new Error('app.js never called App()')
    const launch = { path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {}, ...this.options.launch }
    this.call(app, 'onLaunch', launch)
    this.call(app, 'onShow', launch)
    return app
  }

  /** Evaluates a page's js like WeChat does on first visit, instantiates it, runs onLoad, onShow and onReady. */
  openPage(route: string, query: Record<string, string> = {}): PageHandle {
    if (!this.appInstance) this.launch()
    this.pendingPageConfig = null
    this.modules.delete(`${route}.js`)
    this.require(`${route}.js`)
    const config = this.pendingPageConfig as PageConfig | null
    if (!config) throw new Error(`${route}.js never called Page()`)

    const data = this.sandboxJson.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    const setDataCalls: SetDataCall[] = []
    const instance: Record<string, unknown> = Object.create(config) as Record<string, unknown>
    Object.assign(instance, {
      route,
      __route__: route,
      options: query,
      data,
      setData: (patch: Record<string, unknown>, callback?: Fn) => {
        const json = JSON.stringify(patch)
        setDataCalls.push({ keys: Object.keys(patch), bytes: Buffer.byteLength(json), at: Date.now() })
        // The view layer receives a serialized copy, never the logic layer's objects.
        const copy = this.sandboxJson.parse(json) as Record<string, unknown>
        for (const [key, value] of Object.entries(copy)) setPath(data, key, value)
        if (callback) this.timer(setTimeout, callback, 0, [])
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => this.selectorQuery(),
      getOpenerEventChannel: () => ({ on() {}, emit() {}, once() {}, off() {} }),
    })

    const text = () => {
      const out: string[] = []
      collectText(data.root, out)
      return out.join('\n')
    }
    const handle: PageHandle = {
      route,
      instance,
      setDataCalls,
      data: () => data,
      text,
      waitForText: (predicate, timeoutMs = 15_000) =>
        waitForText(text, predicate, timeoutMs, (now) => this.describe(route, now, timeoutMs), () => this.disposed),
      tap: (label) => {
        const path = pathTo(data.root, label)
        if (!path) throw new Error(`no element with the text "${label}" on ${route}; it shows:\n${text()}`)
        const binds = this.tapTemplates()
        const handler = [...path].reverse().find((node) => node.nn !== undefined && binds.has(String(node.nn)))
        if (!handler) throw new Error(`nothing on ${route} handles a tap on "${label}"`)
        const innermost = path[path.length - 1]!
        const target = { id: innermost.sid ?? innermost.uid, dataset: {} }
        const currentTarget = { id: handler.sid ?? handler.uid, dataset: {} }
        this.call(instance, 'eh', { type: 'tap', timeStamp: Date.now(), target, currentTarget, detail: { x: 0, y: 0 }, touches: [], changedTouches: [] })
      },
      type: (placeholder, value, options = {}) => {
        const fields = this.fieldTemplates()
        const field = findNode(data.root, (node) => {
          const key = node.nn === undefined ? undefined : fields.get(String(node.nn))
          return key !== undefined && node[key] === placeholder
        })
        if (!field) throw new Error(`no text field with the placeholder "${placeholder}" on ${route}; it shows:\n${text()}`)
        // The template binds input and confirm on the field itself: it is target and currentTarget.
        const self = { id: field.sid ?? field.uid, dataset: {} }
        const send = (type: string, detail: Record<string, unknown>) =>
          this.call(instance, 'eh', { type, timeStamp: Date.now(), target: self, currentTarget: self, detail })
        send('input', { value, cursor: value.length, keyCode: 0 })
        if (options.confirm) send('confirm', { value })
      },
    }
    this.pages.push(handle)
    this.call(instance, 'onLoad', query)
    this.call(instance, 'onShow')
    this.call(instance, 'onReady')
    return handle
  }

  /**
   * The app goes to the background and comes back with new launch options, as on a hot start from
   * another scanned code. WeChat's order: Page.onHide, App.onHide and onAppHide listeners; then
   * App.onShow, onAppShow listeners, Page.onShow.
   */
  hotStart(options: { path: string; query: Record<string, string>; scene?: number }) {
    const app = this.appInstance
    if (!app) throw new Error('launch() first')
    const top = this.pages.at(-1)?.instance
    const show = { scene: 1047, referrerInfo: {}, ...options }
    if (top) this.call(top, 'onHide')
    this.call(app, 'onHide')
    for (const fn of this.listeners.appHide) fn()
    this.call(app, 'onShow', show)
    for (const fn of this.listeners.appShow) fn(show)
    if (top) this.call(top, 'onShow')
  }

  /** Everything a failure message needs: what the page showed, the requests, the console. */
  describe(route: string, text: string, timeoutMs: number): string {
    return [
      `${route} did not show what was expected within ${timeoutMs} ms.`,
      `It shows:\n${text || '(no text at all)'}`,
      `wx.request calls (${this.requests.length}):\n${this.requests.map((r) => `  ${r.method} ${r.url} → ${r.status ?? r.error}`).join('\n') || '  none'}`,
      `console:\n${this.logs.map((line) => `  ${line}`).join('\n') || '  (nothing)'}`,
    ].join('\n')
  }

  /** Clears every timer and open request the app left behind, so the test process can exit. */
  dispose() {
    this.disposed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
  }

  /** WeChat's module loader: paths relative to the requiring file, `.js` optional, one instance each. */
  require(file: string, from = ''): unknown {
    let rel = path.posix.normalize(path.posix.join(path.posix.dirname(from), file))
    if (!rel.endsWith('.js')) rel += '.js'
    const cached = this.modules.get(rel)
    if (cached) return cached.exports
    const source = readFileSync(path.join(this.options.dir, rel), 'utf8')
    const module = { exports: {} as unknown }
    this.modules.set(rel, module)
    const wrapper = vm.runInContext(`(function (require, module, exports) {${source}\n})`, this.context, { filename: rel }) as Fn
    wrapper((next: string) => this.require(next, rel), module, module.exports)
    return module.exports
  }

  private tapTemplates(): Set<string> {
    this.tapBinding ??= tapTemplates(readFileSync(path.join(this.options.dir, 'base.wxml'), 'utf8'))
    return this.tapBinding
  }

  private fieldTemplates(): Map<string, string> {
    this.fieldBinding ??= fieldTemplates(readFileSync(path.join(this.options.dir, 'base.wxml'), 'utf8'))
    return this.fieldBinding
  }

  private call(target: Record<string, unknown>, method: string, ...args: unknown[]) {
    const fn = target[method]
    if (typeof fn === 'function') (fn as Fn).apply(target, args)
  }

  private timer(kind: typeof setTimeout | typeof setInterval, fn: Fn, ms: number | undefined, args: unknown[]): NodeJS.Timeout {
    const handle: NodeJS.Timeout = kind(() => {
      if (kind === setTimeout) this.timers.delete(handle)
      fn(...args)
    }, ms ?? 0)
    this.timers.add(handle)
    return handle
  }

  private clear(handle: NodeJS.Timeout | undefined) {
    if (!handle) return
    clearTimeout(handle)
    this.timers.delete(handle)
  }

  private makeConsole() {
    const record =
      (level: string) =>
      (...args: unknown[]) => {
        this.logs.push(`${level}: ${args.map((a) => (isError(a) ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : safeJson(a))).join(' ')}`)
      }
    return { log: record('log'), info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug'), trace: record('trace') }
  }

  /** Calls success/fail/complete a tick later, as WeChat does. */
  private answer(options: Options | undefined, ok: boolean, result: Record<string, unknown>) {
    this.timer(
      setTimeout,
      () => {
        if (ok) options?.success?.(result)
        else options?.fail?.(result)
        options?.complete?.(result)
      },
      0,
      [],
    )
  }

  private selectorQuery() {
    const query = {
      in: () => query,
      select: () => node,
      selectAll: () => node,
      selectViewport: () => node,
      exec: (cb?: Fn) => this.timer(setTimeout, () => cb?.([]), 0, []),
    }
    const node = {
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      node: () => query,
      context: () => query,
    }
    return query
  }

  private makeWx(): Record<string, unknown> {
    const ok = (name: string, extra: Record<string, unknown> = {}) =>
      (options?: Options) => this.answer(options, true, { errMsg: `${name}:ok`, ...extra })
    const fail = (name: string, reason: string) => (options?: Options) => this.answer(options, false, { errMsg: `${name}:fail ${reason}` })
    const navigate = (api: string) => (options?: Options) => {
      this.navigations.push({ api, url: String(options?.url ?? '') })
      this.answer(options, true, { errMsg: `${api}:ok` })
    }
    const systemInfo = {
      brand: 'devtools',
      model: 'iPhone 12',
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 844,
      statusBarHeight: 47,
      language: 'zh_CN',
      version: '8.0.50',
      system: 'iOS 17.0',
      platform: 'devtools',
      fontSizeSetting: 16,
      SDKVersion: '3.5.0',
      safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
      theme: 'light',
    }
    const readStorage = (key: string) => {
      const raw = this.storage.get(key)
      return raw === undefined ? '' : this.sandboxJson.parse(raw)
    }
    const noop = () => undefined
    return {
      request: (options: Options) => this.request(options),
      getStorageSync: (key: string) => readStorage(key),
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, JSON.stringify(value)),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      clearStorageSync: () => this.storage.clear(),
      getStorage: (options: Options) => {
        const key = String(options.key)
        if (this.storage.has(key)) this.answer(options, true, { errMsg: 'getStorage:ok', data: readStorage(key) })
        else this.answer(options, false, { errMsg: 'getStorage:fail data not found' })
      },
      setStorage: (options: Options) => {
        this.storage.set(String(options.key), JSON.stringify(options.data))
        this.answer(options, true, { errMsg: 'setStorage:ok' })
      },
      removeStorage: (options: Options) => {
        this.storage.delete(String(options.key))
        this.answer(options, true, { errMsg: 'removeStorage:ok' })
      },
      getSystemInfoSync: () => ({ ...systemInfo }),
      getSystemInfo: (options: Options) => this.answer(options, true, { errMsg: 'getSystemInfo:ok', ...systemInfo }),
      getWindowInfo: () => ({ ...systemInfo }),
      getAppBaseInfo: () => ({ ...systemInfo }),
      getDeviceInfo: () => ({ ...systemInfo }),
      getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 296, right: 383, width: 87, height: 32 }),
      getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }),
      getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }),
      canIUse: () => true,
      nextTick: (fn: Fn) => this.timer(setTimeout, fn, 0, []),
      createSelectorQuery: () => this.selectorQuery(),
      onAppShow: (fn: Fn) => void this.listeners.appShow.add(fn),
      offAppShow: (fn: Fn) => void this.listeners.appShow.delete(fn),
      onAppHide: (fn: Fn) => void this.listeners.appHide.add(fn),
      offAppHide: (fn: Fn) => void this.listeners.appHide.delete(fn),
      onNetworkStatusChange: (fn: Fn) => void this.listeners.network.add(fn),
      offNetworkStatusChange: (fn: Fn) => void this.listeners.network.delete(fn),
      onNeedPrivacyAuthorization: noop,
      onError: noop,
      onUnhandledRejection: noop,
      onPageNotFound: noop,
      onMemoryWarning: noop,
      onThemeChange: noop,
      getNetworkType: ok('getNetworkType', { networkType: 'wifi' }),
      getSetting: ok('getSetting', { authSetting: {} }),
      getPrivacySetting: ok('getPrivacySetting', { needAuthorization: false, privacyContractName: '' }),
      // The person has not allowed location: the app must work without it.
      getLocation: fail('getLocation', 'auth deny'),
      getFuzzyLocation: fail('getFuzzyLocation', 'auth deny'),
      authorize: fail('authorize', 'auth deny'),
      login: ok('login', { code: 'sandbox-login-code' }),
      makePhoneCall: ok('makePhoneCall'),
      showToast: ok('showToast'),
      hideToast: ok('hideToast'),
      showLoading: ok('showLoading'),
      hideLoading: ok('hideLoading'),
      showModal: ok('showModal', { confirm: false, cancel: true }),
      showActionSheet: fail('showActionSheet', 'cancel'),
      setNavigationBarTitle: ok('setNavigationBarTitle'),
      setNavigationBarColor: ok('setNavigationBarColor'),
      showNavigationBarLoading: ok('showNavigationBarLoading'),
      hideNavigationBarLoading: ok('hideNavigationBarLoading'),
      stopPullDownRefresh: ok('stopPullDownRefresh'),
      startPullDownRefresh: ok('startPullDownRefresh'),
      pageScrollTo: ok('pageScrollTo'),
      setClipboardData: ok('setClipboardData'),
      vibrateShort: ok('vibrateShort'),
      requestSubscribeMessage: ok('requestSubscribeMessage'),
      hideTabBar: ok('hideTabBar'),
      showTabBar: ok('showTabBar'),
      setTabBarBadge: ok('setTabBarBadge'),
      removeTabBarBadge: ok('removeTabBarBadge'),
      setKeepScreenOn: ok('setKeepScreenOn'),
      openLocation: ok('openLocation'),
      openSetting: ok('openSetting', { authSetting: {} }),
      // Nobody points the camera at anything here.
      scanCode: fail('scanCode', 'cancel'),
      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      switchTab: navigate('switchTab'),
      reLaunch: navigate('reLaunch'),
      navigateBack: (options?: Options) => {
        this.navigations.push({ api: 'navigateBack', url: '' })
        this.answer(options, true, { errMsg: 'navigateBack:ok' })
      },
    }
  }

  private request(options: Options) {
    const method = String(options.method ?? 'GET').toUpperCase()
    const asked = String(options.url)
    const target = new URL(asked, this.options.apiOrigin)
    const sentTo = new URL(target.pathname + target.search, this.options.apiOrigin)
    const headers: Record<string, string> = {}
    for (const [key, value] of Object.entries((options.header ?? {}) as Record<string, unknown>)) headers[key] = String(value)
    let body: string | undefined
    if (options.data !== undefined && options.data !== null) {
      if (method === 'GET') {
        for (const [key, value] of Object.entries(options.data as Record<string, unknown>)) sentTo.searchParams.append(key, String(value))
      } else {
        body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data)
        if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
      }
    }
    const record: RecordedRequest = { method, url: asked, sentTo: sentTo.href, status: null }
    this.requests.push(record)

    let settled = false
    const finish = (ok: boolean, result: Record<string, unknown>) => {
      if (settled) return
      settled = true
      this.answer(options, ok, result)
    }
    const req = http.request(sentTo, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        this.sockets.delete(req)
        record.status = res.statusCode ?? 0
        const text = Buffer.concat(chunks).toString('utf8')
        let data: unknown = text
        if (options.dataType !== 'text' && text) {
          try {
            data = this.sandboxJson.parse(text)
          } catch {
            data = text
          }
        }
        const header: Record<string, string> = {}
        for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) header[key] = String(value)
        finish(true, { errMsg: 'request:ok', statusCode: res.statusCode, data, header, cookies: [] })
      })
    })
    this.sockets.add(req)
    const timeout = Number(options.timeout ?? 60_000)
    req.setTimeout(timeout, () => {
      record.error = 'timeout'
      req.destroy()
      finish(false, { errMsg: 'request:fail timeout', errno: 5 })
    })
    req.on('error', (error) => {
      this.sockets.delete(req)
      record.error ??= error.message
      finish(false, { errMsg: `request:fail ${record.error}` })
    })
    if (body !== undefined) req.write(body)
    req.end()
    return {
      abort: () => {
        record.error = 'abort'
        req.destroy()
        finish(false, { errMsg: 'request:fail abort' })
      },
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    }
  }
}

/** An Error from the sandbox's realm is not `instanceof` this realm's Error (and JSON shows it as {}). */
function isError(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string' && typeof (value as Error).stack === 'string')
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/**
 * Polls a page's text until `predicate` holds; past `timeoutMs` (or once `stopped`), fails with
 * `describe`'s account of what the page shows.
 */
export function waitForText(
  text: () => string,
  predicate: (text: string) => boolean,
  timeoutMs: number,
  describe: (now: string) => string,
  stopped: () => boolean = () => false,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const poll = () => {
      const now = text()
      if (predicate(now)) return resolve(now)
      if (stopped() || Date.now() - started > timeoutMs) return reject(new Error(describe(now)))
      setTimeout(poll, 25)
    }
    poll()
  })
}
