import { useInfiniteQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import type { Message } from '@/shared/contracts'
import { ActionButton, PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { messageQueries } from '../api/message-queries'
import { useMarkAllMessagesRead, useMarkMessageRead } from '../api/mutations'
import { messageTarget } from '../model/message-target'
import { MessageItem } from './message-item'
import './messages.scss'

/**
 * The message centre: newest first, a page at a time. Tapping a message marks it read and opens what
 * it is about; 全部已读 clears the rest.
 */
export function MessageList() {
  const query = useInfiniteQuery(messageQueries.list())
  const markRead = useMarkMessageRead()
  const markAllRead = useMarkAllMessagesRead()
  // The page refreshes the list (and the unread count) itself when pulled down.
  const { items: messages, footer } = usePagedList(query)

  if (query.isPending) return <PageLoading text="正在加载消息…" />
  if (query.isError && !query.data) return <PageError title="消息没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  if (messages.length === 0) return <PageEmpty title="还没有消息" message="报名有了结果、上工前一天，都会在这里通知您。" />
  const unread = query.data.pages[0]?.unreadCount ?? 0

  const open = (message: Message) => {
    if (message.readAt === null) markRead.mutate(message.id)
    const target = messageTarget(message)
    if (target) void Taro.navigateTo({ url: target })
  }

  return (
    <View className="yz-messages">
      <View className="yz-messages__header">
        <Text className="yz-messages__count">{unread > 0 ? `${unread} 条未读` : '没有未读消息'}</Text>
        {unread > 0 ? (
          <ActionButton className="yz-messages__read-all" type="primary" fill="outline" size="large" loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            全部已读
          </ActionButton>
        ) : null}
      </View>
      {markAllRead.isError ? <Text className="yz-messages__error">{errorMessage(markAllRead.error)}</Text> : null}
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} opens={messageTarget(message) !== null} onTap={() => open(message)} />
      ))}
      <PagedFooter {...footer} endText="没有更多消息了" />
    </View>
  )
}
