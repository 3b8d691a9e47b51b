import { useQuery } from '@tanstack/react-query'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts'
import { PageEmpty, PageError, PageLoading, WayHome } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { jobQueries } from '@/features/jobs/api/job-queries'
import { JobActions } from '@/features/jobs/components/job-actions'
import { JobDetails } from '@/features/jobs/components/job-details'
import { ReportJob } from '@/features/reports/components/report-job'
import { useCurrentLocation } from '@/features/stations/api/use-current-location'
import './index.scss'

const goHome = { text: '看看附近的其他岗位', onClick: () => void Taro.switchTab({ url: pageUrl.home }) }

function Job({ id, reportOpen }: { id: string; reportOpen: boolean }) {
  const { pending, location } = useCurrentLocation()
  const signedIn = useToken() !== null
  // The job shows at once; the distance follows when the position is known.
  const query = useQuery(jobQueries.detail(id, pending ? null : location))

  // The path opens this job for whoever gets the share, signed in or not.
  useShareAppMessage(() => ({
    title: query.data ? `${query.data.title}（${query.data.district}）` : '驿站 · 零工岗位',
    path: pageUrl.jobDetail(id),
  }))

  if (query.isPending) return <PageLoading text="正在加载岗位…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="这个岗位找不到了" message="可能已经招满或撤下了。" action={goHome} />
    }
    return <PageError title="岗位没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  return (
    <View>
      <JobDetails job={query.data} />
      <JobActions job={query.data} signedIn={signedIn} />
      <ReportJob jobId={query.data.id} signedIn={signedIn} startOpen={reportOpen} />
    </View>
  )
}

export default function JobDetailPage() {
  const { params } = useRouter()
  const id = IdSchema.safeParse(params.id)

  return (
    <View className="yz-page yz-page--job">
      <WayHome />
      {id.success ? <Job id={id.data} reportOpen={params.report === '1'} /> : <PageEmpty title="这个岗位链接不完整" message="请回到列表重新打开。" action={goHome} />}
    </View>
  )
}
