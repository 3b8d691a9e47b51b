import { createElement, type ReactNode } from 'react'

type PickerProps = { mode?: string; children?: ReactNode; onChange?: (event: { detail: { value: string } }) => void }

/**
 * The platform's date and selector wheels as a plain field a test can type into: the shared Taro
 * double renders Picker without its change event. Typing the value is what choosing it on the wheel
 * sends (a date, or the chosen row's index).
 */
export function PickerDouble({ mode = 'selector', children, onChange }: PickerProps) {
  return createElement(
    'div',
    { 'data-picker': mode },
    children,
    createElement('input', {
      'aria-label': mode === 'date' ? '日期选择器' : '选择器',
      onChange: (event: { target: { value: string } }) => onChange?.({ detail: { value: event.target.value } }),
    }),
  )
}

/**
 * `@tarojs/components` with Picker replaced by PickerDouble, for `jest.mock('@tarojs/components', () =>
 * requireActual(this file).componentsWithPickerDouble())`. The rest is read lazily: Taro's H5
 * components import `@tarojs/components` back while it loads.
 */
export function componentsWithPickerDouble(): Record<string | symbol, unknown> {
  let actual: Record<string | symbol, unknown> | undefined
  return new Proxy({}, { get: (_, name) => (name === 'Picker' ? PickerDouble : (actual ??= jest.requireActual<Record<string | symbol, unknown>>('@tarojs/components'))[name]) })
}
