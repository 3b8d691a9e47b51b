import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { SampleAudits } from '@/features/staff/components/sample-audits'
import './index.scss'

export default function StaffSamplesPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--staff-samples">
      {token ? (
        <SampleAudits />
      ) : (
        <PageEmpty
          title="请先登录"
          message="驿站工作人员登录后可以抽查岗位。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffSamples) }) }}
        />
      )}
    </View>
  )
}
