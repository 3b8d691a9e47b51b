import { AbortController as Controller, AbortSignal as Signal, installAbortControllerWhereMissing } from '../abort-controller'

describe('AbortController polyfill (the mini-program has none)', () => {
  it('starts unaborted and aborts once, with an AbortError by default', () => {
    const controller = new Controller()
    expect(controller.signal.aborted).toBe(false)
    expect(controller.signal.reason).toBeUndefined()
    expect(() => controller.signal.throwIfAborted()).not.toThrow()

    controller.abort()
    expect(controller.signal.aborted).toBe(true)
    expect(controller.signal.reason).toBeInstanceOf(Error)
    expect((controller.signal.reason as Error).name).toBe('AbortError')
    expect(() => controller.signal.throwIfAborted()).toThrow(controller.signal.reason as Error)

    const first = controller.signal.reason
    controller.abort('again')
    expect(controller.signal.reason).toBe(first)
  })

  it('keeps the reason it was given', () => {
    const controller = new Controller()
    const reason = { why: 'page left' }
    controller.abort(reason)
    expect(controller.signal.reason).toBe(reason)
  })

  it('calls onabort and each listener once, with aborted already true; removed listeners are not called', () => {
    const controller = new Controller()
    const seen: string[] = []
    controller.signal.onabort = function (event) {
      seen.push(`onabort:${event.type}:${String(this.aborted)}`)
    }
    const listener = () => seen.push(`listener:${String(controller.signal.aborted)}`)
    const removed = () => seen.push('removed')
    controller.signal.addEventListener('abort', listener)
    controller.signal.addEventListener('abort', listener)
    controller.signal.addEventListener('abort', removed)
    controller.signal.addEventListener('abort', { handleEvent: (event) => seen.push(`object:${event.target === controller.signal}`) })
    controller.signal.removeEventListener('abort', removed)

    controller.abort()
    controller.abort()
    expect(seen).toEqual(['onabort:abort:true', 'listener:true', 'object:true'])
  })

  it('honours { once: true }', () => {
    const controller = new Controller()
    let calls = 0
    controller.signal.addEventListener('abort', () => calls++, { once: true })
    controller.signal.dispatchEvent({ type: 'abort' })
    controller.abort()
    expect(calls).toBe(1)
  })

  it('cannot construct a signal directly, but offers AbortSignal.abort and AbortSignal.timeout', () => {
    expect(() => new (Signal as unknown as new () => unknown)()).toThrow(TypeError)
    expect(Signal.abort().aborted).toBe(true)

    jest.useFakeTimers()
    try {
      const signal = Signal.timeout(100)
      expect(signal.aborted).toBe(false)
      jest.advanceTimersByTime(100)
      expect(signal.aborted).toBe(true)
      expect((signal.reason as Error).name).toBe('TimeoutError')
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('installAbortControllerWhereMissing (H5 in browsers older than AbortController)', () => {
  const scope = window as unknown as Record<string, unknown>
  const native = { AbortController: scope.AbortController, AbortSignal: scope.AbortSignal }
  afterEach(() => Object.assign(scope, native))

  it('installs the polyfill as the globals where the browser has none', () => {
    delete scope.AbortController
    delete scope.AbortSignal
    installAbortControllerWhereMissing()
    expect(scope.AbortController).toBe(Controller)
    expect(scope.AbortSignal).toBe(Signal)
  })

  it("leaves the browser's own alone", () => {
    installAbortControllerWhereMissing()
    expect(scope.AbortController).toBe(native.AbortController)
    expect(scope.AbortSignal).toBe(native.AbortSignal)
  })
})
