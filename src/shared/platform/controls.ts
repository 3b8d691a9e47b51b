/**
 * What a tappable element needs so that a screen reader announces it and a keyboard can use it. In
 * the browser Taro renders `taro-view-core` / `taro-button-core` elements, which have no role, take no
 * focus and ignore Enter; WeChat renders its own `button` as a control already.
 */

export type ControlRole = 'button' | 'link'

export interface ControlOptions {
  role: ControlRole
  /** The accessible name when the visible text alone does not say it; else the text is the name. */
  label?: string
  disabled?: boolean
  /** What a tap does; Enter (and Space for a button) does the same in the browser. */
  activate: () => void
}

/** The parts of a keyboard event we read: React's synthetic event and the DOM's own both have them. */
interface KeyEventLike {
  key: string
  repeat?: boolean
  target: unknown
  currentTarget: unknown
  preventDefault(): void
}

function keyboardActivation(role: ControlRole, activate: () => void) {
  return (event: KeyEventLike) => {
    // A control inside this one handles its own keys.
    if (event.target !== event.currentTarget || event.repeat) return
    // As native elements do: links open on Enter, buttons also on Space (which would scroll).
    if (event.key === 'Enter' || (role === 'button' && (event.key === ' ' || event.key === 'Spacebar'))) {
      event.preventDefault()
      activate()
    }
  }
}

function browserControl({ role, label, disabled = false, activate }: ControlOptions): Record<string, unknown> {
  return {
    role,
    tabIndex: disabled ? -1 : 0,
    'aria-label': label,
    'aria-disabled': disabled ? 'true' : undefined,
    onKeyDown: keyboardActivation(role, () => {
      if (!disabled) activate()
    }),
  }
}

/**
 * Props for a `View` that acts as a button or a link. Browser: role, a tab stop, Enter/Space, name.
 * Mini-program: WeChat's `aria-role` / `aria-label` (its screen-reader attributes; see
 * https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html). Taro 4.2's `view`
 * does not list them; config/mini-view-attributes.ts registers them with the build and the runtime.
 */
export function viewControlProps(options: ControlOptions): Record<string, unknown> {
  if (process.env.TARO_ENV === 'weapp') {
    return { ariaRole: options.role, ariaLabel: options.label }
  }
  return browserControl(options)
}

/**
 * Props for Taro's `Button` (NutUI's Button renders it). Browser: `taro-button-core` gets the button
 * role, a tab stop and Enter/Space. Mini-program: nothing — WeChat's `button` is a control already.
 */
export function buttonControlProps(options: Omit<ControlOptions, 'role'>): Record<string, unknown> {
  if (process.env.TARO_ENV === 'weapp') return {}
  return browserControl({ ...options, role: 'button' })
}

/**
 * Whether the host draws its own way home on a page opened directly (a QR code, a shared link):
 * WeChat shows a home button in the navigation bar when such a page is alone on the stack; the
 * browser has nothing of the kind, so the page draws one itself.
 */
export const hostShowsHomeButton: boolean = process.env.TARO_ENV === 'weapp'
