import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { isRetryable } from '@/shared/api/errors'
import { useSubscribeOnTap } from '@/shared/api/subscriptions'
import { pageUrl } from '@/shared/config/routes'
import type { ApplicationForm } from '@/shared/contracts/policies'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import { newIdempotencyKey } from '@/shared/lib/idempotency-key'
import { ActionButton, ChoiceChip, FieldMessage, Section, TextField } from '@/shared/ui'
import { clearApplyDraft, loadApplyDraft, saveApplyDraft, type DraftScope } from '../api/draft-storage'
import { useApplyForSubsidy, useResubmitSubsidyApplication } from '../api/mutations'
import { findOpenApplication } from '../api/find-open-application'
import {
  draftFromApplication,
  emptyDraft,
  fieldProblem,
  fieldViews,
  noErrors,
  submitErrorView,
  toApplicationBody,
  type ApplyDraft,
  type FieldView,
  type FormErrors,
  type PhotoRef,
  type Refusal,
  type RefusalLink,
} from '../model/application-form'
import { DayPicker } from './day-picker'
import { MaterialUpload, useMaterialUploads } from './material-upload'
import './subsidies.scss'

/** What submitting may push: how the application goes. */
const SUBSIDY_PUSHES = ['subsidy_progress'] as const

export interface SubsidyApplyFormProps {
  policyId: string
  form: ApplicationForm
  /** Resubmitting after 需补充材料: prefilled from it, staff's note on top, sent with PUT. */
  resubmitting: SubsidyApplication | null
}

export const DECLARATION = '本人承诺所填信息和材料真实有效'

/** The record with this key's message set, or gone when null. */
function setEntry(record: Record<string, string>, key: string, message: string | null): Record<string, string> {
  const { [key]: _old, ...rest } = record
  return message ? { ...rest, [key]: message } : rest
}

const LINK_WORDS: Record<RefusalLink, string> = {
  existing: '查看我已提交的申请',
  policy: '查看政策详情',
  application: '查看申请进度',
  mine: '查看我的补贴申请',
}

/** Where a refusal's button leads: the application already made is looked up in my list. */
export async function followRefusal(link: RefusalLink, policyId: string, applicationId: string | null) {
  switch (link) {
    case 'existing': {
      const open = await findOpenApplication(policyId).catch(() => null)
      return void Taro.navigateTo({ url: open ? pageUrl.subsidyApplication(open.id) : pageUrl.mySubsidyApplications })
    }
    case 'policy':
      return void Taro.navigateTo({ url: pageUrl.policy(policyId) })
    case 'application':
      return void Taro.redirectTo({ url: applicationId ? pageUrl.subsidyApplication(applicationId) : pageUrl.mySubsidyApplications })
    case 'mine':
      return void Taro.redirectTo({ url: pageUrl.mySubsidyApplications })
  }
}

/** A refusal no change to the form can fix, in plain words, with one way on. */
export function RefusalNotice({ refusal, onFollow }: { refusal: Refusal; onFollow: (link: RefusalLink) => void }) {
  const { link } = refusal
  return (
    <View className="yz-subsidy-refusal" role="alert">
      <Text className="yz-subsidy-refusal__title">{refusal.title}</Text>
      <Text className="yz-subsidy-refusal__message">{refusal.message}</Text>
      {link ? (
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => onFollow(link)}>
          {LINK_WORDS[link]}
        </ActionButton>
      ) : null}
    </View>
  )
}

