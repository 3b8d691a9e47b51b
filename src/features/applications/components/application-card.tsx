import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { MyApplication } from '@/shared/contracts'
import { Tappable } from '@/shared/ui'
import type { JobWording } from '../model/job-wording'
import { statusHint } from '../model/timeline'
import { StatusTag } from './status-tag'
import './applications.scss'

export interface ApplicationCardProps {
  application: MyApplication
  wording: JobWording
}

/** One of my applications in the list: the job, its status in words and what comes next. Opens the application. */
export function ApplicationCard({ application, wording }: ApplicationCardProps) {
  const { job } = application
  const open = () => void Taro.navigateTo({ url: pageUrl.application(application.id) })
  return (
    <Tappable className="yz-application-card" role="link" onTap={open}>
      <View className="yz-application-card__top">
        <Text className="yz-application-card__title">{job.title}</Text>
        <StatusTag status={application.status} />
      </View>
      <Text className="yz-application-card__pay">{`${wording.pay(job)} · ${wording.settlement(job)}`}</Text>
      <Text className="yz-application-card__line">{`${wording.dates(job)} · ${job.employer.name}`}</Text>
      <Text className="yz-application-card__hint">{statusHint(application)}</Text>
    </Tappable>
  )
}
