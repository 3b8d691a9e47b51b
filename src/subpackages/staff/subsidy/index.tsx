import { useQuery } from '@tanstack/react-query'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts/common'
import { PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { subsidyQueries } from '@/features/subsidies/api/subsidy-queries'
import { StaffSubsidyView } from '@/features/subsidies/components/staff-subsidy-view'

const toQueue = { text: '回到补贴审核', onClick: () => void Taro.redirectTo({ url: pageUrl.staffSubsidies }) }

function Application({ id }: { id: string }) {
  const query = useQuery(subsidyQueries.staffDetail(id))

  usePullDownRefresh(() => {
    void query.refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (query.isPending) return <PageLoading text="正在加载申请…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="没有找到这份申请" message="它可能不在您负责的区县。" action={toQueue} />
    }
    return <PageError title="申请没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  return <StaffSubsidyView application={query.data} />
}

export default function StaffSubsidyPage() {
  const { params } = useRouter()
  const token = useToken()
  const id = IdSchema.safeParse(params.id)

  let content
  if (!id.success) content = <PageEmpty title="这个链接不完整" message="请从补贴审核的列表里重新打开。" action={toQueue} />
  else if (!token) {
    content = (
      <PageEmpty
        title="请先登录"
        message="驿站工作人员登录后审核补贴申请。"
        action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffSubsidy(id.data)) }) }}
      />
    )
  } else content = <Application id={id.data} />

  return <View className="yz-page yz-page--staff">{content}</View>
}
