import { Text, View } from '@tarojs/components'
import type { ApplicationField } from '@/shared/contracts/policies'
import { FieldMessage, Tappable } from '@/shared/ui'
import { FIELD_KIND_LABELS, addField, addMaterial, moveItem, removeItem, updateItem, type FormDraft } from '../model/application-form'
import type { FormErrors } from '../model/policy-form'
import { Chips, ItemTools, TextInput } from './form-bits'

export interface ApplicationFormEditorProps {
  form: FormDraft
  errors: FormErrors
  onChange: (form: FormDraft) => void
}

const KIND_OPTIONS = (Object.keys(FIELD_KIND_LABELS) as ApplicationField['kind'][]).map((value) => ({ value, label: FIELD_KIND_LABELS[value] }))
const REQUIRED_OPTIONS = [
  { value: true, label: '必填' },
  { value: false, label: '选填' },
]
const MAX_FILES = [1, 2, 3, 4, 5, 6, 9].map((value) => ({ value, label: `${value} 张` }))

/** What an online application asks for: fields to fill in and materials to photograph. */
export function ApplicationFormEditor({ form, errors, onChange }: ApplicationFormEditorProps) {
  return (
    <View className="yz-policy-appform">
      <Text className="yz-policy-appform__title">申请人要填写的内容</Text>
      {form.fields.map((field, i) => {
        const name = `填写项 ${i + 1}`
        const error = errors[`applicationForm.fields.${i}`]
        return (
          <View key={field.key} className={`yz-policy-block${error ? ' yz-policy-block--invalid' : ''}`} role="group" aria-label={name}>
            <View className="yz-policy-block__head">
              <Text className="yz-policy-block__name" id={`yz-policy-${field.key}`}>{`${name}（标识 ${field.key}）`}</Text>
              <ItemTools name={name} first={i === 0} last={i === form.fields.length - 1} onMove={(step) => onChange(moveItem(form, 'fields', field.key, step))} onRemove={() => onChange(removeItem(form, 'fields', field.key))} />
            </View>
            <TextInput labelledBy={field.key} label={`${name}的名称`} value={field.label} placeholder="如 银行卡号" maxlength={30} invalid={Boolean(error)} onChange={(label) => onChange(updateItem(form, 'fields', field.key, { label }))} />
            <Chips label={`${name}的类型`} options={KIND_OPTIONS} chosen={[field.kind]} onTap={(kind) => onChange(updateItem(form, 'fields', field.key, { kind }))} />
            <Chips label={`${name}是否必填`} options={REQUIRED_OPTIONS} chosen={[field.required]} onTap={(required) => onChange(updateItem(form, 'fields', field.key, { required }))} />
            <TextInput labelledBy={field.key} label={`${name}的填写说明`} value={field.hint} placeholder="填写说明（可不填），如 请填写本人一类银行卡号" maxlength={100} onChange={(hint) => onChange(updateItem(form, 'fields', field.key, { hint }))} />
            {field.kind === 'choice' ? (
              <TextInput labelledBy={field.key} label={`${name}的选项，一行一个`} value={field.optionsText} placeholder={'选项，一行一个，至少两个'} maxlength={400} multiline invalid={Boolean(error)} onChange={(optionsText) => onChange(updateItem(form, 'fields', field.key, { optionsText }))} />
            ) : null}
            {error ? <FieldMessage tone="error" text={error} /> : null}
          </View>
        )
      })}
      <Tappable className="yz-policy-adders__button" label="添加填写项" onTap={() => onChange(addField(form))}>
        <Text>＋ 填写项</Text>
      </Tappable>

      <Text className="yz-policy-appform__title">申请人要上传的材料照片</Text>
      {form.materials.map((material, i) => {
        const name = `材料 ${i + 1}`
        const error = errors[`applicationForm.materials.${i}`]
        return (
          <View key={material.key} className={`yz-policy-block${error ? ' yz-policy-block--invalid' : ''}`} role="group" aria-label={name}>
            <View className="yz-policy-block__head">
              <Text className="yz-policy-block__name" id={`yz-policy-${material.key}`}>{`${name}（标识 ${material.key}）`}</Text>
              <ItemTools name={name} first={i === 0} last={i === form.materials.length - 1} onMove={(step) => onChange(moveItem(form, 'materials', material.key, step))} onRemove={() => onChange(removeItem(form, 'materials', material.key))} />
            </View>
            <TextInput labelledBy={material.key} label={`${name}的名称`} value={material.label} placeholder="如 身份证正反面" maxlength={60} invalid={Boolean(error)} onChange={(label) => onChange(updateItem(form, 'materials', material.key, { label }))} />
            <Chips label={`${name}是否必须上传`} options={REQUIRED_OPTIONS} chosen={[material.required]} onTap={(required) => onChange(updateItem(form, 'materials', material.key, { required }))} />
            <Chips label={`${name}最多几张`} options={MAX_FILES} chosen={[material.maxFiles]} onTap={(maxFiles) => onChange(updateItem(form, 'materials', material.key, { maxFiles }))} />
            {error ? <FieldMessage tone="error" text={error} /> : null}
          </View>
        )
      })}
      <Tappable className="yz-policy-adders__button" label="添加材料" onTap={() => onChange(addMaterial(form))}>
        <Text>＋ 材料</Text>
      </Tappable>
      {errors.applicationForm ? <FieldMessage tone="error" text={errors.applicationForm} /> : null}
    </View>
  )
}
