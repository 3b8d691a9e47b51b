import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { EmployerProfileView } from '@/features/employer-account/components/employer-profile-view'
import './index.scss'

const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.employerProfile) })

export default function EmployerProfilePage() {
  return (
    <View className="yz-page yz-page--employer-profile">
      <EmployerProfileView onSignIn={signIn} />
    </View>
  )
}
