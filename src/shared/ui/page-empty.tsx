import { Text, View } from '@tarojs/components'
import { ActionButton } from './action-button'
import './state.scss'

export interface PageAction {
  text: string
  onClick: () => void
}

export interface PageEmptyProps {
  title: string
  message?: string
  /** One next step, e.g. 看看附近的驿站. */
  action?: PageAction
}

/** Loaded fine, nothing to show: says so and what to do instead. */
export function PageEmpty({ title, message, action }: PageEmptyProps) {
  return (
    <View className="yz-state yz-state--empty">
      <View className="yz-state__icon" aria-hidden>
        ○
      </View>
      <Text className="yz-state__title">{title}</Text>
      {message ? <Text className="yz-state__message">{message}</Text> : null}
      {action ? (
        <View className="yz-state__actions">
          <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block onClick={() => action.onClick()}>
            {action.text}
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
