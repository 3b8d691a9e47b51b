import { View } from '@tarojs/components'
import { PolicyList } from '@/features/policies/components/policy-list'
import './index.scss'

export default function PolicyPage() {
  return (
    <View className="yz-page yz-page--policy">
      <PolicyList />
    </View>
  )
}
