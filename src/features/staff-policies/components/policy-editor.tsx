import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { POLICY_TITLE_MAX, PolicyCategories, PolicyStatuses, type Policy, type PolicyCategory } from '@/shared/contracts/policies'
import { ActionButton, PageEmpty, PageError, PageLoading, Section, Tappable } from '@/shared/ui'
import { clearPolicyDraft, loadPolicyDraft, savePolicyDraft } from '../api/draft-storage'
import { useCreatePolicy, usePublishPolicy, useUpdatePolicy, useWithdrawPolicy } from '../api/mutations'
import { staffPolicyQueries } from '../api/staff-policy-queries'
import {
  changedFields,
  emptyPolicyForm,
  formDiffers,
  formFromPolicy,
  regionChoices,
  regionHint,
  saveErrorView,
  validatePolicyForm,
  type FormErrors,
  type PolicyFormValues,
} from '../model/policy-form'
import { ApplicationFormEditor } from './application-form-editor'
import { BlockEditor } from './block-editor'
import { ConditionBuilder } from './condition-builder'
import { Chips, Field, ItemTools, TextInput } from './form-bits'
import { WithdrawPanel } from './policy-actions'
import './staff-policies.scss'

const CATEGORY_OPTIONS = (Object.keys(PolicyCategories) as PolicyCategory[]).map((value) => ({ value, label: PolicyCategories[value] }))
const AMOUNT_KINDS = [
  { value: 'fixed', label: '固定金额' },
  { value: 'range', label: '金额范围' },
  { value: 'formula', label: '按计算方法' },
] as const
const APPLY_KINDS = [
  { value: 'offline', label: '线下窗口办理' },
  { value: 'online', label: '在本应用网上申请' },
] as const

/** What the form starts with: a draft left unsaved last time, else the policy as saved (or an empty form). */
function initialForm(policy: Policy | null, base: PolicyFormValues) {
  const draft = loadPolicyDraft(policy?.id ?? null)
  if (!draft || !formDiffers(draft.values, base)) return { values: base, restored: null }
  // Someone saved the policy after this draft began: the person should look before saving over it.
  return { values: draft.values, restored: { changedSince: policy !== null && draft.base !== policy.updatedAt } }
}

function DateField({ id, label, value, error, hint, onChange }: { id: string; label: string; value: string; error?: string; hint?: string; onChange: (value: string) => void }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Picker mode="date" value={value || new Date().toISOString().slice(0, 10)} onChange={(event: { detail: { value: string } }) => onChange(event.detail.value)}>
        <View className={`yz-policy-picker${error ? ' yz-policy-picker--invalid' : ''}`} aria-labelledby={`yz-policy-${id}`}>
          <Text>{value || '请选择日期'}</Text>
          <Text className="yz-policy-picker__change">选择 ›</Text>
        </View>
      </Picker>
    </Field>
  )
}

interface PolicyFormProps {
  /** The policy being edited; null for a new one. */
  policy: Policy | null
  /** The staff member's district; null city-wide; undefined when it could not be learnt. */
  scope: string | null | undefined
  onCreated: (policy: Policy) => void
}

