import { Picker, Text, View } from '@tarojs/components'
import { formatDay } from '../model/timeline'
import './subsidies.scss'

export interface DayPickerProps {
  /** The id of the label that names it. */
  labelledBy: string
  /** YYYY-MM-DD, or '' for none yet. */
  value: string
  placeholder: string
  invalid: boolean
  onChange: (value: string) => void
}

/** The platform's own date wheel behind a box showing the day chosen (2026年12月20日). */
export function DayPicker({ labelledBy, value, placeholder, invalid, onChange }: DayPickerProps) {
  return (
    <Picker mode="date" value={value} onChange={(event: { detail: { value: string } }) => onChange(event.detail.value)}>
      <View className={`yz-subsidy-picker${invalid ? ' yz-subsidy-picker--invalid' : ''}`} aria-labelledby={labelledBy}>
        <Text className="yz-subsidy-picker__value">{value ? formatDay(value) : placeholder}</Text>
        <Text className="yz-subsidy-picker__change">{value ? '修改 ›' : '选择 ›'}</Text>
      </View>
    </Picker>
  )
}
