import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { hostShowsHomeButton } from '@/shared/platform'
import { Tappable } from './tappable'
import './way-home.scss'

/**
 * Whether this page was the first one opened (a QR code, a shared link): nothing lies under it on the
 * page stack, so there is no "back". Read once, when the page mounts on top of the stack.
 */
export function useOpenedDirectly(): boolean {
  const [alone] = useState(() => {
    try {
      return Taro.getCurrentPages().length <= 1
    } catch {
      return false
    }
  })
  return alone
}

export interface WayHomeProps {
  /** The words on it; 回首页 unless the page can say where home leads, e.g. 看附近的更多岗位. */
  text?: string
  /** `bar`: a strip at the top of the page; `block`: a big outlined control, e.g. after a list. */
  variant?: 'bar' | 'block'
}

/**
 * A way to the home page on a page opened directly, where the browser shows no navigation bar and no
 * tab bar. Renders nothing when there is a page to go back to, and nothing in WeChat, which shows its
 * own home button in that case.
 */
export function WayHome({ text = '回首页', variant = 'bar' }: WayHomeProps) {
  const openedDirectly = useOpenedDirectly()
  if (hostShowsHomeButton || !openedDirectly) return null
  const goHome = () => void Taro.switchTab({ url: pageUrl.home })
  return (
    <View className={`yz-way-home yz-way-home--${variant}`}>
      <Tappable className="yz-way-home__link" role="link" onTap={goHome}>
        <Text className="yz-way-home__icon" aria-hidden>
          {variant === 'bar' ? '‹' : '⌂'}
        </Text>
        <Text className="yz-way-home__text">{text}</Text>
      </Tappable>
    </View>
  )
}
