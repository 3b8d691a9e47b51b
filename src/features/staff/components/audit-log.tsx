import { useInfiniteQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import type { AuditEntry } from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { staffQueries } from '../api/staff-queries'
import { auditChanges, auditHeading, auditTarget, changeText } from '../model/audit'
import './staff.scss'

function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const changes = auditChanges(entry)
  return (
    <View className="yz-audit-entry">
      <Text className="yz-audit-entry__title">{auditHeading(entry)}</Text>
      <Text className="yz-audit-entry__line">{`${formatDateTime(entry.at)} · ${auditTarget(entry)}`}</Text>
      {entry.reason ? <Text className="yz-audit-entry__reason">{`理由：${entry.reason}`}</Text> : null}
      {changes.map((change) => (
        <Text key={change.field} className="yz-audit-entry__change">
          {changeText(change)}
        </Text>
      ))}
    </View>
  )
}

/** 审核记录: every staff action in scope, newest first, who, what, when, why, before → after. */
export function AuditLog() {
  const query = useInfiniteQuery(staffQueries.auditLog())
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载审核记录…" />
  if (query.isError && !query.data) return <PageError title="审核记录没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  if (items.length === 0) return <PageEmpty title="还没有审核记录" message="审核岗位、认证单位、处理举报和抽查，都会记在这里。" />

  return (
    <View className="yz-audit-log">
      {items.map((entry) => (
        <AuditEntryRow key={entry.id} entry={entry} />
      ))}
      <PagedFooter {...footer} endText={`共 ${items.length} 条记录，没有更多了`} />
    </View>
  )
}
