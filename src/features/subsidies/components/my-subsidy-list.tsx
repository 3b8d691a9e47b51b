import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import type { SubsidyApplicationSummary } from '@/shared/contracts/subsidies'
import { formatDateTime } from '@/shared/lib/dayjs'
import { PageEmpty, PageError, PageLoading, PagedFooter, Tappable, usePagedList, type PageAction } from '@/shared/ui'
import { subsidyQueries } from '../api/subsidy-queries'
import { subsidyStatusHint } from '../model/timeline'
import { SubsidyHeading } from './status-tag'
import './subsidies.scss'

export interface MySubsidyListProps {
  onOpen: (application: SubsidyApplicationSummary) => void
  /** Where to go when there is nothing yet (适合我的政策). */
  findPolicies: PageAction
}

/** 我的补贴申请: the most recently changed first, a page at a time; pulling down asks again. */
export function MySubsidyList({ onOpen, findPolicies }: MySubsidyListProps) {
  const query = useInfiniteQuery(subsidyQueries.myList())
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载我的补贴申请…" />
  if (query.isError && !query.data) return <PageError title="补贴申请没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  if (items.length === 0) {
    return <PageEmpty title="您还没有申请过补贴" message="看看哪些政策适合您，能在网上申请的点一下就能填。" action={findPolicies} />
  }
  return (
    <View className="yz-subsidy-list">
      {items.map((application) => (
        <Tappable key={application.id} className="yz-subsidy-card" role="link" onTap={() => onOpen(application)}>
          <SubsidyHeading
            variant="card"
            title={application.policy.title}
            status={application.status}
            hint={subsidyStatusHint(application)}
            lines={[`最近更新 ${formatDateTime(application.updatedAt)}`]}
          />
        </Tappable>
      ))}
      <PagedFooter {...footer} endText={`共 ${items.length} 份申请，没有更多了`} />
    </View>
  )
}
