import { Text, View } from '@tarojs/components'
import './state.scss'

export interface PageLoadingProps {
  /** What is being loaded, in plain words. */
  text?: string
}

/** A whole page (or section) waiting for its first data. */
export function PageLoading({ text = '正在加载…' }: PageLoadingProps) {
  return (
    <View className="yz-state yz-state--loading" role="status" aria-live="polite">
      <View className="yz-state__spinner" aria-hidden />
      <Text className="yz-state__message">{text}</Text>
    </View>
  )
}
