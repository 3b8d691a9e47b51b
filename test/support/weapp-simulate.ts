import { readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before } from 'node:test'
import { JSDOM } from 'jsdom'
import { APP_STORAGE } from './demo-data'
import { requireBuild } from './paths'
import { startServer, type RunningServer } from './server'
import { ABSENT_IN_WECHAT, WeappSandbox, fieldTemplates, findNode, waitForText } from './weapp-sandbox'

/**
 * The built mini-program rendered by miniprogram-simulate: WXML compiled by the official `wcc`
 * (miniprogram-compiler), components by j-component/exparser, in jsdom. Unlike WeappSandbox this runs
 * the build in this process's global scope, so it strips the globals WeChat lacks from this process:
 * use it only in a test file of its own (node's runner gives each file a process).
 *
 * Stand-ins, as PLATFORM.md lists them: `App`, `getApp`, `getCurrentPages`, `Page` (a Component whose
 * lifetimes call onLoad/onShow/onReady), jsdom's Event/CustomEvent on `global`, `dist/app.js` first.
 * `wx` is WeappSandbox's (requests answered by the real server, recorded).
 */

interface JWrapper {
  dom: Element
  /** The component's data (for a page: Taro's node tree under `root`). */
  data: Record<string, unknown>
  attach(parent: Element): void
  detach(): void
  querySelectorAll(selector: string): JWrapper[]
  dispatchEvent(name: string, options?: Record<string, unknown>): void
}
interface SimulateApi {
  load(componentPath: string, options?: { rootPath?: string; compiler?: 'official' | 'simulate' }): string
  render(id: string, properties?: Record<string, unknown>): JWrapper
}
type Fn = (...args: unknown[]) => unknown
type Config = Record<string, unknown> & { data?: unknown }

export interface RenderedPage {
  route: string
  root: JWrapper
  /** The rendered text, as the DOM holds it. */
  text(): string
  waitForText(predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>
  /** Taps the innermost element showing `text`; the tap bubbles as in WeChat. */
  tap(text: string): void
  /** Types `value` into the text field whose placeholder is `placeholder`; with `confirm`, presses the keyboard's confirm key. */
  type(placeholder: string, value: string, options?: { confirm?: boolean }): void
}

export class WeappSimulator {
  readonly sandbox: WeappSandbox
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly pages: Record<string, unknown>[] = []
  private app: Config | null = null
  private simulate!: SimulateApi
  private next: { route: string; query: Record<string, string> } | null = null
  /** A page's js runs once per process (webpack marks its chunk loaded); later opens render it again. */
  private readonly loaded = new Map<string, string>()
  private fields: Map<string, string> | null = null

  constructor(
    private readonly dir: string,
    apiOrigin: string,
  ) {
    this.sandbox = new WeappSandbox({ dir, apiOrigin })
  }

  /** Sets up jsdom and the stand-ins, removes what WeChat lacks, evaluates app.js and launches. */
  launch(jsdom: { window: Window & typeof globalThis }) {
    const g = globalThis as Record<string, unknown>
    const { window } = jsdom
    Object.assign(g, { window, document: window.document, Event: window.Event, CustomEvent: window.CustomEvent })
    for (const name of ABSENT_IN_WECHAT) delete g[name]

    // Timers the app leaves (react-query's garbage collection) would keep the test process alive.
    const realSetTimeout = setTimeout
    const realSetInterval = setInterval
    const track = (make: typeof setTimeout | typeof setInterval) =>
      ((fn: Fn, ms?: number, ...args: unknown[]) => {
        const handle = make(fn, ms, ...args)
        this.timers.add(handle)
        return handle
      }) as typeof setTimeout
    g.setTimeout = track(realSetTimeout)
    g.setInterval = track(realSetInterval)

    g.wx = this.sandbox.wx
    g.App = (config: Config) => {
      this.app = config
    }
    g.getApp = () => this.app
    g.getCurrentPages = () => this.pages
    g.requirePlugin = (name: string) => {
      throw new Error(`requirePlugin(${name}): no plugins here`)
    }
    this.simulate = require('miniprogram-simulate') as SimulateApi
    // After simulate: it installs its own global Component.
    g.Page = (config: Config) => this.registerPage(config)

    require(path.join(this.dir, 'app.js'))
    if (!this.app) throw new Error('app.js never called App()')
    const options = { path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }
    ;(this.app.onLaunch as Fn | undefined)?.call(this.app, options)
    ;(this.app.onShow as Fn | undefined)?.call(this.app, options)
  }

