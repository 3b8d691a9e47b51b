/**
 * AbortController / AbortSignal for the WeChat mini-program, which has neither (nor EventTarget or
 * DOMException). TanStack Query creates an AbortController for every fetch; without one the fetch
 * throws inside a promise and the query stays pending forever
 * (https://github.com/TanStack/query/issues/5837, https://github.com/NervJS/taro/issues/15025).
 *
 * Mini builds get these through webpack's ProvidePlugin (config/index.ts), so nothing here touches
 * a global. Follows the DOM spec where the app can tell: `aborted` flips before listeners run, each
 * listener runs once per abort, `onabort` runs with them, the default reason is an `AbortError`.
 * The classes are not named AbortController/AbortSignal inside this file: ProvidePlugin would
 * otherwise rewrite those names here into an import of this very module.
 */

type AbortListener = (this: AbortSignalPolyfill, event: AbortEventLike) => void
type ListenerObject = { handleEvent(event: AbortEventLike): void }
type Listener = AbortListener | ListenerObject

export interface AbortEventLike {
  readonly type: 'abort'
  readonly target: AbortSignalPolyfill
  readonly currentTarget: AbortSignalPolyfill
}

interface ListenerEntry {
  listener: Listener
  once: boolean
}

function abortError(message: string, name = 'AbortError'): Error {
  const error = new Error(message)
  error.name = name
  return error
}

let constructing = false

export class AbortSignalPolyfill {
  #aborted = false
  #reason: unknown = undefined
  #listeners: ListenerEntry[] = []
  onabort: ((this: AbortSignalPolyfill, event: AbortEventLike) => void) | null = null

  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor')
  }

  get aborted(): boolean {
    return this.#aborted
  }

  get reason(): unknown {
    return this.#reason
  }

  throwIfAborted(): void {
    if (this.#aborted) throw this.#reason
  }

  addEventListener(type: string, listener: Listener | null, options?: boolean | { once?: boolean }): void {
    if (type !== 'abort' || !listener) return
    if (this.#listeners.some((entry) => entry.listener === listener)) return
    const once = typeof options === 'object' && options !== null && options.once === true
    this.#listeners.push({ listener, once })
  }

  removeEventListener(type: string, listener: Listener | null): void {
    if (type !== 'abort' || !listener) return
    this.#listeners = this.#listeners.filter((entry) => entry.listener !== listener)
  }

  dispatchEvent(event: { type: string }): boolean {
    if (event.type !== 'abort') return true
    const abortEvent: AbortEventLike = { type: 'abort', target: this, currentTarget: this }
    if (typeof this.onabort === 'function') this.onabort.call(this, abortEvent)
    for (const entry of [...this.#listeners]) {
      if (entry.once) this.removeEventListener('abort', entry.listener)
      if (typeof entry.listener === 'function') entry.listener.call(this, abortEvent)
      else entry.listener.handleEvent(abortEvent)
    }
    return true
  }

  /** Internal: the controller's abort steps. */
  static signalAbort(signal: AbortSignalPolyfill, reason: unknown): void {
    if (signal.#aborted) return
    signal.#aborted = true
    signal.#reason = reason === undefined ? abortError('signal is aborted without reason') : reason
    signal.dispatchEvent({ type: 'abort' })
  }

  static create(): AbortSignalPolyfill {
    constructing = true
    try {
      return new AbortSignalPolyfill()
    } finally {
      constructing = false
    }
  }

  /** A signal that is already aborted. */
  static abort(reason?: unknown): AbortSignalPolyfill {
    const signal = AbortSignalPolyfill.create()
    AbortSignalPolyfill.signalAbort(signal, reason)
    return signal
  }

  /** A signal that aborts with a `TimeoutError` after `ms` milliseconds. */
  static timeout(ms: number): AbortSignalPolyfill {
    const signal = AbortSignalPolyfill.create()
    setTimeout(() => AbortSignalPolyfill.signalAbort(signal, abortError('signal timed out', 'TimeoutError')), ms)
    return signal
  }
}

export class AbortControllerPolyfill {
  readonly signal: AbortSignalPolyfill = AbortSignalPolyfill.create()

  abort(reason?: unknown): void {
    AbortSignalPolyfill.signalAbort(this.signal, reason)
  }
}

export { AbortControllerPolyfill as AbortController, AbortSignalPolyfill as AbortSignal }

/**
 * H5: browsers within the app's targets but without AbortController (Chrome 61–65, iOS 11) get these
 * as globals, before any query runs: TanStack Query makes one for every fetch. Taro's browser request
 * used to install a polyfill as a side effect; the app's fetch transport does not bring it along.
 */
export function installAbortControllerWhereMissing(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const scope = window as unknown as Record<string, unknown>
  if (typeof scope.AbortController === 'function') return
  scope.AbortController = AbortControllerPolyfill
  scope.AbortSignal = AbortSignalPolyfill
}
