import { useQuery } from '@tanstack/react-query'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts/common'
import { PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { policyDetailQuery } from '@/features/policies/api/policy-detail-queries'
import { subsidyQueries } from '@/features/subsidies/api/subsidy-queries'
import { RefusalNotice, SubsidyApplyForm, followRefusal } from '@/features/subsidies/components/subsidy-apply-form'
import { applyAvailability } from '@/features/subsidies/model/availability'
import './index.scss'

const toMine = { text: '查看我的补贴申请', onClick: () => void Taro.redirectTo({ url: pageUrl.mySubsidyApplications }) }
const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404

function ApplyContent({ policyId, applicationId }: { policyId: string; applicationId: string | null }) {
  const policy = useQuery(policyDetailQuery(policyId))
  const application = useQuery({ ...subsidyQueries.myDetail(applicationId ?? ''), enabled: applicationId !== null })

  if (policy.isPending || (applicationId && application.isPending)) return <PageLoading text="正在加载申请表…" />
  if (policy.isError) {
    if (isNotFound(policy.error)) return <PageEmpty title="这项政策找不到了" message="可能已经撤回了。" action={toMine} />
    return <PageError title="申请表没有加载出来" error={policy.error} onRetry={() => void policy.refetch()} />
  }
  if (applicationId && application.isError) {
    if (isNotFound(application.error)) return <PageEmpty title="没有找到这份申请" message="它可能不是用这个账号提交的。" action={toMine} />
    return <PageError title="申请没有加载出来" error={application.error} onRetry={() => void application.refetch()} />
  }

  const resubmitting = application.data ?? null
  const availability = applyAvailability(policy.data, resubmitting)
  return (
    <View>
      <View className="yz-apply-head">
        <Text className="yz-apply-head__title">{policy.data.title}</Text>
        <Text className="yz-apply-head__line">
          {resubmitting ? '按工作人员的说明改好后重新提交。' : '按要求填写、上传材料照片后提交。'}填写的内容会自动保存在这部手机上。
        </Text>
      </View>
      {'refusal' in availability ? (
        <RefusalNotice refusal={availability.refusal} onFollow={(link) => void followRefusal(link, policyId, applicationId)} />
      ) : (
        <SubsidyApplyForm policyId={policyId} form={availability.form} resubmitting={resubmitting} />
      )}
    </View>
  )
}

export default function SubsidyApplyPage() {
  const { params } = useRouter()
  const token = useToken()
  const policyId = IdSchema.safeParse(params.policyId)
  const applicationId = params.applicationId ? IdSchema.safeParse(params.applicationId) : null

  let content
  if (!policyId.success || (applicationId && !applicationId.success)) {
    content = <PageEmpty title="这个申请链接不完整" message="请从政策详情里重新点“网上申请”。" action={toMine} />
  } else if (!token) {
    const back = pageUrl.applyForSubsidy(policyId.data, applicationId?.data)
    content = (
      <PageEmpty
        title="请先登录"
        message="网上申请补贴要先用手机号登录，登录后回到这里继续填写。"
        action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(back) }) }}
      />
    )
  } else {
    content = <ApplyContent policyId={policyId.data} applicationId={applicationId?.data ?? null} />
  }
  return <View className="yz-page yz-page--subsidy-apply">{content}</View>
}
