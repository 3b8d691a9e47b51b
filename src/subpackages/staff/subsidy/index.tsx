import { View } from '@tarojs/components'
import { PageEmpty } from '@/shared/ui'

// Placeholder while issue 14's screens are built this session.
export default function StaffSubsidyPage() {
  return (
    <View className="yz-page">
      <PageEmpty title="补贴申请" message="正在建设中" />
    </View>
  )
}
