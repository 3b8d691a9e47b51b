import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { UpdateApplicationBodySchema } from '@/shared/contracts'
import { ActionButton, ChoiceChip } from '@/shared/ui'
import { REJECT_REASONS } from '../model/applicant'

export interface RejectFormProps {
  pending: boolean
  onSubmit: (reason: string) => void
  onCancel: () => void
}

/** 不录用 asks why: a common reason in one tap, or in the employer's own words. The worker is told. */
export function RejectForm({ pending, onSubmit, onCancel }: RejectFormProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const checked = UpdateApplicationBodySchema.safeParse({ action: 'reject', reason })
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '请写明不录用的原因')
      return
    }
    setError(null)
    onSubmit(reason.trim())
  }

  return (
    <View className="yz-employer-form" role="group" aria-label="不录用的原因">
      <Text className="yz-employer-form__title">不录用的原因（会告诉报名的人）</Text>
      <View className="yz-employer-form__chips">
        {REJECT_REASONS.map((text) => (
          <ChoiceChip
            key={text}
            text={text}
            selected={reason === text}
            onTap={() => {
              setReason(reason === text ? '' : text)
              setError(null)
            }}
          />
        ))}
      </View>
      <Textarea
        className="yz-employer-form__text"
        placeholder="也可以自己写原因"
        maxlength={100}
        value={reason}
        onInput={(event) => {
          setReason(event.detail.value)
          setError(null)
        }}
      />
      {error ? <Text className="yz-employer-form__error">{error}</Text> : null}
      <View className="yz-employer-form__actions">
        <ActionButton className="yz-button" type="danger" size="large" loading={pending} onClick={submit}>
          确认不录用
        </ActionButton>
        <ActionButton className="yz-button" fill="outline" size="large" disabled={pending} onClick={onCancel}>
          先不处理
        </ActionButton>
      </View>
    </View>
  )
}