function PolicyForm({ policy, scope, onCreated }: PolicyFormProps) {
  const policyId = policy?.id ?? null
  const base = useMemo(() => (policy ? formFromPolicy(policy) : emptyPolicyForm(scope ?? '')), [policy, scope])
  const [initial] = useState(() => initialForm(policy, base))
  const [values, setValues] = useState<PolicyFormValues>(initial.values)
  const [restored, setRestored] = useState(initial.restored)
  const [errors, setErrors] = useState<FormErrors>({})
  const [notice, setNotice] = useState<string | null>(null)
  const create = useCreatePolicy()
  const update = useUpdatePolicy()
  const publish = usePublishPolicy()
  const withdraw = useWithdrawPolicy()
  const pending = create.isPending || update.isPending || publish.isPending
  const dirty = formDiffers(values, base)

  // The draft follows the form: kept while it differs from what is saved, dropped when it does not.
  useEffect(() => {
    if (formDiffers(values, base)) savePolicyDraft(policyId, { values, base: policy?.updatedAt ?? null })
    else clearPolicyDraft(policyId)
  }, [values, base, policyId, policy?.updatedAt])

  /** A change, and the messages it makes stale (by key prefix: `amount` clears `amount.fen` too). */
  const edit = (patch: Partial<PolicyFormValues>, ...stale: string[]) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== 'form' && !stale.some((s) => key === s || key.startsWith(`${s}.`)))))
    setNotice(null)
  }

  const showError = (error: unknown) => {
    const view = saveErrorView(error)
    setErrors((current) => ({ ...current, ...view.fields, ...(view.form ? { form: view.form } : {}) }))
  }

  /** The form checked; its errors shown when it is not ready. */
  const checked = () => {
    const result = validatePolicyForm(values)
    if (result.ok) {
      setErrors({})
      return result.body
    }
    const count = Object.keys(result.errors).filter((key) => key !== 'form').length
    setErrors({ ...result.errors, form: result.errors.form ?? `有 ${count} 处需要修改，请看红字` })
    return null
  }

  const saved = (updated: Policy, message: string) => {
    clearPolicyDraft(updated.id)
    setValues(formFromPolicy(updated))
    setRestored(null)
    setNotice(message)
    void Taro.showToast({ title: '已保存', icon: 'success' })
  }

  const submit = () => {
    setNotice(null)
    const body = checked()
    if (!body) return
    if (!policy) {
      create.mutate(body, {
        onSuccess: (created) => {
          clearPolicyDraft(null)
          onCreated(created)
        },
        onError: showError,
      })
      return
    }
    const changes = changedFields(policy, body)
    if (Object.keys(changes).length === 0) return setNotice('没有改动，不用保存')
    update.mutate(
      { id: policy.id, body: changes },
      { onSuccess: (updated) => saved(updated, policy.status === 'published' ? '已保存。新符合条件的人会收到通知。' : '已保存草稿'), onError: showError },
    )
  }

  const publishNow = async () => {
    if (!policy) return
    setNotice(null)
    const body = dirty ? checked() : null
    if (dirty && !body) return
    const { confirm } = await Taro.showModal({
      title: '发布这条政策？',
      content: dirty ? '会先保存您的修改。发布后所有人都能看到，符合条件的人会收到通知。' : '发布后所有人都能看到，符合条件的人会收到通知。',
      confirmText: '发布',
      cancelText: '再看看',
    })
    if (!confirm) return
    if (body) {
      const changes = changedFields(policy, body)
      if (Object.keys(changes).length > 0) {
        try {
          saved(await update.mutateAsync({ id: policy.id, body: changes }), '已保存')
        } catch (error) {
          return showError(error)
        }
      }
    }
    publish.mutate(policy.id, {
      onSuccess: () => {
        setNotice('已发布，所有人都能看到了；符合条件的人会收到通知。')
        void Taro.showToast({ title: '已发布', icon: 'success' })
      },
      onError: showError,
    })
  }

  const withdrawNow = async (reason: string) => {
    if (!policy) return
    const { confirm } = await Taro.showModal({ title: '撤回这条政策？', content: '撤回后不再对外显示，也不能再修改。', confirmText: '撤回', cancelText: '不撤回' })
    if (!confirm) return
    withdraw.mutate(
      { id: policy.id, reason },
      {
        onSuccess: () => {
          clearPolicyDraft(policy.id)
          void Taro.showToast({ title: '已撤回', icon: 'success' })
        },
      },
    )
  }

  const discardDraft = () => {
    clearPolicyDraft(policyId)
    setValues(base)
    setErrors({})
    setRestored(null)
  }

  const text = (key: 'title' | 'issuer' | 'docNumber' | 'audience') => ({ labelledBy: key, value: values[key], invalid: Boolean(errors[key]), onChange: (value: string) => edit({ [key]: value }, key) })

  return (
    <View className="yz-policy-editor">
      {policy ? (
        <View className="yz-policy-editor__status" role="status">
          <Text>{policy.status === 'published' ? `${PolicyStatuses.published}（第 ${policy.version} 版）` : PolicyStatuses[policy.status]}</Text>
          {policy.expired ? <Text className="yz-policy-editor__expired">已过截止日期</Text> : null}
        </View>
      ) : null}
      {policy && scope && policy.region !== scope ? (
        <View className="yz-policy-editor__error" role="note">
          <Text>{`这是${policy.region}的政策，不归您负责：可以查看，不能修改、发布或撤回。`}</Text>
        </View>
      ) : null}
      {restored ? (
        <View className="yz-policy-editor__restored" role="status">
          <Text>{restored.changedSince ? '已恢复您上次没保存的修改。这条政策在那之后被别人改过，请核对后再保存。' : '已恢复您上次没保存的修改。'}</Text>
          <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={discardDraft}>
            {policy ? '放弃修改，用已保存的内容' : '清空重填'}
          </ActionButton>
        </View>
      ) : null}

      <Section title="基本信息">
        <Field id="title" label="政策名称" error={errors.title}>
          <TextInput {...text('title')} placeholder="如 长治市一次性创业补贴" maxlength={POLICY_TITLE_MAX} />
        </Field>
        <Field id="issuer" label="发文单位" error={errors.issuer}>
          <TextInput {...text('issuer')} placeholder="如 长治市人力资源和社会保障局" maxlength={100} />
        </Field>
        <Field id="docNumber" label="文号" hint="没有文号可以不填" error={errors.docNumber}>
          <TextInput {...text('docNumber')} placeholder="如 长人社发〔2024〕12号" maxlength={60} />
        </Field>
        <Field id="region" label="适用地区" hint={regionHint(scope)} error={errors.region}>
          <Chips label="适用地区" options={regionChoices(scope, values.region).map((value) => ({ value, label: value }))} chosen={[values.region]} onTap={(region) => edit({ region }, 'region')} />
        </Field>
        <Field id="category" label="政策类别" error={errors.category}>
          <Chips label="政策类别" options={CATEGORY_OPTIONS} chosen={values.category ? [values.category] : []} onTap={(category) => edit({ category }, 'category')} />
        </Field>
        <Field id="audience" label="适用对象" hint="用大白话写清楚谁能申请" error={errors.audience}>
          <TextInput {...text('audience')} placeholder="如 毕业 2 年内的高校毕业生首次创业" maxlength={500} multiline />
        </Field>
      </Section>

      <Section title="补贴金额">
        <Field id="amount" label="金额的写法" error={errors.amount}>
          <Chips label="金额的写法" options={AMOUNT_KINDS} chosen={[values.amountKind]} onTap={(amountKind) => edit({ amountKind }, 'amount')} />
        </Field>
        {values.amountKind === 'fixed' ? (
          <Field id="amountYuan" label="金额（元）" error={errors['amount.fen']}>
            <TextInput labelledBy="amountYuan" type="digit" value={values.amountYuan} placeholder="如 5000" maxlength={12} invalid={Boolean(errors['amount.fen'])} onChange={(amountYuan) => edit({ amountYuan }, 'amount')} />
          </Field>
        ) : values.amountKind === 'range' ? (
          <>
            <Field id="minYuan" label="最低金额（元）" hint="只说“最高多少”时填 0" error={errors['amount.minFen']}>
              <TextInput labelledBy="minYuan" type="digit" value={values.minYuan} placeholder="如 1000" maxlength={12} invalid={Boolean(errors['amount.minFen'])} onChange={(minYuan) => edit({ minYuan }, 'amount')} />
            </Field>
            <Field id="maxYuan" label="最高金额（元）" error={errors['amount.maxFen']}>
              <TextInput labelledBy="maxYuan" type="digit" value={values.maxYuan} placeholder="如 3000" maxlength={12} invalid={Boolean(errors['amount.maxFen'])} onChange={(maxYuan) => edit({ maxYuan }, 'amount')} />
            </Field>
          </>
        ) : (
          <Field id="formulaText" label="计算方法" error={errors['amount.text']}>
            <TextInput labelledBy="formulaText" value={values.formulaText} placeholder="如 按实际缴纳社会保险费的 2/3 补贴" maxlength={200} multiline invalid={Boolean(errors['amount.text'])} onChange={(formulaText) => edit({ formulaText }, 'amount')} />
          </Field>
        )}
      </Section>

      <Section title="申请材料">
        {values.materials.map((line, i) => {
          const name = `材料 ${i + 1}`
          return (
            <Field key={i} id={`material-${i}`} label={name} error={errors[`materials.${i}`]}>
              <TextInput
                labelledBy={`material-${i}`}
                value={line}
                placeholder="如 身份证原件及复印件"
                maxlength={200}
                invalid={Boolean(errors[`materials.${i}`])}
                onChange={(value) => edit({ materials: values.materials.map((m, j) => (j === i ? value : m)) }, 'materials')}
              />
              <ItemTools
                name={name}
                first={i === 0}
                last={i === values.materials.length - 1}
                onMove={(step) => {
                  const next = [...values.materials]
                  ;[next[i], next[i + step]] = [next[i + step]!, next[i]!]
                  edit({ materials: next }, 'materials')
                }}
                onRemove={() => edit({ materials: values.materials.filter((_, j) => j !== i) }, 'materials')}
              />
            </Field>
          )
        })}
        {errors.materials ? <Text className="yz-policy-error">{errors.materials}</Text> : null}
        <Tappable className="yz-policy-adders__button" label="添加一项材料" onTap={() => edit({ materials: [...values.materials, ''] }, 'materials')}>
          <Text>＋ 加一项材料</Text>
        </Tappable>
      </Section>

      <Section title="申请方式">
        <Field id="applyKind" label="怎么申请" error={errors.applyMethod}>
          <Chips label="怎么申请" options={APPLY_KINDS} chosen={[values.applyKind]} onTap={(applyKind) => edit({ applyKind }, 'applyMethod', 'applicationForm')} />
        </Field>
        {values.applyKind === 'offline' ? (
          <>
            <Field id="applyPlace" label="办理地点" error={errors['applyMethod.place']}>
              <TextInput labelledBy="applyPlace" value={values.applyPlace} placeholder="如 长治市政务服务中心二楼 12 号窗口" maxlength={200} invalid={Boolean(errors['applyMethod.place'])} onChange={(applyPlace) => edit({ applyPlace }, 'applyMethod')} />
            </Field>
            <Field id="applyHours" label="办理时间" error={errors['applyMethod.hours']}>
              <TextInput labelledBy="applyHours" value={values.applyHours} placeholder="如 工作日 9:00–12:00、13:30–17:00" maxlength={100} invalid={Boolean(errors['applyMethod.hours'])} onChange={(applyHours) => edit({ applyHours }, 'applyMethod')} />
            </Field>
          </>
        ) : (
          <ApplicationFormEditor form={values.applicationForm} errors={errors} onChange={(applicationForm) => edit({ applicationForm }, 'applicationForm')} />
        )}
      </Section>

      <Section title="有效期">
        <DateField id="effectiveFrom" label="生效日期" value={values.effectiveFrom} error={errors.effectiveFrom} onChange={(effectiveFrom) => edit({ effectiveFrom }, 'effectiveFrom', 'expiresOn')} />
        <DateField id="expiresOn" label="申请截止日期" hint={values.expiresOn ? undefined : '不选就是长期有效'} value={values.expiresOn} error={errors.expiresOn} onChange={(expiresOn) => edit({ expiresOn }, 'expiresOn')} />
        {values.expiresOn ? (
          <Tappable className="yz-policy-adders__button" label="不设截止日期" onTap={() => edit({ expiresOn: '' }, 'expiresOn')}>
            <Text>不设截止日期</Text>
          </Tappable>
        ) : null}
      </Section>

      <Section title="申请条件">
        <ConditionBuilder draft={values.conditions} errors={errors} onChange={(conditions) => edit({ conditions }, 'conditions')} />
      </Section>

      <Section title="政策正文">
        <BlockEditor blocks={values.blocks} errors={errors} onChange={(blocks) => edit({ blocks }, 'fullText')} />
      </Section>

      <View className="yz-policy-editor__actions">
        {policy?.status === 'published' ? (
          <View className="yz-policy-editor__notice" role="note">
            <Text>这条政策已发布。保存修改后，因这次修改而新符合条件的人会收到通知。</Text>
          </View>
        ) : null}
        {errors.form ? (
          <View className="yz-policy-editor__error" role="alert">
            <Text>{errors.form}</Text>
          </View>
        ) : null}
        {notice ? (
          <View className="yz-policy-editor__notice" role="status">
            <Text>{notice}</Text>
          </View>
        ) : null}
        <ActionButton className="yz-button" type="primary" size="xlarge" block loading={create.isPending || update.isPending} disabled={pending} onClick={submit}>
          {policy ? '保存修改' : '保存草稿'}
        </ActionButton>
        {policy?.status === 'draft' ? (
          <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block loading={publish.isPending} disabled={pending} onClick={() => void publishNow()}>
            {dirty ? '保存并发布' : '发布'}
          </ActionButton>
        ) : null}
        {policy?.status === 'published' ? (
          <WithdrawPanel pending={withdraw.isPending} failure={withdraw.isError ? errorMessage(withdraw.error) : null} onWithdraw={(reason) => void withdrawNow(reason)} />
        ) : null}
      </View>
    </View>
  )
}

