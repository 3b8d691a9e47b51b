import { Text, View } from '@tarojs/components'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import { formatDateTime } from '@/shared/lib/dayjs'
import { ActionButton, Section } from '@/shared/ui'
import { formatPaidYuan } from '../model/money'
import { formatDay, subsidyStatusHint } from '../model/timeline'
import { FilledFields } from './filled-fields'
import { MaterialPhotos } from './material-photos'
import { SubsidyHeading } from './status-tag'
import { SubsidyTimeline } from './subsidy-timeline'
import './subsidies.scss'

export interface SubsidyApplicationViewProps {
  application: SubsidyApplication
  /** 补充材料: opens the form again with what was sent (only offered when staff asked for more). */
  onResubmit: () => void
  onOpenPolicy: () => void
}

/** One of my applications: where it stands, staff's words, the payment, the timeline, what was sent. */
export function SubsidyApplicationView({ application, onResubmit, onOpenPolicy }: SubsidyApplicationViewProps) {
  const { status } = application
  return (
    <View className="yz-subsidy-view">
      <SubsidyHeading
        variant="page"
        title={application.policy.title}
        status={status}
        hint={subsidyStatusHint(application)}
        lines={[`提交于 ${formatDateTime(application.submittedAt)} · 由${application.region}办理`]}
      />

      {status === 'paid' && application.paidAmountFen !== null ? (
        <View className="yz-subsidy-paid" role="status">
          <Text className="yz-subsidy-paid__amount">{`已发放 ${formatPaidYuan(application.paidAmountFen)}`}</Text>
          {application.paidOn ? <Text className="yz-subsidy-paid__date">{`发放日期：${formatDay(application.paidOn)}`}</Text> : null}
        </View>
      ) : null}

      {application.staffNote && (status === 'needs_more' || status === 'rejected') ? (
        <View className={`yz-subsidy-note yz-subsidy-note--${status === 'rejected' ? 'bad' : 'todo'}`} role="status">
          <Text className="yz-subsidy-note__title">{status === 'rejected' ? '未通过的原因' : '工作人员请您补充'}</Text>
          <Text className="yz-subsidy-note__text">{application.staffNote}</Text>
        </View>
      ) : null}

      {status === 'needs_more' ? (
        <View className="yz-subsidy-cta">
          <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={onResubmit}>
            补充材料
          </ActionButton>
        </View>
      ) : null}

      <Section title="办理进度">
        <SubsidyTimeline application={application} />
      </Section>
      <Section title="填写的内容">
        <FilledFields fields={application.fields} />
      </Section>
      <Section title="材料照片">
        <MaterialPhotos materials={application.materials} />
      </Section>
      <View className="yz-subsidy-cta">
        <ActionButton className="yz-button" fill="outline" size="large" block onClick={onOpenPolicy}>
          查看政策详情
        </ActionButton>
      </View>
    </View>
  )
}
