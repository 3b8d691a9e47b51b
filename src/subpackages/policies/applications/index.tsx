import { View } from '@tarojs/components'
import { PageEmpty } from '@/shared/ui'

// Placeholder while issue 14's screens are built this session.
export default function PoliciesApplicationsPage() {
  return (
    <View className="yz-page">
      <PageEmpty title="我的补贴申请" message="正在建设中" />
    </View>
  )
}
