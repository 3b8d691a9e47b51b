import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { Job } from '@/shared/contracts'
import { formatDistance } from '@/shared/lib/distance'
import { Tappable } from '@/shared/ui'
import { categoryLabel, formatPay, formatWorkDates, settlementLabel } from '../model/format'
import './jobs.scss'

export interface JobCardProps {
  job: Job
}

/**
 * One job in a list: what, how much, when paid, places left, who, where, when. Every card has the
 * same height (one line per row), so a long list can render only the cards on screen.
 */
export function JobCard({ job }: JobCardProps) {
  const distance = formatDistance(job.distanceMeters)
  const full = job.placesLeft === 0 || job.status !== 'open'
  const open = () => void Taro.navigateTo({ url: pageUrl.jobDetail(job.id) })
  return (
    <Tappable className="yz-job-card" role="link" onTap={open}>
      <View className="yz-job-card__top">
        <Text className="yz-job-card__title">{job.title}</Text>
        <Text className="yz-job-card__pay">{formatPay(job.pay)}</Text>
      </View>
      <View className="yz-job-card__tags">
        <Text className="yz-tag yz-tag--pay">{settlementLabel(job)}</Text>
        {job.checkedByStaff ? <Text className="yz-tag yz-tag--checked">✓ 驿站已核实</Text> : null}
        {full ? <Text className="yz-tag yz-tag--muted">已招满</Text> : <Text className="yz-tag yz-tag--muted">{`剩 ${job.placesLeft} 个名额`}</Text>}
        {job.welcomesOlder ? <Text className="yz-tag yz-tag--older">欢迎大龄</Text> : null}
        <Text className="yz-tag">{categoryLabel(job)}</Text>
      </View>
      <Text className="yz-job-card__line">
        {job.employer.name}
        {job.employer.verified ? <Text className="yz-verified">✓ 已认证</Text> : null}
      </Text>
      <Text className="yz-job-card__line">
        {job.district}
        {distance ? <Text className="yz-job-card__distance">{` · ${distance}`}</Text> : null}
        {` · ${formatWorkDates(job)}`}
      </Text>
    </Tappable>
  )
}
