import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { policyQueries, type PolicyListFilters } from '../api/policy-queries'
import { PolicyCard } from './policy-card'
import { PolicySearch } from './policy-search'
import './policies.scss'

/**
 * The 政策 tab: open policies, newest first, narrowed by category chips and a keyword; scrolling to
 * the bottom (or 加载更多) loads the next page, pulling down starts again from the first.
 */
export function PolicyList() {
  const [filters, setFilters] = useState<PolicyListFilters>({ categories: [], q: '' })
  const query = useInfiniteQuery(policyQueries.list(filters))
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })
  const narrowed = filters.q !== '' || filters.categories.length > 0
  const update = (patch: Partial<PolicyListFilters>) => {
    setFilters((current) => ({ ...current, ...patch }))
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }

  let body
  if (query.isPending) body = <PageLoading text="正在加载政策…" />
  else if (query.isError && !query.data) body = <PageError title="政策没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  else if (items.length === 0) {
    body = narrowed ? (
      <PageEmpty title="没有符合条件的政策" message="换个关键词，或少选几个类别试试。" action={{ text: '看全部政策', onClick: () => update({ categories: [], q: '' }) }} />
    ) : (
      <PageEmpty title="暂时没有可以申请的政策" message="新政策发布后会出现在这里，也可以到附近的零工驿站当面咨询。" />
    )
  } else {
    body = (
      <View className="yz-policy-list">
        {items.map((policy) => (
          <PolicyCard key={policy.id} policy={policy} />
        ))}
        <PagedFooter {...footer} endText={`共 ${items.length} 条政策，没有更多了`} />
      </View>
    )
  }

  return (
    <View>
      <PolicySearch keyword={filters.q} categories={filters.categories} onSearch={(q) => update({ q })} onCategories={(categories) => update({ categories })} />
      {body}
    </View>
  )
}
