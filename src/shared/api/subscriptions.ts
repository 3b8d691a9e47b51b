import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { messageEndpoints, type SubscribeTemplateKind } from '@/shared/contracts/messages'
import { askToSubscribe, canAskToSubscribe, type SubscribeResult } from '@/shared/platform/subscribe'
import { request } from './request'

/** The server's WeChat subscribe-message templates, fetched before the tap that asks for them. */
export const subscribeTemplatesQuery = () =>
  queryOptions({
    queryKey: ['wechat', 'subscribe-templates'] as const,
    queryFn: ({ signal }) => request(messageEndpoints.getSubscribeTemplates, {}, { signal }),
    staleTime: 60 * 60_000,
    retry: false,
  })

/**
 * For a tap that should also ask WeChat for consent to push messages of these kinds (applying for a
 * job: its result and the reminder; a subsidy application: its progress). Returns the function to call
 * synchronously inside the tap — WeChat shows its dialog only there — which asks for the templates the
 * server has for these kinds and tells the server what was accepted (each accept allows one push).
 * Never waited for and never an error: the tap's own action goes on whatever the answer. Only in the
 * mini-program; elsewhere it does nothing.
 */
export function useSubscribeOnTap(kinds: readonly SubscribeTemplateKind[], enabled = true): () => void {
  const templates = useQuery({ ...subscribeTemplatesQuery(), enabled: enabled && canAskToSubscribe() })
  const record = useMutation({
    mutationFn: (results: SubscribeResult[]) => request(messageEndpoints.recordSubscriptions, { body: { results } }),
  })
  return () => {
    const templateIds = templates.data?.templates.filter((t) => kinds.includes(t.kind)).map((t) => t.templateId) ?? []
    if (templateIds.length === 0) return
    void askToSubscribe(templateIds).then((results) => {
      if (results.length > 0) record.mutate(results)
    })
  }
}
