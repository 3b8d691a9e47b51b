import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { useMe } from '@/features/auth/api/session'
import { RegisterEmployerForm } from '@/features/employer-account/components/register-employer-form'
import './index.scss'

const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.employerRegister) })
// The profile replaces this page: 返回 from there goes to where registering started (我的).
const openProfile = () => void Taro.redirectTo({ url: pageUrl.employerProfile })

function Content() {
  const { signedIn, query } = useMe()
  if (!signedIn) {
    return <PageEmpty title="请先登录" message="用您的手机号登录后，再登记为用人单位。" action={{ text: '登录', onClick: signIn }} />
  }
  if (query.isPending) return <PageLoading text="正在加载…" />
  if (query.isError) return <PageError title="没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  if (query.data.role === 'employer') {
    return <PageEmpty title="您已经登记为用人单位" message="可以查看单位信息、上传营业执照。" action={{ text: '查看单位信息', onClick: openProfile }} />
  }
  if (query.data.role === 'staff') {
    return <PageEmpty title="驿站工作人员的账号不能登记为用人单位" message="请用另一个手机号注册后再登记。" />
  }
  return <RegisterEmployerForm onRegistered={openProfile} />
}

export default function EmployerRegisterPage() {
  return (
    <View className="yz-page yz-page--employer-register">
      <Content />
    </View>
  )
}
