import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ChoiceChip, FieldMessage, Tappable } from '@/shared/ui'

type InputEvent = { detail: { value: string } }

export interface FieldProps {
  /** Unique on the page: names the label for screen readers. */
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** One labelled part of the form, with what is wrong right under it (outlined in red). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <View className={`yz-policy-field${error ? ' yz-policy-field--invalid' : ''}`}>
      <Text className="yz-policy-field__label" id={`yz-policy-${id}`}>
        {label}
      </Text>
      {hint ? <Text className="yz-policy-field__hint">{hint}</Text> : null}
      <View className="yz-policy-field__control">{children}</View>
      {error ? <FieldMessage tone="error" text={error} /> : null}
    </View>
  )
}

export interface TextInputProps {
  /** The Field's id: the input is named by its label. */
  labelledBy: string
  value: string
  placeholder: string
  maxlength: number
  invalid?: boolean
  /** Several lines, growing with the text. */
  multiline?: boolean
  type?: 'text' | 'number' | 'digit'
  /** A name of its own when the field holds several inputs (最低/最高). */
  label?: string
  onChange: (value: string) => void
}

export function TextInput({ labelledBy, value, placeholder, maxlength, invalid = false, multiline = false, type = 'text', label, onChange }: TextInputProps) {
  const naming = label ? { 'aria-label': label } : { 'aria-labelledby': `yz-policy-${labelledBy}` }
  if (multiline) {
    return (
      <Textarea
        className={`yz-policy-textarea${invalid ? ' yz-policy-textarea--invalid' : ''}`}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        autoHeight
        {...naming}
        onInput={(event: InputEvent) => onChange(event.detail.value)}
      />
    )
  }
  return (
    <Input
      className={`yz-policy-input${invalid ? ' yz-policy-input--invalid' : ''}`}
      type={type}
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      {...naming}
      onInput={(event: InputEvent) => onChange(event.detail.value)}
    />
  )
}

export interface ChipsProps<T extends string | number | boolean> {
  options: readonly { value: T; label: string }[]
  /** The chosen ones (one for a single choice). */
  chosen: readonly T[]
  label: string
  onTap: (value: T) => void
}

/** A row of choices as chips. */
export function Chips<T extends string | number | boolean>({ options, chosen, label, onTap }: ChipsProps<T>) {
  return (
    <View className="yz-policy-chips" role="group" aria-label={label}>
      {options.map((option) => (
        <ChoiceChip key={String(option.value)} text={option.label} selected={chosen.includes(option.value)} onTap={() => onTap(option.value)} />
      ))}
    </View>
  )
}

/** Adds a value to a list, or takes it out when it is there, keeping `order`. */
export function toggled<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : order.filter((item) => item === value || list.includes(item))
}

export interface ItemToolsProps {
  /** Names the item in the buttons' accessible names: 「第 2 段」. */
  name: string
  first: boolean
  last: boolean
  onMove: (step: -1 | 1) => void
  onRemove: () => void
}

/** 上移 / 下移 / 删除 for one item of an editable list. */
export function ItemTools({ name, first, last, onMove, onRemove }: ItemToolsProps) {
  return (
    <View className="yz-policy-tools">
      {first ? null : (
        <Tappable className="yz-policy-tools__button" label={`${name}上移`} onTap={() => onMove(-1)}>
          <Text>上移</Text>
        </Tappable>
      )}
      {last ? null : (
        <Tappable className="yz-policy-tools__button" label={`${name}下移`} onTap={() => onMove(1)}>
          <Text>下移</Text>
        </Tappable>
      )}
      <Tappable className="yz-policy-tools__button yz-policy-tools__button--danger" label={`删除${name}`} onTap={onRemove}>
        <Text>删除</Text>
      </Tappable>
    </View>
  )
}
