import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { StaffSubsidyQueue } from '@/features/subsidies/components/staff-subsidy-queue'

export default function StaffSubsidiesPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--staff">
      {token ? (
        <StaffSubsidyQueue onOpen={(application) => void Taro.navigateTo({ url: pageUrl.staffSubsidy(application.id) })} />
      ) : (
        <PageEmpty
          title="请先登录"
          message="驿站工作人员登录后审核本区县的补贴申请。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffSubsidies) }) }}
        />
      )}
    </View>
  )
}