function DateField({ field, value, error, onChange }: { field: FieldView; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const labelId = `yz-subsidy-field-${field.key}`
  return (
    <View className="yz-field">
      <Text className="yz-field__label" id={labelId}>
        {field.label}
      </Text>
      <DayPicker labelledBy={labelId} value={value} placeholder={field.placeholder} invalid={Boolean(error)} onChange={onChange} />
      {error ? <FieldMessage tone="error" text={error} /> : field.hint ? <FieldMessage tone="hint" text={field.hint} /> : null}
    </View>
  )
}

function ChoiceField({ field, value, error, onChange }: { field: FieldView; value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <View className="yz-field" role="group" aria-label={field.label}>
      <Text className="yz-field__label">{field.label}</Text>
      <View className="yz-subsidy-chips">
        {field.options.map((option) => (
          // Tapping the chosen one again clears it (an optional choice may stay empty).
          <ChoiceChip key={option} text={option} selected={value === option} onTap={() => onChange(value === option ? '' : option)} />
        ))}
      </View>
      {error ? <FieldMessage tone="error" text={error} /> : field.hint ? <FieldMessage tone="hint" text={field.hint} /> : null}
    </View>
  )
}

/**
 * The online application of one policy: its fields by kind, photos of each material (checked, then
 * uploaded one by one with their progress), the declaration, 提交. Everything is kept on the phone
 * while it is filled in; a submission carries an Idempotency-Key kept with the draft, so tapping
 * 提交 again after a dropped connection submits once. The server's refusals land on their fields.
 */
export function SubsidyApplyForm({ policyId, form, resubmitting }: SubsidyApplyFormProps) {
  const scope: DraftScope = { policyId, applicationId: resubmitting?.id }
  const [draft, setDraft] = useState<ApplyDraft>(
    () => loadApplyDraft(scope, form) ?? (resubmitting ? draftFromApplication(resubmitting, form) : emptyDraft()),
  )
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [formMessage, setFormMessage] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const apply = useApplyForSubsidy(policyId)
  const resubmit = useResubmitSubsidyApplication(resubmitting?.id ?? '')
  const askForPushes = useSubscribeOnTap(SUBSIDY_PUSHES)
  const views = fieldViews(form)

  useEffect(() => saveApplyDraft(scope, draft), [draft]) // eslint-disable-line react-hooks/exhaustive-deps -- the scope is fixed for the page's life

  const addPhoto = (materialKey: string, photo: PhotoRef) => {
    setDraft((current) => ({ ...current, photos: { ...current.photos, [materialKey]: [...(current.photos[materialKey] ?? []), photo] } }))
    setErrors((current) => ({ ...current, materials: setEntry(current.materials, materialKey, null) }))
  }
  const uploads = useMaterialUploads(addPhoto)

  const setValue = (key: string, value: string) => {
    setDraft((current) => ({ ...current, values: { ...current.values, [key]: value } }))
    setErrors((current) => ({ ...current, fields: setEntry(current.fields, key, null) }))
  }
  const checkValue = (key: string, value: string) => {
    const field = form.fields.find((f) => f.key === key)
    // An empty field on leaving it is not yet a mistake; 提交 will say so.
    if (!field || !value.trim()) return
    const problem = fieldProblem(field, value)
    setErrors((current) => ({ ...current, fields: setEntry(current.fields, key, problem) }))
  }
  const setMaterialProblem = (key: string, problem: string | null) =>
    setErrors((current) => ({ ...current, materials: setEntry(current.materials, key, problem) }))
  const removePhoto = (key: string, photo: PhotoRef) =>
    setDraft((current) => ({ ...current, photos: { ...current.photos, [key]: (current.photos[key] ?? []).filter((p) => p.id !== photo.id) } }))

  const done = (application: SubsidyApplication) => {
    clearApplyDraft(scope)
    void Taro.redirectTo({ url: pageUrl.subsidyApplication(application.id) })
  }
  const failed = (error: unknown) => {
    const view = submitErrorView(error)
    setErrors(view.errors)
    setFormMessage(view.form)
    setRefusal(view.refusal)
  }

  const submit = () => {
    setFormMessage(null)
    setRefusal(null)
    if (uploads.uploading) return setFormMessage('照片还在上传，请等上传完再提交')
    const result = toApplicationBody(form, draft)
    if ('errors' in result) {
      setErrors(result.errors)
      return setFormMessage('还有没填好的地方，请看标红的提示')
    }
    setErrors(noErrors())
    // Inside the tap (WeChat asks only then): consent to hear how the application goes.
    askForPushes()
    if (resubmitting) return resubmit.mutate(result.body, { onSuccess: done, onError: failed })
    // Kept on the phone before it is sent: a retry, even after a restart, is the same submission.
    const key = draft.submitKey ?? newIdempotencyKey('subsidy')
    const sending = { ...draft, submitKey: key }
    saveApplyDraft(scope, sending)
    setDraft(sending)
    apply.mutate(
      { body: result.body, key },
      {
        onSuccess: done,
        onError: (error) => {
          // The server has answered for sure: the next 提交 is a new submission.
          if (!isRetryable(error)) setDraft((current) => ({ ...current, submitKey: null }))
          failed(error)
        },
      },
    )
  }

  const sending = apply.isPending || resubmit.isPending
  return (
    <View className="yz-subsidy-form">
      {resubmitting?.staffNote ? (
        <View className="yz-subsidy-note yz-subsidy-note--todo" role="status">
          <Text className="yz-subsidy-note__title">工作人员请您补充</Text>
          <Text className="yz-subsidy-note__text">{resubmitting.staffNote}</Text>
        </View>
      ) : null}

      {views.length > 0 ? (
        <Section title="填写信息">
          {views.map((field) => {
            const value = draft.values[field.key] ?? ''
            const error = errors.fields[field.key]
            if (field.kind === 'date') return <DateField key={field.key} field={field} value={value} error={error} onChange={(v) => setValue(field.key, v)} />
            if (field.kind === 'choice') return <ChoiceField key={field.key} field={field} value={value} error={error} onChange={(v) => setValue(field.key, v)} />
            return (
              <TextField
                key={field.key}
                id={`subsidy-${field.key}`}
                label={field.label}
                placeholder={field.placeholder}
                maxlength={200}
                type={field.keyboard}
                hint={field.hint ?? undefined}
                value={value}
                error={error}
                onInput={(v) => setValue(field.key, v)}
                onBlur={(v) => checkValue(field.key, v)}
              />
            )
          })}
        </Section>
      ) : null}

      {form.materials.length > 0 ? (
        <Section title="上传材料">
          {form.materials.map((material) => (
            <MaterialUpload
              key={material.key}
              material={material}
              photos={draft.photos[material.key] ?? []}
              pending={uploads.pending[material.key] ?? []}
              error={errors.materials[material.key] ?? null}
              onChoose={(file) => uploads.start(material.key, file)}
              onProblem={(problem) => setMaterialProblem(material.key, problem)}
              onRemove={(photo) => removePhoto(material.key, photo)}
              onRetry={(photo) => uploads.retry(material.key, photo)}
              onDrop={(photo) => uploads.drop(material.key, photo)}
            />
          ))}
        </Section>
      ) : null}

      <View className="yz-subsidy-declaration">
        <ChoiceChip
          text={DECLARATION}
          selected={draft.declared}
          onTap={() => {
            setDraft((current) => ({ ...current, declared: !current.declared }))
            setErrors((current) => ({ ...current, declaration: null }))
          }}
        />
        {errors.declaration ? <FieldMessage tone="error" text={errors.declaration} /> : null}
      </View>

      {refusal ? <RefusalNotice refusal={refusal} onFollow={(link) => void followRefusal(link, policyId, resubmitting?.id ?? null)} /> : null}
      {formMessage ? (
        <View className="yz-subsidy-form__error" role="alert">
          <Text>{formMessage}</Text>
        </View>
      ) : null}

      <View className="yz-subsidy-cta">
        <ActionButton className="yz-button" type="primary" size="xlarge" block loading={sending} onClick={submit}>
          {sending ? '正在提交…' : resubmitting ? '重新提交' : '提交申请'}
        </ActionButton>
      </View>
    </View>
  )
}
