import { Text } from '@tarojs/components'
import type { SubsidyStatus } from '@/shared/contracts/subsidies'
import { subsidyStatusLabel } from '../model/timeline'
import './subsidies.scss'

/** The status in words, coloured by how it stands: under way, waiting on the person, good, or ended. */
export function SubsidyStatusTag({ status }: { status: SubsidyStatus }) {
  return <Text className={`yz-subsidy-status yz-subsidy-status--${status.replace('_', '-')}`}>{subsidyStatusLabel(status)}</Text>
}
