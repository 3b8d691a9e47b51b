import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Job } from '@/shared/contracts'
import { Section } from '@/shared/ui'
import { formatDistance } from '@/shared/lib/distance'
import { categoryLabel, employmentTypeLabel, formatPay, formatValidUntil, formatWorkDates, settlementLabel } from '../model/format'
import './jobs.scss'

export interface JobDetailsProps {
  job: Job
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="yz-job__row">
      <Text className="yz-job__label">{label}</Text>
      <Text className="yz-job__value">{children}</Text>
    </View>
  )
}

const statusText = { open: null, filled: '已招满', closed: '已停止招聘' } as const

/** Everything a job post must say (人力资源市场暂行条例 Art. 24), in the order a worker asks it. */
export function JobDetails({ job }: JobDetailsProps) {
  const distance = formatDistance(job.distanceMeters)
  const status = statusText[job.status]
  return (
    <View className="yz-job">
      <View className="yz-job__head">
        <Text className="yz-job__title">{job.title}</Text>
        <Text className="yz-job__pay">{formatPay(job.pay)}</Text>
        <View className="yz-job-card__tags">
          <Text className="yz-tag yz-tag--pay">{settlementLabel(job)}</Text>
          <Text className="yz-tag">{categoryLabel(job)}</Text>
          <Text className="yz-tag yz-tag--muted">{employmentTypeLabel(job)}</Text>
        </View>
        {status ? (
          <View className="yz-job__status">
            <Text className="yz-tag yz-tag--muted">{status}</Text>
          </View>
        ) : null}
      </View>

      <Section title="招聘信息">
        <View className="yz-job__rows">
          <Row label="用人单位">
            {job.employer.name}
            {job.employer.verified ? <Text className="yz-verified">✓ 已认证</Text> : <Text className="yz-verified yz-verified--no">未认证</Text>}
          </Row>
          <Row label="招聘人数">{`${job.headcount} 人`}</Row>
          <Row label="工作日期">{formatWorkDates(job)}</Row>
          <Row label="工作时间">{job.workHours}</Row>
          <Row label="工作地点">{distance ? `${job.address}（离您${distance}）` : job.address}</Row>
          {job.stationName ? <Row label="发布驿站">{job.stationName}</Row> : null}
          <Row label="有效期">{formatValidUntil(job.validUntil)}</Row>
        </View>
      </Section>

      <Section title="工作内容">
        <Text className="yz-job__text">{job.duties}</Text>
      </Section>
      <Section title="任职要求">
        <Text className="yz-job__text">{job.requirements}</Text>
      </Section>
      <Section title="工作条件">
        <Text className="yz-job__text">{job.conditions}</Text>
      </Section>
    </View>
  )
}
