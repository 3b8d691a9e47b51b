import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { employerQueries } from '../api/employer-queries'
import { ApplicantCard } from './applicant-card'
import './employer.scss'

export interface ApplicantListProps {
  jobId: string
  onChanged?: () => void
}

/** Everyone who applied for one of my jobs, newest first, each with the actions their status allows. */
export function ApplicantList({ jobId, onChanged }: ApplicantListProps) {
  const query = useInfiniteQuery(employerQueries.applicants(jobId))
  const { items: applicants, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载报名的人…" />
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404)) {
      return <PageEmpty title="看不到这个岗位的报名" message={query.error.message} />
    }
    return <PageError title="报名的人没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  if (applicants.length === 0) return <PageEmpty title="还没有人报名" message="有人报名时会出现在这里。" />

  return (
    <View className="yz-applicants">
      {applicants.map((applicant) => (
        <ApplicantCard key={applicant.id} applicant={applicant} onChanged={onChanged} />
      ))}
      <PagedFooter {...footer} endText={`共 ${applicants.length} 人报名`} />
    </View>
  )
}
