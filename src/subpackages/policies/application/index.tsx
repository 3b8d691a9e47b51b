import { useQuery } from '@tanstack/react-query'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts/common'
import { PageEmpty, PageError, PageLoading, WayHome } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { subsidyQueries } from '@/features/subsidies/api/subsidy-queries'
import { SubsidyApplicationView } from '@/features/subsidies/components/subsidy-application-view'

const toMine = { text: '查看我的补贴申请', onClick: () => void Taro.redirectTo({ url: pageUrl.mySubsidyApplications }) }

function Application({ id }: { id: string }) {
  const query = useQuery(subsidyQueries.myDetail(id))

  usePullDownRefresh(() => {
    void query.refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (query.isPending) return <PageLoading text="正在加载申请…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="没有找到这份申请" message="它可能不是用这个账号提交的。" action={toMine} />
    }
    return <PageError title="申请没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  const application = query.data
  return (
    <SubsidyApplicationView
      application={application}
      onResubmit={() => void Taro.navigateTo({ url: pageUrl.applyForSubsidy(application.policy.id, application.id) })}
      onOpenPolicy={() => void Taro.navigateTo({ url: pageUrl.policy(application.policy.id) })}
    />
  )
}

export default function SubsidyApplicationPage() {
  const { params } = useRouter()
  const token = useToken()
  const id = IdSchema.safeParse(params.id)

  let content
  if (!id.success) content = <PageEmpty title="这个申请链接不完整" message="请从我的补贴申请里重新打开。" action={toMine} />
  else if (!token) {
    content = (
      <PageEmpty
        title="请先登录"
        message="登录后可以看到这份申请的办理进度。"
        action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.subsidyApplication(id.data)) }) }}
      />
    )
  } else content = <Application id={id.data} />

  return (
    <View className="yz-page yz-page--subsidy-application">
      {/* A progress message opens this page directly: offer the way home. */}
      <WayHome />
      {content}
    </View>
  )
}
