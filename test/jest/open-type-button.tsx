/**
 * Taro's Button with WeChat's open-type events. In the mini-program a button of `open-type=
 * "getPhoneNumber"` hands WeChat's answer to `onGetPhoneNumber` ({ detail: { code } | { errMsg } });
 * Taro's H5 Button has no such events and drops the handler. This one listens for a DOM event of the
 * same name, so a test plays WeChat's part with `fireOpenTypeEvent`. In a test file:
 *
 *   jest.mock('@tarojs/components', () =>
 *     jest.requireActual('<path>/test/jest/open-type-button').withOpenTypeButton(jest.requireActual('@tarojs/components')))
 */
import { act } from '@testing-library/react'
import { createElement, forwardRef, useEffect, useRef, type ComponentType, type ForwardedRef } from 'react'

type OpenTypeEvent = { type: string; detail: unknown }
type Handler = (event: OpenTypeEvent) => void

/** Handler prop → the event WeChat fires on the button. */
const openTypeEvents = {
  onGetPhoneNumber: 'getphonenumber',
  onAgreePrivacyAuthorization: 'agreeprivacyauthorization',
} as const
type HandlerProp = keyof typeof openTypeEvents

function assignRef<T>(ref: ForwardedRef<T>, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}

export const OpenTypeButton = forwardRef<HTMLElement, Record<string, unknown>>(function OpenTypeButton(props, ref) {
  const element = useRef<HTMLElement | null>(null)
  const handlers = useRef<Partial<Record<HandlerProp, Handler>>>({})
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key in openTypeEvents) handlers.current[key as HandlerProp] = value as Handler
    else rest[key] = value
  }

  useEffect(() => {
    const node = element.current
    if (!node) return
    const listeners = (Object.keys(openTypeEvents) as HandlerProp[]).map((prop) => {
      const type = openTypeEvents[prop]
      const listener = (event: Event) => handlers.current[prop]?.({ type, detail: (event as CustomEvent).detail })
      node.addEventListener(type, listener)
      return () => node.removeEventListener(type, listener)
    })
    return () => listeners.forEach((remove) => remove())
  }, [])

  // Required at render time: at import time this module sits inside the mock of @tarojs/components,
  // which Taro's Button itself imports.
  const TaroButton = (require('@tarojs/components-react/dist/components/button/index.js') as { default: ComponentType<object> }).default
  const setRef = (node: HTMLElement | null) => {
    element.current = node
    assignRef(ref, node)
  }
  return createElement(TaroButton, { ...rest, ref: setRef } as object)
})

/** WeChat answering an open-type button: e.g. `fireOpenTypeEvent(button, 'getphonenumber', { code })`. */
export function fireOpenTypeEvent(target: Element, type: string, detail: unknown): void {
  act(() => {
    target.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }))
  })
}

/**
 * The components module with Button replaced. A proxy, not a copy: Taro's Button imports this very
 * module while it is still loading, so nothing may be read from it before render time.
 */
export function withOpenTypeButton<T extends object>(components: T): T {
  return new Proxy(components, { get: (target, key, receiver) => (key === 'Button' ? OpenTypeButton : Reflect.get(target, key, receiver)) })
}
