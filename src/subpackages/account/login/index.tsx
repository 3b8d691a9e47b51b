import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl, tabPages } from '@/shared/config/routes'
import { PrivacyPrompt } from '@/shared/ui'
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
      {/* 微信手机号快捷登录 is a privacy API: WeChat may ask for consent first (nothing shows in the browser). */}
      <PrivacyPrompt purpose="用您微信绑定的手机号登录" detail="同意后才会向微信取得手机号；不同意也可以用短信验证码登录。" />
    </View>
  )
}