export interface PolicyEditorProps {
  /** The policy to edit; null for 新建政策. */
  policyId: string | null
  onCreated: (policy: Policy) => void
  onSignIn: () => void
  onBackToList: () => void
}

/** A policy's edit page (or a new policy's). A withdrawn policy is shown with its reason, not edited. */
export function PolicyEditor({ policyId, onCreated, onSignIn, onBackToList }: PolicyEditorProps) {
  const query = useQuery({ ...staffPolicyQueries.detail(policyId ?? ''), enabled: policyId !== null })
  // Without it the form offers every region and the server's 403 says which are not this person's.
  const scope = useQuery(staffPolicyQueries.scope())
  const district = scope.isSuccess ? scope.data : undefined

  if (scope.isPending) return <PageLoading text="正在加载…" />
  if (policyId === null) return <PolicyForm key="new" policy={null} scope={district} onCreated={onCreated} />
  if (query.isPending) return <PageLoading text="正在加载政策…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 401) {
      return <PageEmpty title="请先登录" message="用工作人员的账号登录后，修改政策。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <PageEmpty title="没有找到这条政策" message="它可能不归您负责。请回到政策列表重新打开。" action={{ text: '回到政策列表', onClick: onBackToList }} />
    }
    return <PageError title="政策没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  const policy = query.data
  if (policy.status === 'withdrawn') {
    return (
      <PageEmpty
        title={`「${policy.title}」已撤回`}
        message={`撤回理由：${policy.withdrawnReason ?? '（没有写）'}。撤回的政策不再对外显示，也不能再修改；需要的话请新建一条。`}
        action={{ text: '回到政策列表', onClick: onBackToList }}
      />
    )
  }
  return <PolicyForm key={policy.id} policy={policy} scope={district} onCreated={onCreated} />
}
