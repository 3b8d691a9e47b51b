import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QueueKind } from '@/shared/contracts'
import { PageEmpty, PageError, PageLoading, PagedFooter, Tappable, usePagedList } from '@/shared/ui'
import { staffQueries } from '../api/staff-queries'
import { QUEUE_TABS, tabCount } from '../model/queue'
import { QueueItemCard } from './queue-item'
import './staff.scss'

const EMPTY_WORDS: Record<QueueKind | 'all', string> = {
  all: '没有等待处理的事项',
  job: '没有待审的岗位',
  employer: '没有待认证的单位',
  report: '没有未处理的举报',
}

/** The review queue by kind, oldest first; each item carries its own decision. */
export function ReviewQueue() {
  const [kind, setKind] = useState<QueueKind | null>(null)
  const query = useInfiniteQuery(staffQueries.queue(kind))
  // The page refreshes the queue and the dashboard together when pulled down.
  const { items, footer } = usePagedList(query)
  // While another tab loads, the counts stay: the dashboard holds the same figures for the whole queue.
  const dashboard = useQuery(staffQueries.dashboard())
  const counts = query.data?.pages[0]?.counts ?? dashboard.data?.queue

  return (
    <View className="yz-review-queue">
      <View className="yz-queue-tabs" role="tablist">
        {QUEUE_TABS.map((tab) => {
          const selected = tab.kind === kind
          const text = counts ? `${tab.label} ${tabCount(counts, tab.kind)}` : tab.label
          return (
            <Tappable key={tab.label} className={`yz-queue-tabs__tab${selected ? ' yz-queue-tabs__tab--selected' : ''}`} label={selected ? `${text}，当前` : text} onTap={() => setKind(tab.kind)}>
              <Text>{text}</Text>
            </Tappable>
          )
        })}
      </View>
      {query.isPending ? (
        <PageLoading text="正在加载待办…" />
      ) : query.isError && !query.data ? (
        <PageError title="待办没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty title={EMPTY_WORDS[kind ?? 'all']} message="新的岗位、认证申请和举报会出现在这里。" />
      ) : (
        <View>
          {items.map((item) => (
            <QueueItemCard key={`${item.kind}:${item.id}`} item={item} />
          ))}
          <PagedFooter {...footer} endText={`共 ${items.length} 项，没有更多了`} />
        </View>
      )}
    </View>
  )
}
