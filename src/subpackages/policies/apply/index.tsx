import { View } from '@tarojs/components'
import { PageEmpty } from '@/shared/ui'

// Placeholder while issue 14's screens are built this session.
export default function PoliciesApplyPage() {
  return (
    <View className="yz-page">
      <PageEmpty title="申领补贴" message="正在建设中" />
    </View>
  )
}
