import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { viewControlProps, type ControlRole } from '@/shared/platform'
import './tappable.scss'

export interface TappableProps {
  /** What a tap (or Enter, or Space for a button) does. */
  onTap: () => void
  /** `link` for what opens another page, `button` for what acts here. */
  role?: ControlRole
  /** The accessible name when the visible text alone does not say it; else the text is the name. */
  label?: string
  className?: string
  children: ReactNode
}

/**
 * A block that acts as one control, e.g. a whole card that opens its details: a real button or link
 * to a screen reader and a keyboard in the browser, a pressed look on touch on both platforms.
 */
export function Tappable({ onTap, role = 'button', label, className, children }: TappableProps) {
  return (
    <View
      className={className ? `yz-tappable ${className}` : 'yz-tappable'}
      hoverClass="yz-tappable--pressed"
      onClick={() => onTap()}
      {...viewControlProps({ role, label, activate: onTap })}
    >
      {children}
    </View>
  )
}
