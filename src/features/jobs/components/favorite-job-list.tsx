import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList, type PageAction } from '@/shared/ui'
import { jobViewerQueries } from '../api/job-viewer-queries'
import { JobCard } from './job-card'
import './jobs.scss'

export interface FavoriteJobListProps {
  /** What to do when nothing is saved yet, e.g. 去找工作. */
  emptyAction?: PageAction
}

/** The signed-in person's saved jobs, most recently saved first, a page at a time. */
export function FavoriteJobList({ emptyAction }: FavoriteJobListProps) {
  const query = useInfiniteQuery(jobViewerQueries.favorites())
  const { items: jobs, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载收藏…" />
  if (query.isError && !query.data) return <PageError title="收藏没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  if (jobs.length === 0) return <PageEmpty title="还没有收藏的岗位" message="在岗位详情里点「☆ 收藏」，以后在这里就能找到。" action={emptyAction} />

  return (
    <View className="yz-job-list">
      {jobs.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      <PagedFooter {...footer} endText={`共收藏 ${jobs.length} 个岗位`} />
    </View>
  )
}
