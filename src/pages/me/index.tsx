import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { ActionButton, PageError, PageLoading } from '@/shared/ui'
import { useLogout } from '@/features/auth/api/mutations'
import { useMe } from '@/features/auth/api/session'
import { ProfileCard } from '@/features/auth/components/profile-card'
import './index.scss'

function SignedOut() {
  return (
    <View className="yz-me__welcome">
      <Text className="yz-me__title">您还没有登录</Text>
      <Text className="yz-me__message">用手机号和短信验证码登录，没有账号会自动注册。</Text>
      <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => void Taro.navigateTo({ url: pageUrl.login(pageUrl.me) })}>
        登录
      </ActionButton>
    </View>
  )
}

export default function MePage() {
  const { signedIn, query } = useMe()
  const logout = useLogout()

  if (!signedIn) {
    return (
      <View className="yz-page yz-page--me">
        <SignedOut />
      </View>
    )
  }
  if (query.isPending) {
    return (
      <View className="yz-page yz-page--me">
        <PageLoading text="正在加载您的信息…" />
      </View>
    )
  }
  if (query.isError) {
    return (
      <View className="yz-page yz-page--me">
        <PageError title="您的信息没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
      </View>
    )
  }

  return (
    <View className="yz-page yz-page--me">
      <ProfileCard user={query.data} />
      <View className="yz-me__actions">
        <ActionButton className="yz-button" type="default" size="xlarge" block loading={logout.isPending} onClick={() => logout.mutate()}>
          退出登录
        </ActionButton>
      </View>
    </View>
  )
}
