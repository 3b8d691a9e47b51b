import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts'
import { PostJobScreen } from '@/features/posting/components/post-job-screen'
import './index.scss'

const idOrNull = (value: string | undefined) => {
  const parsed = IdSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export default function PostJobPage() {
  const { params } = useRouter()
  const jobId = idOrNull(params.id)
  const copyOf = idOrNull(params.copyOf)
  const here = pageUrl.postJob({ id: jobId ?? undefined, copyOf: copyOf ?? undefined })
  const signIn = () => void Taro.navigateTo({ url: pageUrl.login(here) })
  return (
    <View className="yz-page yz-page--post-job">
      <PostJobScreen jobId={jobId} copyOf={copyOf} onSignIn={signIn} />
    </View>
  )
}
