import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { EmployerJobList } from '@/features/employer/components/employer-job-list'
import './index.scss'

const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.employerJobs) })

export default function EmployerJobsPage() {
  return (
    <View className="yz-page yz-page--employer-jobs">
      <EmployerJobList onSignIn={signIn} />
    </View>
  )
}
