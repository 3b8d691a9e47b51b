import { useQueryClient } from '@tanstack/react-query'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty, Tappable } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { staffQueries } from '@/features/staff/api/staff-queries'
import { DashboardStrip } from '@/features/staff/components/dashboard-strip'
import { ReviewQueue } from '@/features/staff/components/review-queue'
import './index.scss'

const LINKS = [
  { text: '审核记录', url: pageUrl.staffAudit },
  { text: '抽查', url: pageUrl.staffSamples },
  { text: '驿站与海报', url: pageUrl.staffStations },
] as const

export default function StaffQueuePage() {
  const token = useToken()
  const queryClient = useQueryClient()

  usePullDownRefresh(() => {
    void queryClient.refetchQueries({ queryKey: staffQueries.all(), type: 'active' }).finally(() => void Taro.stopPullDownRefresh())
  })

  if (!token) {
    return (
      <View className="yz-page yz-page--staff">
        <PageEmpty
          title="请先登录"
          message="驿站工作人员登录后处理待审岗位、单位认证和举报。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffQueue) }) }}
        />
      </View>
    )
  }

  return (
    <View className="yz-page yz-page--staff">
      <DashboardStrip />
      <View className="yz-staff-links">
        {LINKS.map((link) => (
          <Tappable key={link.text} className="yz-staff-links__link" role="link" onTap={() => void Taro.navigateTo({ url: link.url })}>
            <Text>{link.text}</Text>
          </Tappable>
        ))}
      </View>
      <ReviewQueue />
    </View>
  )
}
