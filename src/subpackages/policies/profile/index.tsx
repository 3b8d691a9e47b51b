import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty, WayHome } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { ProfileScreen } from '@/features/policies/components/profile-screen'

export default function MyProfilePage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--my-profile">
      <WayHome />
      {token ? (
        <ProfileScreen />
      ) : (
        <PageEmpty
          title="请先登录"
          message="登录后填写资料，就能看到适合您的政策。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.myProfile) }) }}
        />
      )}
    </View>
  )
}
