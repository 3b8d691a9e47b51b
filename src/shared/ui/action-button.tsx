import type { ComponentProps } from 'react'
import { Button } from '@nutui/nutui-react-taro'
import { buttonControlProps } from '@/shared/platform'

export type ActionButtonProps = Omit<ComponentProps<typeof Button>, 'onClick'> & {
  /** What a tap does; Enter or Space does the same in the browser. Not called while loading or disabled. */
  onClick?: () => void
  /** The accessible name when the visible text alone does not say it. */
  label?: string
}

/**
 * NutUI's Button as a real button everywhere. In the browser it renders `taro-button-core`, which has
 * no button role, takes no focus and ignores the keyboard; WeChat's own `button` needs nothing added.
 * Use this instead of NutUI's Button.
 */
export function ActionButton({ onClick, label, loading = false, disabled = false, ...rest }: ActionButtonProps) {
  const activate = () => {
    if (!loading && !disabled) onClick?.()
  }
  return (
    <Button
      {...rest}
      loading={loading}
      disabled={disabled}
      onClick={activate}
      {...buttonControlProps({ label, disabled: disabled || loading, activate })}
    />
  )
}
