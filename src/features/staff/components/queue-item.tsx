import { Text, View } from '@tarojs/components'
import type { QueueItem } from '@/shared/contracts'
import { queueItemView } from '../model/queue'
import { DecisionForm } from './decision-form'
import { LicenceView } from './licence-view'
import './staff.scss'

/** One thing waiting for staff: what it is, what to look at, and the decision. */
export function QueueItemCard({ item }: { item: QueueItem }) {
  const view = queueItemView(item)
  return (
    <View className={`yz-queue-item yz-queue-item--${item.kind}`}>
      <Text className="yz-queue-item__kind">{view.kindLabel}</Text>
      <Text className="yz-queue-item__title">{view.title}</Text>
      {view.lines.map((line) => (
        <Text key={line} className="yz-queue-item__line">
          {line}
        </Text>
      ))}
      {view.warnings.map((warning) => (
        <Text key={warning} className="yz-queue-item__warning">
          {`⚠ ${warning}`}
        </Text>
      ))}
      {view.reasons.length > 0 ? (
        <View className="yz-queue-item__reasons">
          <Text className="yz-queue-item__reasons-title">自动筛查发现：</Text>
          {view.reasons.map((reason) => (
            <View key={reason.message} className="yz-queue-item__reason">
              <Text className="yz-queue-item__reason-text">{reason.message}</Text>
              {reason.law ? <Text className="yz-queue-item__law">{`依据：${reason.law}`}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
      {item.kind === 'employer' && item.licencePath ? <LicenceView employerId={item.id} employerName={item.name} /> : null}
      <DecisionForm kind={item.kind} id={item.id} />
    </View>
  )
}
