import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { MyApplication } from '@/shared/contracts'
import { Section, Tappable } from '@/shared/ui'
import type { JobWording } from '../model/job-wording'
import { statusHint } from '../model/timeline'
import { ApplicationTimeline } from './application-timeline'
import { CancelApplication } from './cancel-application'
import { CheckInPanel } from './check-in-panel'
import { HiredContact } from './hired-contact'
import { RatingForm } from './rating-form'
import { RatingView } from './rating-view'
import { StatusTag } from './status-tag'
import './applications.scss'

export interface ApplicationDetailsProps {
  application: MyApplication
  wording: JobWording
}

/**
 * One of my applications: where it stands, the steps with their times, and what I can do now — the
 * server's flags decide (canCheckIn, canRate, canCancel); the contact is shown only when it was sent.
 */
export function ApplicationDetails({ application, wording }: ApplicationDetailsProps) {
  const { job } = application
  const openJob = () => void Taro.navigateTo({ url: pageUrl.jobDetail(job.id) })
  return (
    <View className="yz-application">
      <View className="yz-application__header">
        <View className="yz-application__top">
          <Text className="yz-application__title">{job.title}</Text>
          <StatusTag status={application.status} />
        </View>
        <Text className="yz-application__hint">{statusHint(application)}</Text>
      </View>

      {application.canCheckIn ? (
        <Section title="到岗签到">
          <CheckInPanel applicationId={application.id} />
        </Section>
      ) : null}

      {application.contact ? (
        <Section title="联系用人单位">
          <HiredContact contact={application.contact} />
        </Section>
      ) : null}

      <Section title="进度">
        <ApplicationTimeline application={application} />
      </Section>

      {application.myRating ? (
        <Section title="我的评价">
          <RatingView rating={application.myRating} />
        </Section>
      ) : application.canRate ? (
        <Section title={`评价${job.employer.name}`}>
          <RatingForm applicationId={application.id} />
        </Section>
      ) : null}

      <Section title="岗位">
        <Tappable className="yz-application__job" role="link" onTap={openJob}>
          <Text className="yz-application__pay">{`${wording.pay(job)} · ${wording.settlement(job)}`}</Text>
          <Text className="yz-application__line">{`${wording.dates(job)} ${job.workHours}`}</Text>
          <Text className="yz-application__line">{job.employer.name}</Text>
          <Text className="yz-application__line">{job.address}</Text>
          <Text className="yz-application__more">查看岗位详情</Text>
        </Tappable>
      </Section>

      {application.canCancel ? <CancelApplication application={application} /> : null}
    </View>
  )
}
