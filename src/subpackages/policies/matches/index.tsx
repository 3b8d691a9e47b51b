import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty, WayHome } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { PolicyMatches } from '@/features/policies/components/policy-matches'

export default function PolicyMatchesPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--policy-matches">
      <WayHome />
      {token ? (
        <PolicyMatches />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后，按您填写的资料列出您能申请的政策。不登录也可以用政策计算器。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.policyMatches) }) }}
        />
      )}
    </View>
  )
}
