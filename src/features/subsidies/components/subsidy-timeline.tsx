import { Text, View } from '@tarojs/components'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import { formatDateTime } from '@/shared/lib/dayjs'
import { subsidySteps } from '../model/timeline'
import './subsidies.scss'

/** 已提交 → 已受理 → 审核中 → … → 已发放: each step with its date and staff's words; the steps ahead greyed. */
export function SubsidyTimeline({ application }: { application: Pick<SubsidyApplication, 'status' | 'events' | 'paidAmountFen' | 'paidOn'> }) {
  return (
    <View className="yz-subsidy-timeline" role="list">
      {subsidySteps(application).map((step) => (
        <View key={step.key} className={`yz-subsidy-timeline__step yz-subsidy-timeline__step--${step.state}`} role="listitem">
          <View className="yz-subsidy-timeline__dot" aria-hidden />
          <View className="yz-subsidy-timeline__body">
            <Text className="yz-subsidy-timeline__label">{step.label}</Text>
            <Text className="yz-subsidy-timeline__time">{step.at ? formatDateTime(step.at) : '未到'}</Text>
            {step.payment ? <Text className="yz-subsidy-timeline__payment">{step.payment}</Text> : null}
            {step.note ? <Text className="yz-subsidy-timeline__note">{step.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
