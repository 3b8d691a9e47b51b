import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl, tabPages } from '@/shared/config/routes'
import { LoginForm } from '@/features/auth/components/login-form'
import { afterLoginTarget } from '@/features/auth/model/login-form'
import './index.scss'

const tabUrls = Object.values(tabPages).map((path) => `/${path}`)

export default function LoginPage() {
  const { params } = useRouter()

  const goOn = () => {
    const target = afterLoginTarget(params.redirect, tabUrls, pageUrl.me)
    if (target.kind === 'switchTab') void Taro.switchTab({ url: target.url })
    else void Taro.redirectTo({ url: target.url })
  }

  return (
    <View className="yz-page yz-page--login">
      <LoginForm onSignedIn={goOn} />
    </View>
  )
}
