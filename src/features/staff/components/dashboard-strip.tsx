import { useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import { staffQueries } from '../api/staff-queries'
import { shareText } from '../model/samples'
import './staff.scss'

function Figure({ value, label, alarm = false }: { value: string; label: string; alarm?: boolean }) {
  return (
    <View className={`yz-dashboard__figure${alarm ? ' yz-dashboard__figure--alarm' : ''}`}>
      <Text className="yz-dashboard__value">{value}</Text>
      <Text className="yz-dashboard__label">{label}</Text>
    </View>
  )
}

/** What waits, what is overdue, and this month's share of posts found non-compliant in sample audits. */
export function DashboardStrip() {
  const dashboard = useQuery(staffQueries.dashboard())
  if (dashboard.isPending) return <Text className="yz-dashboard__note">正在加载工作台…</Text>
  if (dashboard.isError) return <Text className="yz-dashboard__note">{`工作台数字没有加载出来：${errorMessage(dashboard.error)}`}</Text>

  const { district, queue, samples } = dashboard.data
  const thisMonth = samples[samples.length - 1]
  return (
    <View className="yz-dashboard">
      <Text className="yz-dashboard__scope">{district ? `负责区县：${district}` : '负责范围：全市'}</Text>
      <View className="yz-dashboard__figures">
        <Figure value={String(queue.job)} label="待审岗位" />
        <Figure value={String(queue.employer)} label="待认证单位" />
        <Figure value={String(queue.report)} label="未处理举报" />
        <Figure value={String(queue.overdueReports)} label="逾期举报" alarm={queue.overdueReports > 0} />
        <Figure value={shareText(thisMonth)} label="本月抽查不合规" />
      </View>
    </View>
  )
}
