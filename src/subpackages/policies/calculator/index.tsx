import { View } from '@tarojs/components'
import { WayHome } from '@/shared/ui'
import { PolicyCalculator } from '@/features/policies/components/policy-calculator'

export default function PolicyCalculatorPage() {
  return (
    <View className="yz-page yz-page--policy-calculator">
      <WayHome />
      <PolicyCalculator />
    </View>
  )
}
