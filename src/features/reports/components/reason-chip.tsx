import { Text } from '@tarojs/components'
import { Tappable } from '@/shared/ui'

export interface ReasonChipProps {
  text: string
  selected: boolean
  onTap: () => void
}

/** One reason to tap; a screen reader hears whether it is the chosen one. */
export function ReasonChip({ text, selected, onTap }: ReasonChipProps) {
  return (
    <Tappable className={`yz-report-chip${selected ? ' yz-report-chip--selected' : ''}`} label={selected ? `${text}，已选` : text} onTap={onTap}>
      <Text>{selected ? `✓ ${text}` : text}</Text>
    </Tappable>
  )
}
