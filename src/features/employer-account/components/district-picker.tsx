import { useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton, ChoiceChip, FieldMessage } from '@/shared/ui'
import { employerAccountQueries } from '../api/employer-account-queries'

export interface DistrictPickerProps {
  value: string
  onChange: (district: string) => void
  error?: string | null
}

/**
 * 所在区县, chosen with a tap among the districts the city's stations serve (staff review employers
 * by district). A district kept from before that no station serves any more stays on the list.
 */
export function DistrictPicker({ value, onChange, error }: DistrictPickerProps) {
  const query = useQuery(employerAccountQueries.districts())
  const districts = query.data ?? []
  const choices = value && !districts.includes(value) ? [value, ...districts] : districts

  return (
    <View className="yz-field">
      <Text className="yz-field__label">所在区县</Text>
      {query.isPending ? <FieldMessage tone="hint" text="正在加载区县…" /> : null}
      {query.isError ? (
        <View className="yz-district__failed">
          <FieldMessage tone="error" text={`区县列表没有加载出来：${errorMessage(query.error)}`} />
          <ActionButton className="yz-district__retry" type="primary" fill="outline" size="large" onClick={() => void query.refetch()}>
            重新加载
          </ActionButton>
        </View>
      ) : null}
      <View className="yz-district">
        {choices.map((district) => (
          <ChoiceChip key={district} text={district} selected={district === value} onTap={() => onChange(district)} />
        ))}
      </View>
      {error ? <FieldMessage tone="error" text={error} /> : null}
    </View>
  )
}
