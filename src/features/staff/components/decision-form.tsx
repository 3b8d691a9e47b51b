import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import type { QueueKind } from '@/shared/contracts'
import { ActionButton, ChoiceChip } from '@/shared/ui'
import { useDecide, type Decision } from '../api/mutations'
import { DECISIONS, checkDecision } from '../model/queue'
import './staff.scss'

export interface DecisionFormProps {
  kind: QueueKind
  id: string
}

/** Who reads the reason, by kind: it is never only for the record. */
const REASON_READERS: Record<QueueKind, string> = { job: '用人单位会看到', employer: '用人单位会看到', report: '举报人会看到' }

/**
 * A decision on one queue item: choose, give a reason (at least 2 characters, the person concerned
 * reads it), confirm a take-down. On success the queue and counts are asked again and the item leaves.
 */
export function DecisionForm({ kind, id }: DecisionFormProps) {
  const [decision, setDecision] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Partial<Record<'decision' | 'reason', string>>>({})
  const decide = useDecide()
  const choices = DECISIONS[kind]

  const submit = async () => {
    const checked = checkDecision(kind, decision, reason)
    if ('errors' in checked) return setErrors(checked.errors)
    setErrors({})
    const confirm = choices.find((choice) => choice.decision === checked.body.decision)?.confirm
    if (confirm) {
      const answer = await Taro.showModal({ title: '确认下架', content: confirm, confirmText: '下架', cancelText: '再想想' })
      if (!answer.confirm) return
    }
    // Checked above with this kind's own schema, so the decision is one of its own.
    decide.mutate({ kind, id, body: checked.body } as Decision)
  }

  return (
    <View className="yz-decision" role="group" aria-label="处理决定">
      <View className="yz-decision__chips">
        {choices.map((choice) => (
          <ChoiceChip
            key={choice.decision}
            text={choice.label}
            danger={choice.danger}
            selected={decision === choice.decision}
            onTap={() => {
              setDecision(choice.decision)
              setErrors((current) => ({ ...current, decision: undefined }))
            }}
          />
        ))}
      </View>
      {errors.decision ? <Text className="yz-decision__error">{errors.decision}</Text> : null}
      <Text className="yz-decision__label">{`理由（${REASON_READERS[kind]}）`}</Text>
      <Textarea
        className="yz-decision__text"
        placeholder="写明理由，至少 2 个字"
        maxlength={500}
        value={reason}
        onInput={(event) => {
          setReason(event.detail.value)
          setErrors((current) => ({ ...current, reason: undefined }))
        }}
      />
      {errors.reason ? <Text className="yz-decision__error">{errors.reason}</Text> : null}
      {decide.isError ? (
        <View className="yz-decision__failed" role="alert">
          <Text>{errorMessage(decide.error)}</Text>
        </View>
      ) : null}
      <ActionButton className="yz-button" type="primary" size="large" block loading={decide.isPending} onClick={() => void submit()}>
        {decide.isPending ? '正在提交…' : '提交决定'}
      </ActionButton>
    </View>
  )
}
