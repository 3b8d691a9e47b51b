import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty, PageError, PageLoading, WayHome } from '@/shared/ui'
import { useMe } from '@/features/auth/api/session'
import { ProfileScreen } from '@/features/policies/components/profile-screen'

function SignedIn() {
  const { query } = useMe()
  if (query.isPending) return <PageLoading text="正在加载您的资料…" />
  if (query.isError) return <PageError title="您的资料没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  return <ProfileScreen owner={query.data.id} />
}

export default function MyProfilePage() {
  const { signedIn } = useMe()
  return (
    <View className="yz-page yz-page--my-profile">
      <WayHome />
      {signedIn ? (
        <SignedIn />
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
