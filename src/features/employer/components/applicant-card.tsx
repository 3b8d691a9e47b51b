import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import { ApplicationStatuses, type Applicant, type RateBody, type UpdateApplicationBody } from '@/shared/contracts'
import { callPhone } from '@/shared/platform'
import { ActionButton, Tappable } from '@/shared/ui'
import { useRateWorker, useUpdateApplication } from '../api/mutations'
import { actionLabels, applicantActions, formatRating, isMaskedPhone, starText } from '../model/applicant'
import { RateWorkerForm } from './rate-worker-form'
import { RejectForm } from './reject-form'

export interface ApplicantCardProps {
  applicant: Applicant
  /** After any change the server accepted (the job's places left may have changed). */
  onChanged?: () => void
}

function Phone({ phone }: { phone: string | null }) {
  if (!phone) return <Text className="yz-applicant__line">没有留手机号</Text>
  if (isMaskedPhone(phone)) return <Text className="yz-applicant__line">{`手机号 ${phone}（录用后显示完整号码）`}</Text>
  return (
    <Tappable className="yz-applicant__phone" label={`打电话给 ${phone}`} onTap={() => void callPhone(phone)}>
      <Text>{`📞 ${phone}`}</Text>
    </Tappable>
  )
}

/**
 * One applicant: who, how they did before, and the next step for their status as big buttons. A
 * refusal from the server (名额已满, the status changed meanwhile) is shown on the card in its words.
 */
export function ApplicantCard({ applicant, onChanged }: ApplicantCardProps) {
  const [form, setForm] = useState<'reject' | 'rate' | null>(null)
  const update = useUpdateApplication()
  const rate = useRateWorker()
  const { worker } = applicant

  const change = (body: UpdateApplicationBody) => {
    rate.reset()
    update.mutate(
      { id: applicant.id, body },
      {
        onSuccess: () => {
          setForm(null)
          onChanged?.()
        },
      },
    )
  }

  const markNoShow = async () => {
    const { confirm } = await Taro.showModal({
      title: '记为缺席？',
      content: `${worker.displayName}没有来上工。记为缺席后会计入他的缺席次数。`,
      confirmText: '记为缺席',
      cancelText: '再等等',
    })
    if (confirm) change({ action: 'no_show' })
  }

  const submitRating = (body: RateBody) => {
    update.reset()
    rate.mutate({ id: applicant.id, body }, { onSuccess: () => setForm(null) })
  }

  const act = {
    hire: () => change({ action: 'hire' }),
    reject: () => {
      update.reset()
      setForm('reject')
    },
    no_show: () => void markNoShow(),
    complete: () => change({ action: 'complete' }),
    rate: () => {
      update.reset()
      setForm('rate')
    },
  }

  const failure = update.error ?? rate.error
  const actions = applicantActions(applicant)

  return (
    <View className="yz-applicant">
      <View className="yz-applicant__top">
        <Text className="yz-applicant__name">{worker.displayName}</Text>
        <Text className={`yz-applicant__status yz-applicant__status--${applicant.status}`}>{ApplicationStatuses[applicant.status]}</Text>
      </View>
      <Phone phone={worker.phone} />
      <Text className="yz-applicant__line">{`完工 ${worker.completedCount} 次 · 缺席 ${worker.noShowCount} 次`}</Text>
      <Text className="yz-applicant__line">{`评分 ${formatRating(worker.rating)}`}</Text>
      {applicant.myRating ? (
        <Text className="yz-applicant__line">{`您的评价 ${starText(applicant.myRating.stars)} ${applicant.myRating.tags.join(' ')}`}</Text>
      ) : null}

      {failure ? (
        <View className="yz-applicant__error" role="alert">
          {errorMessage(failure)}
        </View>
      ) : null}

      {form === 'reject' ? (
        <RejectForm pending={update.isPending} onSubmit={(reason) => change({ action: 'reject', reason })} onCancel={() => setForm(null)} />
      ) : form === 'rate' ? (
        <RateWorkerForm pending={rate.isPending} onSubmit={submitRating} onCancel={() => setForm(null)} />
      ) : actions.length > 0 ? (
        <View className="yz-applicant__actions">
          {actions.map((action) => (
            <ActionButton
              key={action}
              className="yz-button yz-applicant__action"
              type={action === 'reject' || action === 'no_show' ? 'default' : 'primary'}
              fill={action === 'reject' || action === 'no_show' ? 'outline' : undefined}
              size="xlarge"
              loading={update.isPending && (action === 'hire' || action === 'complete')}
              disabled={update.isPending}
              onClick={act[action]}
            >
              {actionLabels[action]}
            </ActionButton>
          ))}
        </View>
      ) : null}
    </View>
  )
}
