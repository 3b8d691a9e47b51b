import { Text, View } from '@tarojs/components'
import { ActionButton } from './action-button'
import type { PageAction } from './page-empty'
import './state.scss'

export interface NotBuiltYetProps {
  /** The service, e.g. 政策找人. */
  feature: string
  /** What it will do, one sentence. */
  description: string
  /** What a person can do today instead. */
  meanwhile: string
  action?: PageAction
}

/** For a tab whose service is not built yet: says so plainly and what to do meanwhile. */
export function NotBuiltYet({ feature, description, meanwhile, action }: NotBuiltYetProps) {
  return (
    <View className="yz-state yz-state--soon">
      <View className="yz-state__icon" aria-hidden>
        …
      </View>
      <Text className="yz-state__title">{feature}：即将上线</Text>
      <Text className="yz-state__message">{description}</Text>
      <Text className="yz-state__message yz-state__message--meanwhile">现在还不能使用。{meanwhile}</Text>
      {action ? (
        <View className="yz-state__actions">
          <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => action.onClick()}>
            {action.text}
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
