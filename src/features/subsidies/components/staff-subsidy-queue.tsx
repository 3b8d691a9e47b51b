import { useInfiniteQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { StaffSubsidyApplication } from '@/shared/contracts/subsidies'
import { formatDateTime } from '@/shared/lib/dayjs'
import { PageEmpty, PageError, PageLoading, PagedFooter, Tappable, usePagedList } from '@/shared/ui'
import { subsidyQueries } from '../api/subsidy-queries'
import { STAFF_TABS } from '../model/staff-actions'
import { SubsidyHeading } from './status-tag'
import './subsidies.scss'

/** The staff's subsidy applications by tab (待受理, 审核中 …), the longest-waiting first; pulling down asks again. */
export function StaffSubsidyQueue({ onOpen }: { onOpen: (application: StaffSubsidyApplication) => void }) {
  const [tabIndex, setTabIndex] = useState(0)
  const tab = STAFF_TABS[tabIndex] ?? STAFF_TABS[0]!
  const query = useInfiniteQuery(subsidyQueries.staffList(tab.statuses))
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })

  return (
    <View className="yz-subsidy-queue">
      <View className="yz-subsidy-tabs" role="tablist">
        {STAFF_TABS.map((each, index) => {
          const selected = index === tabIndex
          return (
            <Tappable
              key={each.label}
              className={`yz-subsidy-tabs__tab${selected ? ' yz-subsidy-tabs__tab--selected' : ''}`}
              label={selected ? `${each.label}，当前` : each.label}
              onTap={() => setTabIndex(index)}
            >
              <Text>{each.label}</Text>
            </Tappable>
          )
        })}
      </View>
      {query.isPending ? (
        <PageLoading text="正在加载补贴申请…" />
      ) : query.isError && !query.data ? (
        <PageError title="补贴申请没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty title={`没有${tab.label}的申请`} message="本区县的补贴申请会按等待时间排在这里。" />
      ) : (
        <View>
          {items.map((application) => (
            <Tappable key={application.id} className="yz-subsidy-card" role="link" onTap={() => onOpen(application)}>
              <SubsidyHeading
                variant="card"
                title={application.policy.title}
                status={application.status}
                lines={[
                  `${application.applicant.realName ?? '（未填写姓名）'} · ${application.applicant.phoneMasked}`,
                  `提交于 ${formatDateTime(application.submittedAt)} · 最近更新 ${formatDateTime(application.updatedAt)}`,
                ]}
              />
            </Tappable>
          ))}
          <PagedFooter {...footer} endText={`共 ${items.length} 份，没有更多了`} />
        </View>
      )}
    </View>
  )
}
