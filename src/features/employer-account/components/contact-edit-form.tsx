import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { UpdateEmployerBodySchema, type EmployerProfile } from '@/shared/contracts'
import { ActionButton, TextField } from '@/shared/ui'
import { useUpdateMyEmployer } from '../api/mutations'
import {
  NOTHING_CHANGED,
  contactChanges,
  contactErrorView,
  contactFieldsOf,
  contactValuesOf,
  type ContactErrors,
  type ContactField,
  type ContactValues,
} from '../model/profile'
import { DistrictPicker } from './district-picker'

const SPECS: Record<Exclude<ContactField, 'district'>, { label: string; placeholder: string; maxlength: number; type?: 'number' }> = {
  contactName: { label: '联系人', placeholder: '负责招工的人的姓名', maxlength: 20 },
  contactPhone: { label: '联系电话', placeholder: '11 位手机号', maxlength: 11, type: 'number' },
  address: { label: '地址', placeholder: '例如：潞州区英雄中路 100 号', maxlength: 200 },
}

const fieldError = (field: ContactField, value: string): string | null => {
  const result = UpdateEmployerBodySchema.shape[field].safeParse(value)
  return result.success ? null : (result.error.issues[0]?.message ?? '填写的内容不对')
}

export interface ContactEditFormProps {
  profile: EmployerProfile
  onDone: () => void
}

/** 修改联系方式: sends only what changed; refusals land on their field, what was typed stays. */
export function ContactEditForm({ profile, onDone }: ContactEditFormProps) {
  const [values, setValues] = useState<ContactValues>(() => contactValuesOf(profile))
  const [errors, setErrors] = useState<ContactErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const update = useUpdateMyEmployer()

  const change = (field: ContactField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }
  const check = (field: ContactField) => (value: string) => {
    if (value.trim()) setErrors((current) => ({ ...current, [field]: fieldError(field, value) ?? undefined }))
  }

  const save = () => {
    setFormError(null)
    const result = contactChanges(profile, values)
    if ('unchanged' in result) {
      setFormError(NOTHING_CHANGED)
      return
    }
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    update.mutate(result.body, {
      onSuccess: () => {
        void Taro.showToast({ title: '已保存', icon: 'success' })
        onDone()
      },
      onError: (error) => {
        const view = contactErrorView(error)
        setErrors(view.fields)
        setFormError(view.form)
      },
    })
  }

  return (
    <View className="yz-contact-edit">
      {contactFieldsOf(profile.kind).map((field) =>
        field === 'district' ? (
          <DistrictPicker key={field} value={values.district} onChange={change('district')} error={errors.district} />
        ) : (
          <TextField
            key={field}
            id={`contact-${field}`}
            {...SPECS[field]}
            value={values[field]}
            error={errors[field]}
            onInput={change(field)}
            onBlur={check(field)}
          />
        ),
      )}
      {formError ? (
        <View className="yz-register__form-error" role="alert">
          <Text>{formError}</Text>
        </View>
      ) : null}
      <ActionButton className="yz-button" type="primary" size="xlarge" block loading={update.isPending} onClick={save}>
        {update.isPending ? '正在保存…' : '保存'}
      </ActionButton>
      <ActionButton className="yz-button" type="default" size="xlarge" block disabled={update.isPending} onClick={onDone}>
        取消
      </ActionButton>
    </View>
  )
}
