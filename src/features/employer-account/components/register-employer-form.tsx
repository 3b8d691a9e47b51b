import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { EmployerKind, EmployerProfile } from '@/shared/contracts'
import { ActionButton, FieldMessage, Tappable, TextField } from '@/shared/ui'
import { useRegisterEmployer } from '../api/mutations'
import { clearRegisterDraft, loadRegisterDraft, saveRegisterDraft } from '../api/register-draft'
import {
  FIELDS_OF,
  KIND_CHOICES,
  creditCodeFeedback,
  registerErrorView,
  toRegisterBody,
  validateField,
  type RegisterErrors,
  type RegisterField,
} from '../model/register-form'
import { DistrictPicker } from './district-picker'
import './employer-account.scss'

export interface RegisterEmployerFormProps {
  /** Called once the server has made this account an employer. */
  onRegistered: (profile: EmployerProfile) => void
}

interface FieldSpec {
  label: string
  placeholder: string
  maxlength: number
  type?: 'number'
  hint?: string
}

type TextFieldName = Exclude<RegisterField, 'district'>
/** The district is chosen from a list; the rest are typed. */
const isTextField = (field: RegisterField): field is TextFieldName => field !== 'district'

const FIELD_SPECS: Record<TextFieldName, FieldSpec> = {
  enterpriseName: { label: '单位名称', placeholder: '与营业执照上的名称一致', maxlength: 100 },
  creditCode: { label: '统一社会信用代码', placeholder: '营业执照上的 18 位代码', maxlength: 24, hint: '18 位，只有数字和大写字母' },
  contactName: { label: '联系人', placeholder: '负责招工的人的姓名', maxlength: 20 },
  realName: { label: '真实姓名', placeholder: '与身份证上的姓名一致', maxlength: 20 },
  contactPhone: { label: '联系电话', placeholder: '11 位手机号', maxlength: 11, type: 'number' },
  address: { label: '地址', placeholder: '例如：潞州区英雄中路 100 号', maxlength: 200 },
}

/**
 * 登记用人单位: 企业或单位 (name, credit code, contact) or 个人 (real name), then phone, address and
 * district. Checked with the contract's own schemas as fields are left and on submit; the credit code
 * as it is typed (a failed checksum only warns). Everything typed is kept in storage and restored.
 */
export function RegisterEmployerForm({ onRegistered }: RegisterEmployerFormProps) {
  const [draft, setDraft] = useState(loadRegisterDraft)
  const [errors, setErrors] = useState<RegisterErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const register = useRegisterEmployer()
  const { kind, values } = draft

  useEffect(() => saveRegisterDraft(draft), [draft])

  const chooseKind = (next: EmployerKind) => {
    setDraft((current) => ({ ...current, kind: next }))
    setErrors({})
    setFormError(null)
  }

  const change = (field: RegisterField) => (value: string) => {
    setDraft((current) => ({ ...current, values: { ...current.values, [field]: value } }))
    // A symbol no code has is wrong at once; anything else waits until the field is left.
    const error = field === 'creditCode' ? creditCodeFeedback(value, false).error : null
    setErrors((current) => ({ ...current, [field]: error ?? undefined }))
  }

  const check = (field: RegisterField) => (value: string) => {
    // An empty field on leaving it is not yet a mistake; submit will say so.
    if (!kind || !value.trim()) return
    const error = field === 'creditCode' ? creditCodeFeedback(value, true).error : validateField(kind, field, value)
    setErrors((current) => ({ ...current, [field]: error ?? undefined }))
  }

  const chooseDistrict = (district: string) => {
    change('district')(district)
  }

  const submit = () => {
    setFormError(null)
    const result = toRegisterBody(draft)
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    register.mutate(result.body, {
      onSuccess: (profile) => {
        clearRegisterDraft()
        onRegistered(profile)
      },
      onError: (error) => {
        const view = registerErrorView(result.body.kind, error)
        setErrors(view.fields)
        setFormError(view.form)
      },
    })
  }

  const warning = kind === 'enterprise' && !errors.creditCode ? creditCodeFeedback(values.creditCode, false).warning : null

  return (
    <View className="yz-register">
      <Text className="yz-register__question">您以什么身份招工？</Text>
      <View className="yz-register__kinds">
        {KIND_CHOICES.map((choice) => {
          const chosen = choice.kind === kind
          return (
            <Tappable
              key={choice.kind}
              className={`yz-register__kind${chosen ? ' yz-register__kind--chosen' : ''}`}
              label={`${choice.title}：${choice.hint}${chosen ? '，已选' : ''}`}
              onTap={() => chooseKind(choice.kind)}
            >
              <Text className="yz-register__kind-title">{chosen ? `✓ ${choice.title}` : choice.title}</Text>
              <Text className="yz-register__kind-hint">{choice.hint}</Text>
            </Tappable>
          )
        })}
      </View>
      {errors.kind ? <FieldMessage tone="error" text={errors.kind} /> : null}

      {kind ? (
        <View className="yz-register__fields">
          {FIELDS_OF[kind].filter(isTextField).map((field) => {
            const spec = FIELD_SPECS[field]
            return (
              <TextField
                key={field}
                id={`register-${field}`}
                label={spec.label}
                placeholder={spec.placeholder}
                maxlength={spec.maxlength}
                type={spec.type}
                hint={spec.hint}
                value={values[field]}
                error={errors[field]}
                warning={field === 'creditCode' ? warning : null}
                onInput={change(field)}
                onBlur={check(field)}
              />
            )
          })}
          <DistrictPicker value={values.district} onChange={chooseDistrict} error={errors.district} />

          <Text className="yz-register__note">
            登记后可以先写岗位草稿。上传{kind === 'enterprise' ? '营业执照' : '身份证明'}、驿站核实通过后，岗位才能发布。
          </Text>

          {formError ? (
            <View className="yz-register__form-error" role="alert">
              <Text>{formError}</Text>
            </View>
          ) : null}

          <ActionButton className="yz-button" type="primary" size="xlarge" block loading={register.isPending} onClick={submit}>
            {register.isPending ? '正在提交…' : '提交登记'}
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
