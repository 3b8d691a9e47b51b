import { useQueryClient } from '@tanstack/react-query'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useRef } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { messageQueries } from '@/features/messages/api/message-queries'
import { MessageList } from '@/features/messages/components/message-list'
import './index.scss'

export default function MessagesPage() {
  const token = useToken()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.refetchQueries({ queryKey: messageQueries.all() })

  // Back from an application or a job: new messages may have come meanwhile. The first show is the
  // first load already.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current && token) void queryClient.invalidateQueries({ queryKey: messageQueries.all() })
    shownBefore.current = true
  })
  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh())
  })

  return (
    <View className="yz-page yz-page--messages">
      {token ? (
        <MessageList />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后可以看到发给您的消息。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.messages) }) }}
        />
      )}
    </View>
  )
}
