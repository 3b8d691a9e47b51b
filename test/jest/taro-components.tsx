/**
 * `@tarojs/components` under jest: Taro's own plain-React H5 components where they exist, imported one
 * by one (the package index has circular imports that break under CommonJS), and simple DOM stand-ins
 * for the rest (their H5 versions are web components that jsdom cannot run).
 */
import { Fragment, createElement, forwardRef, type ComponentType, type ReactNode } from 'react'
import TaroView from '@tarojs/components-react/dist/components/view/index.js'

export { default as Button } from '@tarojs/components-react/dist/components/button/index.js'
export { default as Icon } from '@tarojs/components-react/dist/components/icon/index.js'
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js'
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js'
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js'
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js'

type StubProps = { className?: string; children?: ReactNode; onClick?: () => void; id?: string; style?: object; [key: string]: unknown }

function stub(displayName: string, tag = 'div') {
  const Component = forwardRef<HTMLElement, StubProps>(function Stub({ children, className, onClick, id, style }, ref) {
    return createElement(tag, { ref, className, onClick, id, style, 'data-taro': displayName }, children as ReactNode)
  })
  Component.displayName = displayName
  return Component
}

/**
 * Taro's H5 View, reading the mini-program's screen-reader props (`ariaRole`, `ariaLabel`, which
 * WeChat renders as `aria-role` / `aria-label`) as the role and name they announce there.
 */
export const View = forwardRef<HTMLElement, StubProps>(function View({ ariaRole, ariaLabel, ...props }, ref) {
  const accessible = { ...(ariaRole ? { role: ariaRole } : {}), ...(ariaLabel ? { 'aria-label': ariaLabel } : {}) }
  return createElement(TaroView as unknown as ComponentType<object>, { ...props, ...accessible, ref } as object)
})

export function Block({ children }: { children?: ReactNode }) {
  return createElement(Fragment, null, children)
}

// Taro's H5 Swiper pulls in the swiper package's ES build; no test swipes.
export const Swiper = stub('Swiper')
export const SwiperItem = stub('SwiperItem')
export const Form = stub('Form', 'form')
export const Label = stub('Label', 'label')
export const Navigator = stub('Navigator', 'a')
export const RichText = stub('RichText')
export const CoverView = stub('CoverView')
export const CoverImage = stub('CoverImage', 'img')
export const CustomWrapper = stub('CustomWrapper')
export const Map = stub('Map')
export const Video = stub('Video', 'video')
export const LivePlayer = stub('LivePlayer')
export const Progress = stub('Progress')
export const Slot = stub('Slot')
export const RootPortal = stub('RootPortal')
export const PageContainer = stub('PageContainer')
export const MovableArea = stub('MovableArea')
export const MovableView = stub('MovableView')
export const Canvas = stub('Canvas', 'canvas')
export const Radio = stub('Radio')
export const RadioGroup = stub('RadioGroup')
export const Checkbox = stub('Checkbox')
export const CheckboxGroup = stub('CheckboxGroup')
export const Switch = stub('Switch')
export const Slider = stub('Slider')
export const Picker = stub('Picker')
export const PickerView = stub('PickerView')
export const PickerViewColumn = stub('PickerViewColumn')

export const Textarea = forwardRef<HTMLTextAreaElement, StubProps>(function Textarea(props, ref) {
  const { className, value, placeholder, onInput, onBlur, disabled, maxlength } = props as {
    className?: string
    value?: string
    placeholder?: string
    disabled?: boolean
    maxlength?: number
    onInput?: (e: { detail: { value: string } }) => void
    onBlur?: (e: { detail: { value: string } }) => void
  }
  return createElement('textarea', {
    ref,
    className,
    value,
    placeholder,
    disabled,
    maxLength: maxlength,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
    onBlur: (e: { target: { value: string } }) => onBlur?.({ detail: { value: e.target.value } }),
  })
})
