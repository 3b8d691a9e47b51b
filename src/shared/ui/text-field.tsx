import { Input, Text, View } from '@tarojs/components'
import './text-field.scss'

type InputEvent = { detail: { value: string } }

export interface TextFieldProps {
  /** Unique on the page: names the label for screen readers. */
  id: string
  label: string
  value: string
  placeholder: string
  maxlength: number
  /** `number`: the digit keyboard (phone numbers); `digit`: with a decimal point (coordinates). */
  type?: 'text' | 'number' | 'digit'
  /** Wrong: the form will not go until it is fixed. */
  error?: string | null
  /** Worth a second look, but accepted. */
  warning?: string | null
  /** Under the field while it has nothing to complain about. */
  hint?: string
  /** The form's own class for its spacing, beside `yz-field`. */
  className?: string
  onInput: (value: string) => void
  onBlur?: (value: string) => void
}

/** A labelled one-line text field with what is wrong (or worth checking, or a hint) right under it. */
export function TextField({ id, label, value, placeholder, maxlength, type = 'text', error, warning, hint, className, onInput, onBlur }: TextFieldProps) {
  const labelId = `yz-field-${id}`
  return (
    <View className={className ? `yz-field ${className}` : 'yz-field'}>
      <Text className="yz-field__label" id={labelId}>
        {label}
      </Text>
      <Input
        className={`yz-field__input${error ? ' yz-field__input--invalid' : warning ? ' yz-field__input--warning' : ''}`}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        aria-labelledby={labelId}
        value={value}
        onInput={(event: InputEvent) => onInput(event.detail.value)}
        onBlur={(event: InputEvent) => onBlur?.(event.detail.value)}
      />
      {error ? <FieldMessage tone="error" text={error} /> : warning ? <FieldMessage tone="warning" text={warning} /> : hint ? <FieldMessage tone="hint" text={hint} /> : null}
    </View>
  )
}

export interface FieldMessageProps {
  tone: 'error' | 'warning' | 'hint'
  text: string
}

/**
 * The line under a field: an error is announced as it appears (alert), a warning politely (status),
 * a hint not at all.
 */
export function FieldMessage({ tone, text }: FieldMessageProps) {
  const role = tone === 'error' ? 'alert' : tone === 'warning' ? 'status' : undefined
  return (
    <View className={`yz-field__${tone}`} role={role}>
      <Text>{text}</Text>
    </View>
  )
}
