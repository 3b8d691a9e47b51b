import { Text, View } from '@tarojs/components'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import './subsidies.scss'

/** What the person filled in, under the labels it was asked with. */
export function FilledFields({ fields }: { fields: SubsidyApplication['fields'] }) {
  if (fields.length === 0) return <Text className="yz-subsidy-muted">这项补贴不用填写内容</Text>
  return (
    <View className="yz-subsidy-fields">
      {fields.map((field) => (
        <View key={field.key} className="yz-subsidy-fields__row">
          <Text className="yz-subsidy-fields__label">{field.label}</Text>
          <Text className="yz-subsidy-fields__value">{field.value || '（没有填写）'}</Text>
        </View>
      ))}
    </View>
  )
}
