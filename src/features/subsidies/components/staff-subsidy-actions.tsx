import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import type { SubsidyStatus } from '@/shared/contracts/subsidies'
import { toLocal } from '@/shared/lib/dayjs'
import { ActionButton, ChoiceChip, FieldMessage, TextField } from '@/shared/ui'
import { useSubsidyAction } from '../api/mutations'
import { subsidyQueries } from '../api/subsidy-queries'
import { NO_ACTION_WORDS, actionsFor, checkAction, confirmText, type ActionDraft, type ActionErrors, type SubsidyAction } from '../model/staff-actions'
import { DayPicker } from './day-picker'
import './subsidies.scss'

export const HANDLED_ELSEWHERE = '这份申请刚被其他工作人员处理过，已刷新为最新状态，请再看一下'

/** Paid today, as a rule: the date wheel starts there (Beijing's day). */
const emptyDraft = (): ActionDraft => ({ note: '', amountYuan: '', paidOn: toLocal(Date.now()).format('YYYY-MM-DD') })

/**
 * What staff may do with the application in its current status, and only that: choose, write what
 * the applicant will read (or the amount and date paid), confirm. Someone else's action in between
 * (INVALID_TRANSITION) refreshes the application and says so.
 */
export function StaffSubsidyActions({ id, status }: { id: string; status: SubsidyStatus }) {
  const [chosen, setChosen] = useState<SubsidyAction | null>(null)
  const [draft, setDraft] = useState<ActionDraft>(emptyDraft)
  const [errors, setErrors] = useState<ActionErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const act = useSubsidyAction(id)
  const queryClient = useQueryClient()
  const actions = actionsFor(status)

  if (actions.length === 0) return <Text className="yz-subsidy-muted">{NO_ACTION_WORDS[status] ?? '现在没有要处理的'}</Text>

  // Only the actions of the status on screen: one chosen for an earlier status is forgotten.
  const spec = actions.find((action) => action.action === chosen) ?? null
  const edit = (change: Partial<ActionDraft>) => {
    setDraft((current) => ({ ...current, ...change }))
    setErrors({})
  }

  const submit = async () => {
    if (!spec) return setMessage('请先选择要做的处理')
    setMessage(null)
    const checked = checkAction(spec.action, draft)
    if ('errors' in checked) return setErrors(checked.errors)
    let confirmed: boolean
    try {
      confirmed = (await Taro.showModal({ title: `确认${spec.label}`, content: confirmText(checked.body), confirmText: spec.confirmWord, cancelText: '再想想' })).confirm
    } catch {
      return setMessage('确认框没有打开，请再点一次')
    }
    if (!confirmed) return
    act.mutate(checked.body, {
      onSuccess: () => {
        setChosen(null)
        setDraft(emptyDraft())
        void Taro.showToast({ title: `已${spec.label}`, icon: 'success' })
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'INVALID_TRANSITION') {
          setChosen(null)
          setMessage(HANDLED_ELSEWHERE)
          void queryClient.invalidateQueries({ queryKey: subsidyQueries.staffDetail(id).queryKey })
          void queryClient.invalidateQueries({ queryKey: [...subsidyQueries.staff(), 'list'] })
          return
        }
        const fields = error instanceof ApiError ? error.fields : {}
        const placed: ActionErrors = { note: fields.note, amount: fields.amountFen, paidOn: fields.paidOn }
        if (placed.note || placed.amount || placed.paidOn) setErrors(placed)
        else setMessage(errorMessage(error))
      },
    })
  }

  return (
    <View className="yz-subsidy-actions" role="group" aria-label="处理">
      <View className="yz-subsidy-chips">
        {actions.map((action) => (
          <ChoiceChip
            key={action.action}
            text={action.label}
            danger={action.danger}
            selected={chosen === action.action}
            onTap={() => {
              setChosen(action.action)
              setErrors({})
              setMessage(null)
            }}
          />
        ))}
      </View>

      {spec?.noteLabel ? (
        <View className="yz-field">
          <Text className="yz-field__label" id="yz-subsidy-action-note">
            {spec.noteLabel}
          </Text>
          <Textarea
            className={`yz-subsidy-actions__text${errors.note ? ' yz-subsidy-actions__text--invalid' : ''}`}
            placeholder={spec.input === 'note' ? '写清楚，至少 2 个字' : '可以不写'}
            maxlength={500}
            value={draft.note}
            aria-labelledby="yz-subsidy-action-note"
            onInput={(event: { detail: { value: string } }) => edit({ note: event.detail.value })}
          />
          {errors.note ? <FieldMessage tone="error" text={errors.note} /> : null}
        </View>
      ) : null}

      {spec?.input === 'payment' ? (
        <View>
          <TextField
            id="subsidy-paid-amount"
            label="发放金额（元）"
            placeholder="如 1000 或 1000.50"
            maxlength={14}
            type="digit"
            value={draft.amountYuan}
            error={errors.amount}
            onInput={(amountYuan) => edit({ amountYuan })}
          />
          <View className="yz-field">
            <Text className="yz-field__label" id="yz-subsidy-paid-on">
              发放日期
            </Text>
            <DayPicker labelledBy="yz-subsidy-paid-on" value={draft.paidOn} placeholder="请选择日期" invalid={Boolean(errors.paidOn)} onChange={(paidOn) => edit({ paidOn })} />
            {errors.paidOn ? <FieldMessage tone="error" text={errors.paidOn} /> : null}
          </View>
        </View>
      ) : null}

      {message ? (
        <View className="yz-subsidy-form__error" role="alert">
          <Text>{message}</Text>
        </View>
      ) : null}
      <ActionButton className="yz-button" type="primary" size="xlarge" block loading={act.isPending} onClick={() => void submit()}>
        {act.isPending ? '正在提交…' : spec ? `确认${spec.label}` : '提交处理'}
      </ActionButton>
    </View>
  )
}
