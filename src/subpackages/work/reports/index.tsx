import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { ReportList } from '@/features/reports/components/report-list'
import './index.scss'

export default function MyReportsPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--reports">
      {token ? (
        <ReportList />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后可以看到您举报过的岗位和驿站的答复。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.myReports) }) }}
        />
      )}
    </View>
  )
}
