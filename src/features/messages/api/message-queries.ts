import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { messageEndpoints } from '@/shared/contracts/messages'

export const MESSAGE_PAGE_SIZE = 20

export const messageQueries = {
  all: () => ['messages'] as const,

  /** My messages, newest first; every page also says how many are unread. */
  list: () =>
    infiniteQueryOptions({
      queryKey: [...messageQueries.all(), 'list'] as const,
      queryFn: ({ pageParam, signal }) =>
        request(messageEndpoints.listMessages, { query: { cursor: pageParam ?? undefined, limit: MESSAGE_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /** How many are unread: the badge on 我的 and on its 消息 entry. */
  unreadCount: () =>
    queryOptions({
      queryKey: [...messageQueries.all(), 'unread-count'] as const,
      queryFn: ({ signal }) => request(messageEndpoints.unreadMessageCount, {}, { signal }),
    }),
}
