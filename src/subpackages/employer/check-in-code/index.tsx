import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts'
import { keepScreenOn } from '@/shared/platform/screen'
import { PageEmpty } from '@/shared/ui'
import { CheckInCodePanel } from '@/features/employer/components/check-in-code-panel'
import './index.scss'

const backToJobs = { text: '回到我发布的岗位', onClick: () => void Taro.redirectTo({ url: pageUrl.employerJobs }) }

export default function CheckInCodePage() {
  const { params } = useRouter()
  const jobId = IdSchema.safeParse(params.jobId)

  // The phone is held out to workers one after another: the screen must not dim meanwhile, and
  // goes back to normal once the employer leaves this page.
  useDidShow(() => void keepScreenOn(true))
  useDidHide(() => void keepScreenOn(false))
  useEffect(() => () => void keepScreenOn(false), [])

  return (
    <View className="yz-page yz-page--check-in-code">
      {jobId.success ? <CheckInCodePanel jobId={jobId.data} /> : <PageEmpty title="这个链接不完整" message="请回到我发布的岗位重新打开。" action={backToJobs} />}
    </View>
  )
}
