import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { FavoriteJobList } from '@/features/jobs/components/favorite-job-list'
import './index.scss'

const signIn = { text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.favorites) }) }
const findJobs = { text: '去找工作', onClick: () => void Taro.switchTab({ url: pageUrl.home }) }

export default function FavoritesPage() {
  const signedIn = useToken() !== null
  return (
    <View className="yz-page yz-page--favorites">
      {signedIn ? (
        <FavoriteJobList emptyAction={findJobs} />
      ) : (
        <PageEmpty title="登录后查看收藏的岗位" message="收藏的岗位跟着账号走，换手机也在。" action={signIn} />
      )}
    </View>
  )
}
