import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList, type PageAction } from '@/shared/ui'
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
  // The page refreshes the list itself when pulled down.
  const { items: applications, footer } = usePagedList(query)

  if (query.isPending) return <PageLoading text="正在加载我的报名…" />
  if (query.isError && !query.data) return <PageError title="我的报名没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  if (applications.length === 0) return <PageEmpty title="您还没有报名" message="找到合适的岗位，点一下就能报名。" action={findJobs} />

  return (
    <View className="yz-application-list">
      {applications.map((application) => (
        <ApplicationCard key={application.id} application={application} wording={wording} />
      ))}
      <PagedFooter {...footer} endText={`共 ${applications.length} 条报名，没有更多了`} />
    </View>
  )
}
