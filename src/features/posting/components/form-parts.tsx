import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ChoiceChip, Tappable } from '@/shared/ui'

type InputEvent = { detail: { value: string } }

export interface FormFieldProps {
  /** Names the field; its id labels the control for screen readers. */
  id: string
  label: string
  /** Under the label: what to write, or that the field may stay empty. */
  hint?: string
  /** Shown under the control in red, the field outlined. */
  error?: string
  children: ReactNode
}

/** One labelled part of the form with its message; a field with a problem is outlined in red. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <View className={`yz-post-field${error ? ' yz-post-field--invalid' : ''}`} id={`yz-post-${id}`}>
      <Text className="yz-post-field__label" id={`yz-post-${id}-label`}>
        {label}
      </Text>
      {hint ? <Text className="yz-post-field__hint">{hint}</Text> : null}
      <View className="yz-post-field__control">{children}</View>
      {error ? (
        <View className="yz-post-field__error" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  )
}

export interface TextFieldProps {
  id: string
  value: string
  placeholder: string
  maxlength: number
  invalid: boolean
  /** Several lines (duties, requirements …). */
  multiline?: boolean
  /** `digit`: the keyboard with a decimal point (pay). */
  type?: 'text' | 'digit'
  onChange: (value: string) => void
  onBlur: () => void
}

/** A text box; a long one grows with what is written instead of clipping it. */
export function TextField({ id, value, placeholder, maxlength, invalid, multiline = false, type = 'text', onChange, onBlur }: TextFieldProps) {
  const onInput = (event: InputEvent) => onChange(event.detail.value)
  if (multiline) {
    return (
      <Textarea
        className={`yz-post-textarea${invalid ? ' yz-post-textarea--invalid' : ''}`}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        autoHeight
        aria-labelledby={`yz-post-${id}-label`}
        onInput={onInput}
        onBlur={() => onBlur()}
      />
    )
  }
  return (
    <Input
      className={`yz-post-input${invalid ? ' yz-post-input--invalid' : ''}`}
      type={type}
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      aria-labelledby={`yz-post-${id}-label`}
      onInput={onInput}
      onBlur={() => onBlur()}
    />
  )
}

export interface ChoiceOption<T extends string> {
  value: T
  label: string
  /** A second line under the label (a trade's other names). */
  note?: string
}

export interface ChoiceChipsProps<T extends string> {
  options: readonly ChoiceOption<T>[]
  value: T | null
  onChange: (value: T) => void
}

/** One of a few choices as big chips: no typing, and a screen reader hears which one is chosen. */
export function ChoiceChips<T extends string>({ options, value, onChange }: ChoiceChipsProps<T>) {
  return (
    <View className="yz-post-chips">
      {options.map((option) => (
        <ChoiceChip key={option.value} text={option.label} note={option.note} selected={option.value === value} onTap={() => onChange(option.value)} />
      ))}
    </View>
  )
}

export interface StepperProps {
  value: number
  min: number
  max: number
  unit: string
  onChange: (value: number) => void
}

/** A number changed with − and + (招聘人数): big buttons, no keyboard. */
export function Stepper({ value, min, max, unit, onChange }: StepperProps) {
  return (
    <View className="yz-post-stepper">
      <Tappable
        className={`yz-post-stepper__button${value <= min ? ' yz-post-stepper__button--off' : ''}`}
        label={`减少一${unit}`}
        onTap={() => onChange(Math.max(min, value - 1))}
      >
        <Text>－</Text>
      </Tappable>
      <Text className="yz-post-stepper__value">{`${value} ${unit}`}</Text>
      <Tappable
        className={`yz-post-stepper__button${value >= max ? ' yz-post-stepper__button--off' : ''}`}
        label={`增加一${unit}`}
        onTap={() => onChange(Math.min(max, value + 1))}
      >
        <Text>＋</Text>
      </Tappable>
    </View>
  )
}

export interface WhenPickerProps {
  mode: 'date' | 'time'
  value: string
  /** What the value reads as: 11月24日 周二. */
  text: string
  invalid: boolean
  /** Earliest date the wheel offers. */
  start?: string
  onChange: (value: string) => void
}

/** The platform's own date or time wheel behind a field showing the choice. */
export function WhenPicker({ mode, value, text, invalid, start, onChange }: WhenPickerProps) {
  return (
    <Picker mode={mode} value={value} start={start} onChange={(event: InputEvent) => onChange(event.detail.value)}>
      <View className={`yz-post-picker${invalid ? ' yz-post-picker--invalid' : ''}`}>
        <Text className="yz-post-picker__value">{text}</Text>
        <Text className="yz-post-picker__change">修改 ›</Text>
      </View>
    </Picker>
  )
}