  /** Loads a page the way WeChat opens it and renders it into the document. */
  open(route: string, query: Record<string, string> = {}): RenderedPage {
    this.next = { route, query }
    const id = this.loaded.get(route) ?? this.simulate.load(path.join(this.dir, route), { rootPath: this.dir })
    this.loaded.set(route, id)
    const root = this.simulate.render(id)
    root.attach(document.createElement('page-root'))
    const text = () => root.dom.textContent ?? ''
    return {
      route,
      root,
      text,
      waitForText: (predicate, timeoutMs = 15_000) =>
        waitForText(text, predicate, timeoutMs, (now) => this.sandbox.describe(route, now, timeoutMs)),
      tap: (label) => {
        const element = innermost(root.dom, label)
        if (!element) throw new Error(`no element shows "${label}" on ${route}:\n${text()}`)
        // j-component addresses elements by class only. A tap on a bare <text> bubbles through its
        // ancestors in WeChat, so starting it at the nearest one with a class reaches the same handlers,
        // except one on the bare element itself (the app binds taps on classed controls: Tappable, ActionButton).
        let target: Element | null = element
        while (target && target !== root.dom && target.classList.length === 0) target = target.parentElement
        if (!target || target === root.dom) throw new Error(`cannot address the element showing "${label}" or any ancestor (no class to select by)`)
        wrapperOf(root, target, `the element showing "${label}"`).dispatchEvent('tap')
      },
      type: (placeholder, value, options = {}) => {
        // WXML's built-in components keep no attributes in simulate's DOM: the placeholder is found in
        // Taro's node tree, and the rendered element by the node's id (data-sid).
        this.fields ??= fieldTemplates(readFileSync(path.join(this.dir, 'base.wxml'), 'utf8'))
        const fields = this.fields
        const node = findNode(root.data.root, (n) => {
          const key = n.nn === undefined ? undefined : fields.get(String(n.nn))
          return key !== undefined && n[key] === placeholder
        })
        const element = node?.sid ? root.dom.querySelector(`[data-sid="${String(node.sid)}"]`) : null
        if (!element) throw new Error(`no text field with the placeholder "${placeholder}" on ${route}:\n${text()}`)
        const field = wrapperOf(root, element, `the field "${placeholder}"`)
        field.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
        if (options.confirm) field.dispatchEvent('confirm', { detail: { value } })
      },
    }
  }

  dispose() {
    for (const handle of this.timers) clearTimeout(handle)
    this.timers.clear()
    this.sandbox.dispose()
  }

  private registerPage(config: Config) {
    if (!this.next) throw new Error('Page() called outside WeappSimulator.open')
    const opening = () => this.next!
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
    const pages = this.pages
    const component = (globalThis as unknown as { Component: (definition: unknown) => void }).Component
    component({
      data: config.data,
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          const next = opening()
          Object.assign(this, { route: next.route, __route__: next.route, options: next.query })
          pages.push(this)
          ;(this.onLoad as Fn).call(this, next.query)
          ;(this.onShow as Fn).call(this)
        },
        ready(this: Record<string, unknown>) {
          ;(this.onReady as Fn).call(this)
        },
      },
    })
  }
}

/** The j-component wrapper of a rendered element, found through its classes (wcc prefixes them: `main--x`). */
function wrapperOf(root: JWrapper, element: Element, what: string): JWrapper {
  const wrapper = [...element.classList]
    .map((cls) => cls.replace(/^[\w-]+?--/, ''))
    .flatMap((cls) => root.querySelectorAll(`.${cls}`))
    .find((w) => w.dom === element)
  if (!wrapper) throw new Error(`cannot address ${what} (it has no class to select it by)`)
  return wrapper
}

/** The deepest element whose text contains `text`. */
function innermost(root: Element, text: string): Element | null {
  for (const child of root.children) {
    const found = innermost(child, text)
    if (found) return found
  }
  return (root.textContent ?? '').includes(text) ? root : null
}

/** WeChat's storage as the app reads it (wx.getStorageSync & co.). */
export type SimulatedStorage = {
  setStorageSync(key: string, value: unknown): void
  getStorageSync(key: string): unknown
  removeStorageSync(key: string): void
}

export interface SimulatedApp {
  /** The real server's origin, for the test's own calls (callApi, signInDemo). */
  readonly origin: string
  readonly simulator: WeappSimulator
  readonly storage: SimulatedStorage
  /** Puts a session where the app keeps its token, as signing in does; null signs out. */
  setToken(token: string | null): void
  /** The globals WeChat lacks that this process still has (none, once the app is launched). */
  webGlobalsLeft(): string[]
}

/**
 * The set-up every simulate test file shares, registered as the enclosing suite's before/after hooks:
 * the built mini-program (requireBuild), the real server, the app launched in jsdom with WeChat's
 * globals only. `beforeLaunch` runs while this process still has fetch & co. (reading what to expect).
 * One app runs for the whole file, as on a phone.
 */
export function useSimulatedApp(options: { beforeLaunch?: (origin: string) => Promise<void> } = {}): SimulatedApp {
  let server: RunningServer | undefined
  let simulator: WeappSimulator | undefined
  const running = () => {
    if (!server || !simulator) throw new Error('the simulated app is used before its before() hook ran')
    return { server, simulator }
  }

  before(async () => {
    const dir = requireBuild('weapp')
    server = await startServer()
    await options.beforeLaunch?.(server.origin)
    simulator = new WeappSimulator(dir, server.origin)
    simulator.launch(new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true }) as unknown as { window: Window & typeof globalThis })
  })

  after(async () => {
    simulator?.dispose()
    await server?.stop()
  })

  const storage = () => running().simulator.sandbox.wx as SimulatedStorage
  return {
    get origin() {
      return running().server.origin
    },
    get simulator() {
      return running().simulator
    },
    get storage() {
      return storage()
    },
    setToken(token) {
      if (token) storage().setStorageSync(APP_STORAGE.token, token)
      else storage().removeStorageSync(APP_STORAGE.token)
    },
    webGlobalsLeft: () => ABSENT_IN_WECHAT.filter((name) => (globalThis as Record<string, unknown>)[name] !== undefined),
  }
}
