import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts/common'
import type { Policy } from '@/shared/contracts/policies'
import { PageEmpty } from '@/shared/ui'
import { PolicyEditor } from '@/features/staff-policies/components/policy-editor'
import './index.scss'

const backToList = () => void Taro.redirectTo({ url: pageUrl.staffPolicies })
// The new policy's own page, so 发布 is there at once and the draft is edited under its id.
const openCreated = (policy: Policy) => void Taro.redirectTo({ url: pageUrl.staffPolicy(policy.id) })

/** A policy's edit page (`?id=`), or 新建政策 without an id. */
export default function StaffPolicyPage() {
  const { params } = useRouter()
  const id = params.id ? IdSchema.safeParse(params.id) : null

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: params.id ? '修改政策' : '新建政策' })
  }, [params.id])

  const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffPolicy(params.id)) })

  return (
    <View className="yz-page yz-page--staff-policy">
      {id && !id.success ? (
        <PageEmpty title="这个链接不完整" message="请回到政策列表重新打开。" action={{ text: '回到政策列表', onClick: backToList }} />
      ) : (
        <PolicyEditor policyId={id?.data ?? null} onCreated={openCreated} onSignIn={signIn} onBackToList={backToList} />
      )}
    </View>
  )
}
