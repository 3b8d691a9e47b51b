import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { MySubsidyList } from '@/features/subsidies/components/my-subsidy-list'

const findPolicies = { text: '看看适合我的政策', onClick: () => void Taro.navigateTo({ url: pageUrl.policyMatches }) }

export default function MySubsidyApplicationsPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--subsidy-applications">
      {token ? (
        <MySubsidyList findPolicies={findPolicies} onOpen={(application) => void Taro.navigateTo({ url: pageUrl.subsidyApplication(application.id) })} />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后可以看到您申请过的补贴和办理进度。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.mySubsidyApplications) }) }}
        />
      )}
    </View>
  )
}
