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
