import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton } from './action-button'
import './state.scss'

export interface PageErrorProps {
  /** Whatever the query or action failed with; its message is shown in plain Chinese. */
  error: unknown
  /** Tries again; without it no button is shown. */
  onRetry?: () => void
  title?: string
}

/** A page that could not load: says why and offers one big 重试 button. */
export function PageError({ error, onRetry, title = '没有加载出来' }: PageErrorProps) {
  return (
    <View className="yz-state yz-state--error" role="alert">
      <View className="yz-state__icon" aria-hidden>
        !
      </View>
      <Text className="yz-state__title">{title}</Text>
      <Text className="yz-state__message">{errorMessage(error)}</Text>
      {onRetry ? (
        <View className="yz-state__actions">
          <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => onRetry()}>
            重试
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
