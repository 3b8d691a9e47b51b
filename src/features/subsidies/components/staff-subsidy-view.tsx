import { View } from '@tarojs/components'
import type { StaffSubsidyApplication } from '@/shared/contracts/subsidies'
import { formatDateTime } from '@/shared/lib/dayjs'
import { Section } from '@/shared/ui'
import { FilledFields } from './filled-fields'
import { MaterialPhotos } from './material-photos'
import { StaffSubsidyActions } from './staff-subsidy-actions'
import { SubsidyHeading } from './status-tag'
import { SubsidyTimeline } from './subsidy-timeline'
import './subsidies.scss'

/** One application as the reviewing staff see it: who, what for, what was sent, the road so far, and what to do now. */
export function StaffSubsidyView({ application }: { application: StaffSubsidyApplication }) {
  const { applicant } = application
  return (
    <View className="yz-subsidy-view">
      <SubsidyHeading
        variant="page"
        title={application.policy.title}
        status={application.status}
        lines={[`申请人：${applicant.realName ?? '（未填写姓名）'} · ${applicant.phoneMasked}`, `提交于 ${formatDateTime(application.submittedAt)} · ${application.region}`]}
      />
      <Section title="处理">
        <StaffSubsidyActions id={application.id} status={application.status} />
      </Section>
      <Section title="填写的内容">
        <FilledFields fields={application.fields} />
      </Section>
      <Section title="材料照片（点开放大）">
        <MaterialPhotos materials={application.materials} />
      </Section>
      <Section title="办理记录">
        <SubsidyTimeline application={application} />
      </Section>
    </View>
  )
}
