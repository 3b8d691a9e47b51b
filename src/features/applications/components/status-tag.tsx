import { Text } from '@tarojs/components'
import type { ApplicationStatus } from '@/shared/contracts'
import { statusLabel } from '../model/timeline'
import './applications.scss'

/** The status in words, coloured by how it stands: going on, done, or ended. */
export function StatusTag({ status }: { status: ApplicationStatus }) {
  return <Text className={`yz-status yz-status--${status.replace('_', '-')}`}>{statusLabel(status)}</Text>
}
