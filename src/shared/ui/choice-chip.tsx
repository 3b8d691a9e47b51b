import { Text } from '@tarojs/components'
import { Tappable } from './tappable'
import './choice-chip.scss'

export interface ChoiceChipProps {
  text: string
  selected: boolean
  /** Drawn in red when chosen: the choice refuses or removes something. */
  danger?: boolean
  /** A second, quieter line under the text (a trade's other names); not part of the accessible name. */
  note?: string
  onTap: () => void
}

/**
 * One choice to tap, in a list of chips: a ✓ shows the chosen ones and a screen reader hears
 * "…，已选", so the name a test or a person finds is the text alone while it is not chosen.
 */
export function ChoiceChip({ text, selected, danger = false, note, onTap }: ChoiceChipProps) {
  const className = `yz-choice-chip${selected ? ` yz-choice-chip--selected${danger ? ' yz-choice-chip--danger' : ''}` : ''}`
  return (
    <Tappable className={className} label={selected ? `${text}，已选` : text} onTap={onTap}>
      <Text className="yz-choice-chip__text">{selected ? `✓ ${text}` : text}</Text>
      {note ? <Text className="yz-choice-chip__note">{note}</Text> : null}
    </Tappable>
  )
}
