import { Text, View } from '@tarojs/components'
import type { SubsidyStatus } from '@/shared/contracts/subsidies'
import { subsidyStatusLabel } from '../model/timeline'
import './subsidies.scss'

/** The status in words, coloured by how it stands: under way, waiting on the person, good, or ended. */
export function SubsidyStatusTag({ status }: { status: SubsidyStatus }) {
  return <Text className={`yz-subsidy-status yz-subsidy-status--${status.replace('_', '-')}`}>{subsidyStatusLabel(status)}</Text>
}

export interface SubsidyHeadingProps {
  title: string
  status: SubsidyStatus
  /** Said under the title in the body colour: where it stands. */
  hint?: string
  /** Quieter lines under it: who, when. */
  lines: readonly string[]
  /** `card`: a row of a list; `page`: the top of an application's page. */
  variant: 'card' | 'page'
}

/** The policy's title with the status beside it, then what to know at a glance. */
export function SubsidyHeading({ title, status, hint, lines, variant }: SubsidyHeadingProps) {
  return (
    <View className={`yz-subsidy-heading yz-subsidy-heading--${variant}`}>
      <View className="yz-subsidy-heading__top">
        <Text className="yz-subsidy-heading__title">{title}</Text>
        <SubsidyStatusTag status={status} />
      </View>
      {hint ? <Text className="yz-subsidy-heading__hint">{hint}</Text> : null}
      {lines.map((line) => (
        <Text key={line} className="yz-subsidy-heading__line">
          {line}
        </Text>
      ))}
    </View>
  )
}
