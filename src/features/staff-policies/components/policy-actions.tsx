import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { WithdrawPolicyBodySchema } from '@/shared/contracts/policies'
import { ActionButton, FieldMessage } from '@/shared/ui'

export interface WithdrawPanelProps {
  pending: boolean
  /** The server's refusal, if the last try failed. */
  failure: string | null
  onWithdraw: (reason: string) => void
}

/** 撤回: a reason is required (the record keeps it), then one confirmation. */
export function WithdrawPanel({ pending, failure, onWithdraw }: WithdrawPanelProps) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)

  if (!open) {
    return (
      <ActionButton className="yz-button" type="danger" fill="outline" size="large" block onClick={() => setOpen(true)}>
        撤回这条政策
      </ActionButton>
    )
  }
  const submit = () => {
    const checked = WithdrawPolicyBodySchema.safeParse({ reason })
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '请写明撤回理由')
    setError(null)
    onWithdraw(checked.data.reason)
  }
  return (
    <View className="yz-policy-withdraw" role="group" aria-label="撤回政策">
      <Text className="yz-policy-field__label" id="yz-policy-withdraw-reason">
        撤回理由
      </Text>
      <Text className="yz-policy-field__hint">撤回后这条政策不再对外显示，也不能再修改。理由会记入操作记录。</Text>
      <Textarea
        className={`yz-policy-textarea${error ? ' yz-policy-textarea--invalid' : ''}`}
        aria-labelledby="yz-policy-withdraw-reason"
        placeholder="如 政策已到期停止执行，至少 2 个字"
        maxlength={500}
        value={reason}
        onInput={(event) => {
          setReason(event.detail.value)
          setError(null)
        }}
      />
      {error ? <FieldMessage tone="error" text={error} /> : null}
      {failure ? <FieldMessage tone="error" text={failure} /> : null}
      <View className="yz-policy-buttons">
        <ActionButton className="yz-button" type="danger" size="large" block loading={pending} onClick={submit}>
          确认撤回
        </ActionButton>
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => setOpen(false)}>
          不撤回了
        </ActionButton>
      </View>
    </View>
  )
}
