import { Text } from '@tarojs/components'
import { Tappable } from '@/shared/ui'

export interface ChoiceChipProps {
  text: string
  selected: boolean
  onTap: () => void
}

/** A tag to tap on and off; a screen reader hears whether it is chosen. */
export function ChoiceChip({ text, selected, onTap }: ChoiceChipProps) {
  return (
    <Tappable className={`yz-employer-chip${selected ? ' yz-employer-chip--selected' : ''}`} label={selected ? `${text}，已选` : text} onTap={onTap}>
      <Text>{selected ? `✓ ${text}` : text}</Text>
    </Tappable>
  )
}
