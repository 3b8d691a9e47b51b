import { useInfiniteQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton, PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { jobQueries, type JobListFilters } from '../api/job-queries'
import { JobCard } from './job-card'
import './jobs.scss'

export interface JobListProps {
  filters: JobListFilters
  /** What to say when nothing is open, e.g. 这个驿站暂时没有在招的岗位. */
  emptyTitle?: string
  emptyMessage?: string
}

/**
 * Open jobs, newest first, a page at a time: scrolling to the bottom of the page or tapping 加载更多
 * asks for the next page. A failed next page keeps what is shown and offers 重试 under it.
 */
export function JobList({ filters, emptyTitle = '暂时没有在招的岗位', emptyMessage }: JobListProps) {
  const query = useInfiniteQuery(jobQueries.list(filters))
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query

  const loadMore = () => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }
  useReachBottom(() => {
    if (!isFetchNextPageError) loadMore()
  })

  if (query.isPending) return <PageLoading text="正在加载岗位…" />
  if (query.isError && !query.data) return <PageError title="岗位没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  const jobs = query.data.pages.flatMap((page) => page.items)
  if (jobs.length === 0) return <PageEmpty title={emptyTitle} message={emptyMessage ?? '新岗位每天都有，过一会儿再来看看。'} />

  return (
    <View className="yz-job-list">
      {jobs.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      <View className="yz-job-list__footer">
        {isFetchNextPageError ? <Text className="yz-job-list__error">{`下一页没有加载出来：${errorMessage(query.error)}`}</Text> : null}
        {hasNextPage ? (
          <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? '正在加载…' : isFetchNextPageError ? '重试' : '加载更多'}
          </ActionButton>
        ) : (
          <Text>{`共 ${jobs.length} 个岗位，没有更多了`}</Text>
        )}
      </View>
    </View>
  )
}
