import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './section.scss'

export interface SectionProps {
  title: string
  /** Right side of the header, e.g. a count or a 查看全部 link. */
  extra?: ReactNode
  /** `card` puts the content on a white card; `plain` leaves it on the page background. */
  variant?: 'card' | 'plain'
  children: ReactNode
}

/** A titled block of a page. */
export function Section({ title, extra, variant = 'card', children }: SectionProps) {
  return (
    <View className={`yz-section yz-section--${variant}`}>
      <View className="yz-section__header">
        <Text className="yz-section__title">{title}</Text>
        {extra ? <View className="yz-section__extra">{extra}</View> : null}
      </View>
      <View className="yz-section__body">{children}</View>
    </View>
  )
}
