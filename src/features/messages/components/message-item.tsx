import { Text, View } from '@tarojs/components'
import { MessageKinds, type Message } from '@/shared/contracts'
import { formatRelative } from '@/shared/lib/dayjs'
import { Tappable } from '@/shared/ui'
import { messageArea, messageIcon } from '../model/message-target'
import './messages.scss'

export interface MessageItemProps {
  message: Message
  /** Whether tapping opens something (an application, a job, a policy) or only marks it read. */
  opens: boolean
  onTap: () => void
}

/** One message: unread ones say 未读 and have bold titles. */
export function MessageItem({ message, opens, onTap }: MessageItemProps) {
  const unread = message.readAt === null
  return (
    <Tappable className={`yz-message${unread ? ' yz-message--unread' : ''}`} role={opens ? 'link' : 'button'} onTap={onTap}>
      <View className="yz-message__top">
        {unread ? <Text className="yz-message__unread">未读</Text> : null}
        <Text className="yz-message__title">{message.title}</Text>
        <Text className="yz-message__time">{formatRelative(message.createdAt)}</Text>
      </View>
      <View className="yz-message__about">
        <Text className={`yz-message__icon yz-message__icon--${messageArea(message.kind)}`} aria-hidden>
          {messageIcon(message.kind)}
        </Text>
        <Text className="yz-message__kind">{MessageKinds[message.kind]}</Text>
      </View>
      <Text className="yz-message__body">{message.body}</Text>
    </Tappable>
  )
}
