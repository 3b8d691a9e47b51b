import { useQuery } from '@tanstack/react-query'
import { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { tabPages } from '@/shared/config/routes'
import { setTabBadge } from '@/shared/platform/tab-badge'
import { messageQueries } from './message-queries'

/**
 * The unread count, kept on the 我的 tab as a badge: asked again whenever the page using it shows (the
 * person may have read messages meanwhile), and set again then, in case setting it failed while another
 * page was on top. Signed out: no count, no badge.
 */
export function useUnreadMessages(signedIn: boolean): number {
  const query = useQuery({ ...messageQueries.unreadCount(), enabled: signedIn })
  const count = signedIn ? (query.data?.count ?? 0) : 0

  useEffect(() => {
    void setTabBadge(tabPages.me, count)
  }, [count])

  useDidShow(() => {
    void setTabBadge(tabPages.me, count)
    if (signedIn) void query.refetch()
  })

  return count
}
