import { Text, View } from '@tarojs/components'
import type { MyApplication } from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'
import { timelineSteps } from '../model/timeline'
import './applications.scss'

const byWords = { worker: '您', employer: '用人单位', system: '系统', staff: '驿站' } as const

/** 已报名 → 已录用 → 已签到 → 已完工 with the time of each step reached; where it stopped, and why. */
export function ApplicationTimeline({ application }: { application: MyApplication }) {
  const steps = timelineSteps(application)
  return (
    <View className="yz-timeline" role="list">
      {steps.map((step) => (
        <View key={step.status} className={`yz-timeline__step yz-timeline__step--${step.state}`} role="listitem">
          <View className="yz-timeline__dot" aria-hidden />
          <View className="yz-timeline__body">
            <Text className="yz-timeline__label">{step.label}</Text>
            <Text className="yz-timeline__time">{step.at ? formatDateTime(step.at) : '未到'}</Text>
            {step.state === 'stopped' && step.by ? <Text className="yz-timeline__note">{`由${byWords[step.by]}操作`}</Text> : null}
            {step.reason ? <Text className="yz-timeline__note">{`原因：${step.reason}`}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
