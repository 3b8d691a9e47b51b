import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Job } from '@/shared/contracts'
import { Section, Tappable } from '@/shared/ui'
import { formatDistance } from '@/shared/lib/distance'
import { mapActionText, openMap } from '@/shared/platform/map'
import { categoryLabel, employmentTypeLabel, formatPay, formatValidUntil, formatWorkDates, settlementLabel } from '../model/format'
import { AvailabilityBanners, SettlementExplanations, formatPlacesLeft, formatRating, hiringModeText, jobAvailability } from '../model/job-state'
import './jobs.scss'

export interface JobDetailsProps {
  job: Job
  /** Today in the city (YYYY-MM-DD); tests pin it. */
  today?: string
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="yz-job__row">
      <Text className="yz-job__label">{label}</Text>
      <Text className="yz-job__value">{children}</Text>
    </View>
  )
}

/**
 * Everything a job post must say (人力资源市场暂行条例 Art. 24), in the order a worker asks it; a job
 * that cannot take applicants says so first, at the top.
 */
export function JobDetails({ job, today }: JobDetailsProps) {
  const distance = formatDistance(job.distanceMeters)
  const availability = jobAvailability(job, today)
  const banner = availability === 'open' ? null : AvailabilityBanners[availability]
  const showMap = () => void openMap({ lat: job.location.lat, lng: job.location.lng, name: job.title, address: job.address })
  return (
    <View className="yz-job">
      {banner ? (
        <View className="yz-job__banner" role="status">
          <Text className="yz-job__banner-title">{banner.title}</Text>
          <Text className="yz-job__banner-text">{banner.message}</Text>
        </View>
      ) : null}
      <View className="yz-job__head">
        <Text className="yz-job__title">{job.title}</Text>
        <Text className="yz-job__pay">{formatPay(job.pay)}</Text>
        <View className="yz-job-card__tags">
          <Text className="yz-tag yz-tag--pay">{settlementLabel(job)}</Text>
          <Text className="yz-tag">{categoryLabel(job)}</Text>
          <Text className="yz-tag yz-tag--muted">{employmentTypeLabel(job)}</Text>
          {job.welcomesOlder ? <Text className="yz-tag yz-tag--older">欢迎大龄</Text> : null}
          {job.checkedByStaff ? <Text className="yz-tag yz-tag--checked">✓ 驿站已核实</Text> : null}
        </View>
        {job.checkedByStaff ? <Text className="yz-job__checked">驿站工作人员核对过这个岗位的信息。</Text> : null}
      </View>

      <Section title="招聘信息">
        <View className="yz-job__rows">
          <Row label="用人单位">
            {job.employer.name}
            {job.employer.verified ? <Text className="yz-verified">✓ 已认证</Text> : <Text className="yz-verified yz-verified--no">未认证</Text>}
          </Row>
          <Row label="单位评价">{formatRating(job.employer.rating)}</Row>
          <Row label="招聘人数">{formatPlacesLeft(job)}</Row>
          <Row label="怎么录用">{hiringModeText(job)}</Row>
          <Row label="怎么结算">{SettlementExplanations[job.settlement]}</Row>
          <Row label="工作日期">{formatWorkDates(job)}</Row>
          <Row label="工作时间">{job.workHours}</Row>
          <Row label="工作地点">{distance ? `${job.address}（离您${distance}）` : job.address}</Row>
          {job.stationName ? <Row label="发布驿站">{job.stationName}</Row> : null}
          <Row label="有效期">{formatValidUntil(job.validUntil)}</Row>
        </View>
        <Tappable className="yz-job__map" role="link" label={`${mapActionText}：${job.address}`} onTap={showMap}>
          <Text>{`📍 ${mapActionText}`}</Text>
        </Tappable>
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
