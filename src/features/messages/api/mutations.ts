import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { type MessagePage } from '@/shared/contracts'
import { messageEndpoints } from '@/shared/contracts/messages'
import { messageQueries } from './message-queries'

const messages = ['messages'] as const

/** Marks one message read: it looks read at once; the list and the unread count follow from the server. */
export function useMarkMessageRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => request(messageEndpoints.markMessageRead, { params: { id } }),
    onMutate: (id) => {
      const readAt = new Date().toISOString()
      queryClient.setQueryData<InfiniteData<MessagePage>>(messageQueries.list().queryKey, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((message) => (message.id === id && !message.readAt ? { ...message, readAt } : message)),
              })),
            }
          : data,
      )
    },
    meta: { invalidates: [messages] },
  })
}

/** 全部已读. */
export function useMarkAllMessagesRead() {
  return useMutation({
    mutationFn: () => request(messageEndpoints.markAllMessagesRead, {}),
    meta: { invalidates: [messages] },
  })
}
