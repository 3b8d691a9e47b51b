import { useQuery } from '@tanstack/react-query'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl, tabPages } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts/common'
import { PageEmpty, PageError, PageLoading, WayHome } from '@/shared/ui'
import { policyDetailQuery } from '@/features/policies/api/policy-detail-queries'
import { PolicyDetails } from '@/features/policies/components/policy-details'
import './index.scss'

const toList = { text: '看看其他政策', onClick: () => void Taro.switchTab({ url: `/${tabPages.policy}` }) }

function PolicyView({ id }: { id: string }) {
  const query = useQuery(policyDetailQuery(id))

  // The path opens this policy for whoever gets the share.
  useShareAppMessage(() => ({ title: query.data ? query.data.title : '驿站 · 就业创业政策', path: pageUrl.policy(id) }))

  if (query.isPending) return <PageLoading text="正在加载政策…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="这条政策找不到了" message="可能已经撤回了。" action={toList} />
    }
    return <PageError title="政策没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  return <PolicyDetails policy={query.data} />
}

export default function PolicyDetailPage() {
  const { params } = useRouter()
  const id = IdSchema.safeParse(params.id)
  return (
    <View className="yz-page yz-page--policy-detail">
      <WayHome />
      {id.success ? <PolicyView id={id.data} /> : <PageEmpty title="这个政策链接不完整" message="请回到政策列表重新打开。" action={toList} />}
    </View>
  )
}
