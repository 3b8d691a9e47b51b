import { Text } from '@tarojs/components'
import { badgeText } from '@/shared/platform/tab-badge'
import './messages.scss'

/** The unread count beside an entry (the 消息 row on 我的), read out as words; nothing at 0. */
export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null
  return (
    <Text className="yz-unread-badge" aria-label={`${count} 条未读`}>
      {badgeText(count)}
    </Text>
  )
}
