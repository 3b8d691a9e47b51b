import { useInfiniteQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton, PageEmpty, PageError, PageLoading, type PageAction } from '@/shared/ui'
import { applicationQueries } from '../api/application-queries'
import type { JobWording } from '../model/job-wording'
import { ApplicationCard } from './application-card'
import './applications.scss'

export interface ApplicationListProps {
  wording: JobWording
  /** Where to go when there is nothing yet (the job board). */
  findJobs: PageAction
}

/**
 * My applications, newest first, a page at a time: the bottom of the page or 加载更多 asks for the next.
 * A failed next page keeps what is shown and offers 重试 under it.
 */
export function ApplicationList({ wording, findJobs }: ApplicationListProps) {
  const query = useInfiniteQuery(applicationQueries.list())
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query

  useReachBottom(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage()
  })

  if (query.isPending) return <PageLoading text="正在加载我的报名…" />
  if (query.isError && !query.data) return <PageError title="我的报名没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  const applications = query.data.pages.flatMap((page) => page.items)
  if (applications.length === 0) return <PageEmpty title="您还没有报名" message="找到合适的岗位，点一下就能报名。" action={findJobs} />

  return (
    <View className="yz-application-list">
      {applications.map((application) => (
        <ApplicationCard key={application.id} application={application} wording={wording} />
      ))}
      <View className="yz-application-list__footer">
        {isFetchNextPageError ? <Text className="yz-application-list__error">{`下一页没有加载出来：${errorMessage(query.error)}`}</Text> : null}
        {hasNextPage ? (
          <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? '正在加载…' : isFetchNextPageError ? '重试' : '加载更多'}
          </ActionButton>
        ) : (
          <Text>{`共 ${applications.length} 条报名，没有更多了`}</Text>
        )}
      </View>
    </View>
  )
}
