import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { StaffPolicyList } from '@/features/staff-policies/components/staff-policy-list'
import './index.scss'

const open = (id: string) => void Taro.navigateTo({ url: pageUrl.staffPolicy(id) })
const create = () => void Taro.navigateTo({ url: pageUrl.staffPolicy() })
const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffPolicies) })

export default function StaffPoliciesPage() {
  return (
    <View className="yz-page yz-page--staff-policies">
      <StaffPolicyList onOpen={open} onCreate={create} onSignIn={signIn} />
    </View>
  )
}
