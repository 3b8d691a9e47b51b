import { useQueryClient } from '@tanstack/react-query'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { applicationQueries } from '@/features/applications/api/application-queries'
import { ApplicationList } from '@/features/applications/components/application-list'
import { useToken } from '@/features/auth/api/session'
import { jobWording } from '../job-wording'
import './index.scss'

const findJobs = { text: '去找工作', onClick: () => void Taro.switchTab({ url: pageUrl.home }) }

export default function MyApplicationsPage() {
  const token = useToken()
  const queryClient = useQueryClient()

  usePullDownRefresh(() => {
    void queryClient.refetchQueries({ queryKey: applicationQueries.list().queryKey }).finally(() => void Taro.stopPullDownRefresh())
  })

  return (
    <View className="yz-page yz-page--applications">
      {token ? (
        <ApplicationList wording={jobWording} findJobs={findJobs} />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后可以看到您报过名的岗位。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.myApplications) }) }}
        />
      )}
    </View>
  )
}
