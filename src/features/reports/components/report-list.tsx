import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { reportQueries } from '../api/report-queries'
import { ReportCard } from './report-card'
import './reports.scss'

/** 我的举报, newest first, a page at a time; pulling the page down asks again. */
export function ReportList() {
  const query = useInfiniteQuery(reportQueries.mine())
  const { items: reports, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载我的举报…" />
  if (query.isError && !query.data) return <PageError title="我的举报没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  if (reports.length === 0) return <PageEmpty title="您还没有举报过岗位" message="看到收费、押金、歧视这样的岗位，在岗位详情下面点「举报」，驿站会核查并答复您。" />

  return (
    <View className="yz-report-list">
      {reports.map((report) => (
        <ReportCard key={report.id} report={report} />
      ))}
      <PagedFooter {...footer} endText={`共 ${reports.length} 条举报，没有更多了`} />
    </View>
  )
}
