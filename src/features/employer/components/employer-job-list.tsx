import { useInfiniteQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import type { EmployerJob } from '@/shared/contracts'
import { PageEmpty, PageError, PageLoading, PagedFooter, Tappable, usePagedList } from '@/shared/ui'
import { employerQueries } from '../api/employer-queries'
import { jobCountChips, jobStatusText } from '../model/applicant'
import './employer.scss'

/** One of my jobs: what, its state, and how many applicants wait at each step. Opens the applicants. */
export function EmployerJobCard({ item }: { item: EmployerJob }) {
  const { job, counts } = item
  const open = () => void Taro.navigateTo({ url: pageUrl.applicants(job.id) })
  return (
    <Tappable className="yz-employer-job" role="link" onTap={open}>
      <Text className="yz-employer-job__title">{job.title}</Text>
      <Text className={`yz-employer-job__status${job.status === 'open' && job.placesLeft > 0 ? '' : ' yz-employer-job__status--done'}`}>
        {jobStatusText(job)}
      </Text>
      <View className="yz-employer-job__counts">
        {jobCountChips(counts).map((chip) => (
          <View key={chip.status} className={`yz-employer-count${chip.status === 'applied' && chip.count > 0 ? ' yz-employer-count--waiting' : ''}`}>
            <Text className="yz-employer-count__number">{String(chip.count)}</Text>
            <Text className="yz-employer-count__label">{chip.label}</Text>
          </View>
        ))}
      </View>
    </Tappable>
  )
}

export interface EmployerJobListProps {
  /** Shown when the server says nobody is signed in. */
  onSignIn: () => void
}

/** 我发布的岗位, a page at a time; pull down to refresh the counts. */
export function EmployerJobList({ onSignIn }: EmployerJobListProps) {
  const query = useInfiniteQuery(employerQueries.jobs())
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载您发布的岗位…" />
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 401) {
      return <PageEmpty title="请先登录" message="登录用人单位账号后，查看您发布的岗位和报名的人。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (query.error instanceof ApiError && query.error.status === 403) {
      return <PageEmpty title="这里是用人单位的页面" message={query.error.message} />
    }
    return <PageError title="岗位没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  if (items.length === 0) return <PageEmpty title="您还没有发布岗位" message="请到附近的零工驿站找工作人员帮您发布。" />

  return (
    <View className="yz-employer-jobs">
      {items.map((item) => (
        <EmployerJobCard key={item.job.id} item={item} />
      ))}
      <PagedFooter {...footer} endText={`共 ${items.length} 个岗位`} />
    </View>
  )
}
