import path from 'node:path'
import { ABSENT_IN_WECHAT, WeappSandbox, waitForText } from './weapp-sandbox'

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
        const wrapper = [...element.classList]
          .map((cls) => cls.replace(/^[\w-]+?--/, ''))
          .flatMap((cls) => root.querySelectorAll(`.${cls}`))
          .find((w) => w.dom === element)
        if (!wrapper) throw new Error(`cannot address the element showing "${label}" (it has no class to select it by)`)
        wrapper.dispatchEvent('tap')
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

/** The deepest element whose text contains `text`. */
function innermost(root: Element, text: string): Element | null {
  for (const child of root.children) {
    const found = innermost(child, text)
    if (found) return found
  }
  return (root.textContent ?? '').includes(text) ? root : null
}
