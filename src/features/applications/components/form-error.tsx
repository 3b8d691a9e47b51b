import { Text, View } from '@tarojs/components'
import './applications.scss'

/** A refusal or a mistake, announced as it appears; nothing when there is none. */
export function FormError({ message, className }: { message: string | null; className?: string }) {
  if (!message) return null
  return (
    <View className={className ? `yz-form-error ${className}` : 'yz-form-error'} role="alert">
      <Text>{message}</Text>
    </View>
  )
}
