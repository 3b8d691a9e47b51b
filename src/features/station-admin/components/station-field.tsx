import { Input, Text, View } from '@tarojs/components'

type InputEvent = { detail: { value: string } }

export interface StationFieldProps {
  /** Unique on the page: names the label for screen readers. */
  id: string
  label: string
  value: string
  placeholder: string
  maxlength: number
  /** `digit` brings up the number keyboard with a decimal point (coordinates). */
  type?: 'text' | 'number' | 'digit'
  error?: string | null
  /** Under the field while it has nothing to complain about. */
  hint?: string
  onInput: (value: string) => void
  onBlur?: (value: string) => void
}

/** What is wrong with a field, announced as it appears; nothing when there is nothing. */
export function FieldError({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <View className="yz-station-form__error" role="alert">
      <Text>{message}</Text>
    </View>
  )
}

/** A labelled text field with what is wrong right under it. */
export function StationField({ id, label, value, placeholder, maxlength, type = 'text', error, hint, onInput, onBlur }: StationFieldProps) {
  const labelId = `yz-station-form-${id}`
  return (
    <View className="yz-station-form__field">
      <Text className="yz-station-form__label" id={labelId}>
        {label}
      </Text>
      <Input
        className={`yz-station-form__input${error ? ' yz-station-form__input--invalid' : ''}`}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        aria-labelledby={labelId}
        value={value}
        onInput={(event: InputEvent) => onInput(event.detail.value)}
        onBlur={(event: InputEvent) => onBlur?.(event.detail.value)}
      />
      {error ? (
        <FieldError message={error} />
      ) : hint ? (
        <Text className="yz-station-form__hint">{hint}</Text>
      ) : null}
    </View>
  )
}
