import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { MyReport } from '@/shared/contracts'
import { formatDate } from '@/shared/lib/dayjs'
import { Tappable } from '@/shared/ui'
import { reportOutcome, reportStatusText, reportSummary } from '../model/report'
import './reports.scss'

/** One of my reports: the post, what I said, where it stands or what staff found. Opens the post. */
export function ReportCard({ report }: { report: MyReport }) {
  const open = () => void Taro.navigateTo({ url: pageUrl.jobDetail(report.job.id) })
  return (
    <Tappable className="yz-report-card" role="link" label={`${report.job.title}，${reportStatusText(report)}`} onTap={open}>
      <View className="yz-report-card__top">
        <Text className="yz-report-card__title">{report.job.title}</Text>
        <Text className={`yz-report-card__status yz-report-card__status--${report.status}`}>{reportStatusText(report)}</Text>
      </View>
      <Text className="yz-report-card__line">{reportSummary(report)}</Text>
      <Text className="yz-report-card__line">{`${formatDate(report.createdAt, { short: true })}举报`}</Text>
      <Text className="yz-report-card__outcome">{reportOutcome(report)}</Text>
    </Tappable>
  )
}
