import { Text } from '@tarojs/components'
import { Tappable } from '@/shared/ui'

export interface FilterChipProps {
  text: string
  selected: boolean
  onTap: () => void
}

/** One choice in the filter sheet: a big target; chosen ones carry a ✓ that is seen and read out. */
export function FilterChip({ text, selected, onTap }: FilterChipProps) {
  return (
    <Tappable className={selected ? 'yz-chip yz-chip--selected' : 'yz-chip'} role="button" onTap={onTap}>
      <Text>{selected ? `✓ ${text}` : text}</Text>
    </Tappable>
  )
}
