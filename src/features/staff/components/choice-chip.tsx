import { Text } from '@tarojs/components'
import { Tappable } from '@/shared/ui'

export interface ChoiceChipProps {
  text: string
  selected: boolean
  /** Drawn in red when chosen: it refuses or removes. */
  danger?: boolean
  onTap: () => void
}

/** One choice of several; a screen reader hears whether it is the chosen one. */
export function ChoiceChip({ text, selected, danger = false, onTap }: ChoiceChipProps) {
  const className = `yz-staff-chip${selected ? ` yz-staff-chip--selected${danger ? ' yz-staff-chip--danger' : ''}` : ''}`
  return (
    <Tappable className={className} label={selected ? `${text}，已选` : text} onTap={onTap}>
      <Text>{selected ? `✓ ${text}` : text}</Text>
    </Tappable>
  )
}
