import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts'
import { PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { useMyApplication } from '@/features/applications/api/application-queries'
import { ApplicationDetails } from '@/features/applications/components/application-details'
import { useToken } from '@/features/auth/api/session'
import { jobWording } from '../job-wording'
import './index.scss'

const toMyApplications = { text: '看我的报名', onClick: () => void Taro.redirectTo({ url: pageUrl.myApplications }) }

function Application({ id }: { id: string }) {
  const query = useMyApplication(id)

  usePullDownRefresh(() => {
    void query.refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (query.isPending) return <PageLoading text="正在加载报名…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="没有找到这条报名" message="它可能不是用这个账号报的名。" action={toMyApplications} />
    }
    return <PageError title="报名没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  return <ApplicationDetails application={query.data} wording={jobWording} />
}

export default function ApplicationPage() {
  const { params } = useRouter()
  const token = useToken()
  const id = IdSchema.safeParse(params.id)

  let content
  if (!id.success) content = <PageEmpty title="这个报名链接不完整" message="请从我的报名里重新打开。" action={toMyApplications} />
  else if (!token)
    content = (
      <PageEmpty
        title="请先登录"
        message="登录后可以看到这条报名。"
        action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.application(id.data)) }) }}
      />
    )
  else content = <Application id={id.data} />

  return <View className="yz-page yz-page--application">{content}</View>
}
