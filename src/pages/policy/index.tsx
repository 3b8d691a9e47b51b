import { View } from '@tarojs/components'
import { PolicyEntries } from '@/features/policies/components/policy-entries'
import { PolicyList } from '@/features/policies/components/policy-list'
import './index.scss'

export default function PolicyPage() {
  return (
    <View className="yz-page yz-page--policy">
      <PolicyEntries />
      <PolicyList />
    </View>
  )
}
