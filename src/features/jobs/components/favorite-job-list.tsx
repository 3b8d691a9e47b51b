import { useInfiniteQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton, PageEmpty, PageError, PageLoading, type PageAction } from '@/shared/ui'
import { jobQueries } from '../api/job-queries'
import { JobCard } from './job-card'
import './jobs.scss'

export interface FavoriteJobListProps {
  /** What to do when nothing is saved yet, e.g. 去找工作. */
  emptyAction?: PageAction
}

/** The signed-in person's saved jobs, most recently saved first, a page at a time. */
export function FavoriteJobList({ emptyAction }: FavoriteJobListProps) {
  const query = useInfiniteQuery(jobQueries.favorites())
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, refetch } = query

  useReachBottom(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage()
  })
  usePullDownRefresh(() => {
    void refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (query.isPending) return <PageLoading text="正在加载收藏…" />
  if (query.isError && !query.data) return <PageError title="收藏没有加载出来" error={query.error} onRetry={() => void refetch()} />

  const jobs = query.data.pages.flatMap((page) => page.items)
  if (jobs.length === 0) return <PageEmpty title="还没有收藏的岗位" message="在岗位详情里点「☆ 收藏」，以后在这里就能找到。" action={emptyAction} />

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
          <Text>{`共收藏 ${jobs.length} 个岗位`}</Text>
        )}
      </View>
    </View>
  )
}
