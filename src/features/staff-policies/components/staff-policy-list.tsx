import { useInfiniteQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import { POLICY_KEYWORD_MAX, PolicyCategories, PolicyStatuses, type PolicyCategory, type PolicySummary } from '@/shared/contracts/policies'
import { ActionButton, ChoiceChip, PageEmpty, PageError, PageLoading, PagedFooter, SearchBox, Tappable, usePagedList } from '@/shared/ui'
import { staffPolicyQueries, type StaffPolicyFilters } from '../api/staff-policy-queries'
import { EMPTY_TAB, STATUS_TABS, expiryText, rowTags } from '../model/list'
import './staff-policies.scss'

const allCategories = Object.keys(PolicyCategories) as PolicyCategory[]

/** One policy as staff see it in the list: title, category and region, status, expiry. Opens its edit page. */
export function StaffPolicyRow({ policy, onOpen }: { policy: PolicySummary; onOpen: (id: string) => void }) {
  return (
    <Tappable className="yz-staff-policy" role="link" label={`修改${policy.title}`} onTap={() => onOpen(policy.id)}>
      <Text className="yz-staff-policy__title">{policy.title}</Text>
      <Text className="yz-staff-policy__line">{rowTags(policy)}</Text>
      <View className="yz-staff-policy__tags">
        <Text className={`yz-staff-policy__status yz-staff-policy__status--${policy.status}`}>{PolicyStatuses[policy.status]}</Text>
        <Text className={`yz-staff-policy__expiry${policy.expired ? ' yz-staff-policy__expiry--expired' : ''}`}>{expiryText(policy)}</Text>
      </View>
    </Tappable>
  )
}

export interface StaffPolicyListProps {
  onOpen: (id: string) => void
  onCreate: () => void
  onSignIn: () => void
}

/** 政策管理: tabs by status, keyword, category chips, paged (scrolling or 加载更多), pulled down to refresh. */
export function StaffPolicyList({ onOpen, onCreate, onSignIn }: StaffPolicyListProps) {
  const [filters, setFilters] = useState<StaffPolicyFilters>({ status: 'draft', categories: [], q: '' })
  const query = useInfiniteQuery(staffPolicyQueries.list(filters))
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })
  const narrowed = filters.q !== '' || filters.categories.length > 0
  const update = (patch: Partial<StaffPolicyFilters>) => {
    setFilters((current) => ({ ...current, ...patch }))
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }
  const toggle = (category: PolicyCategory) =>
    update({
      categories: filters.categories.includes(category)
        ? filters.categories.filter((c) => c !== category)
        : allCategories.filter((c) => c === category || filters.categories.includes(c)),
    })

  if (query.isError && !query.data && query.error instanceof ApiError) {
    if (query.error.status === 401) {
      return <PageEmpty title="请先登录" message="用工作人员的账号登录后，管理政策。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (query.error.status === 403) return <PageEmpty title="这里是工作人员的页面" message={query.error.message} />
  }

  let body
  if (query.isPending) body = <PageLoading text="正在加载政策…" />
  else if (query.isError && !query.data) body = <PageError title="政策没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  else if (items.length === 0) {
    body = narrowed ? (
      <PageEmpty title="没有符合条件的政策" message="换个关键词，或少选几个类别试试。" action={{ text: '清除筛选', onClick: () => update({ categories: [], q: '' }) }} />
    ) : (
      <PageEmpty {...EMPTY_TAB[filters.status]} />
    )
  } else {
    body = (
      <View className="yz-staff-policies__list">
        {items.map((policy) => (
          <StaffPolicyRow key={policy.id} policy={policy} onOpen={onOpen} />
        ))}
        <PagedFooter {...footer} endText={`共 ${items.length} 条${PolicyStatuses[filters.status]}政策，没有更多了`} />
      </View>
    )
  }

  return (
    <View className="yz-staff-policies">
      <View className="yz-staff-policies__head">
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={onCreate}>
          新建政策
        </ActionButton>
      </View>
      <View className="yz-staff-policies__tabs" role="tablist">
        {STATUS_TABS.map((tab) => {
          const selected = tab.status === filters.status
          return (
            <Tappable
              key={tab.status}
              className={`yz-staff-policies__tab${selected ? ' yz-staff-policies__tab--selected' : ''}`}
              label={selected ? `${tab.label}，当前` : tab.label}
              onTap={() => update({ status: tab.status })}
            >
              <Text>{tab.label}</Text>
            </Tappable>
          )
        })}
      </View>
      <View className="yz-staff-policies__search">
        <SearchBox keyword={filters.q} placeholder="搜政策名称、发文单位、适用对象" label="搜索政策" maxLength={POLICY_KEYWORD_MAX} onSearch={(q) => update({ q })} />
        <View className="yz-staff-policies__chips" role="group" aria-label="政策类别">
          <ChoiceChip text="全部类别" selected={filters.categories.length === 0} onTap={() => update({ categories: [] })} />
          {allCategories.map((category) => (
            <ChoiceChip key={category} text={PolicyCategories[category]} selected={filters.categories.includes(category)} onTap={() => toggle(category)} />
          ))}
        </View>
      </View>
      {body}
    </View>
  )
}
