import { Input, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { supportsWechatLogin } from '@/shared/platform'
import { ActionButton } from '@/shared/ui'
import { useLogin, useRequestOtp, useWechatLogin, useWechatPhoneLogin } from '../api/mutations'
import {
  DEFAULT_RESEND_SECONDS,
  loginErrorView,
  phoneNumberResult,
  validateField,
  validateLogin,
  type FieldErrors,
  type LoginField,
  type PhoneNumberDetail,
} from '../model/login-form'
import { useCountdown } from './use-countdown'
import './auth.scss'

export interface LoginFormProps {
  /** Called once the token is stored. */
  onSignedIn: () => void
}

type InputEvent = { detail: { value: string } }

interface LoginInputProps {
  field: LoginField
  label: string
  placeholder: string
  maxlength: number
  value: string
  error: string | undefined
  onInput: (event: InputEvent) => void
  onBlur: (event: InputEvent) => void
  /** Beside the input (the code's 获取验证码). */
  action?: ReactNode
  /** Under the input while there is no error. */
  note?: string
}

/** One labelled number field with its error under it; the label names the input for screen readers. */
function LoginInput({ field, label, placeholder, maxlength, value, error, onInput, onBlur, action, note }: LoginInputProps) {
  const labelId = `yz-login-${field}`
  return (
    <View className="yz-login__field">
      <Text className="yz-login__label" id={labelId}>
        {label}
      </Text>
      <View className="yz-login__control">
        <Input
          className={`yz-login__input${error ? ' yz-login__input--invalid' : ''}`}
          type="number"
          maxlength={maxlength}
          placeholder={placeholder}
          aria-labelledby={labelId}
          value={value}
          onInput={onInput}
          onBlur={onBlur}
        />
        {action}
      </View>
      {error ? <Text className="yz-login__error">{error}</Text> : note ? <Text className="yz-login__sent">{note}</Text> : null}
    </View>
  )
}

/**
 * Phone + SMS code, checked with the contract's own schemas on blur and on submit; the server's
 * answers land on the field they concern. What was typed stays whatever goes wrong.
 */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [values, setValues] = useState<Record<LoginField, string>>({ phone: '', code: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const countdown = useCountdown()
  const requestOtp = useRequestOtp()
  const login = useLogin()
  const wechatLogin = useWechatLogin()
  const wechatPhoneLogin = useWechatPhoneLogin()
  const wechatPending = wechatLogin.isPending || wechatPhoneLogin.isPending

  const showError = (error: unknown) => {
    const view = loginErrorView(error)
    setErrors((current) => ({ ...current, ...view.fields }))
    setFormError(view.form)
  }

  const change = (field: LoginField) => (event: InputEvent) => {
    const value = event.detail.value
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  const check = (field: LoginField) => (event: InputEvent) => {
    const value = event.detail.value
    // An empty field on blur is not yet a mistake; submit will say so.
    if (!value) return
    setErrors((current) => ({ ...current, [field]: validateField(field, value) ?? undefined }))
  }

  const sendCode = () => {
    const phoneError = validateField('phone', values.phone)
    if (phoneError) {
      setErrors((current) => ({ ...current, phone: phoneError }))
      return
    }
    setFormError(null)
    requestOtp.mutate(values.phone.trim(), {
      onSuccess: (result) => countdown.start(result.resendAfterSeconds || DEFAULT_RESEND_SECONDS),
      onError: showError,
    })
  }

  const submit = () => {
    const found = validateLogin(values)
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length > 0) return
    login.mutate({ phone: values.phone.trim(), code: values.code.trim() }, { onSuccess: onSignedIn, onError: showError })
  }

  const signInWithWechat = () => {
    setFormError(null)
    wechatLogin.mutate(undefined, { onSuccess: onSignedIn, onError: showError })
  }

  const signInWithPhoneNumber = (event: { detail?: PhoneNumberDetail }) => {
    const result = phoneNumberResult(event.detail)
    if ('declined' in result) return
    if ('error' in result) {
      setFormError(result.error)
      return
    }
    setFormError(null)
    wechatPhoneLogin.mutate(result.code, { onSuccess: onSignedIn, onError: showError })
  }

  const sendLabel = requestOtp.isPending ? '正在发送…' : countdown.left > 0 ? `${countdown.left} 秒后重发` : '获取验证码'

  return (
    <View className="yz-login">
      {supportsWechatLogin ? (
        <>
          {/* WeChat hands the tap's result to onGetPhoneNumber: the button needs no onClick. */}
          <ActionButton
            className="yz-button"
            type="success"
            size="xlarge"
            block
            openType="getPhoneNumber"
            loading={wechatPhoneLogin.isPending}
            disabled={wechatPending}
            onGetPhoneNumber={signInWithPhoneNumber}
          >
            微信手机号快捷登录
          </ActionButton>
          <Text className="yz-login__hint">用微信绑定的手机号登录，不用输入验证码。</Text>
          <Text className="yz-login__or">或者用短信验证码登录</Text>
        </>
      ) : null}

      <LoginInput
        field="phone"
        label="手机号"
        placeholder="请输入 11 位手机号"
        maxlength={11}
        value={values.phone}
        error={errors.phone}
        onInput={change('phone')}
        onBlur={check('phone')}
      />

      <LoginInput
        field="code"
        label="短信验证码"
        placeholder="6 位数字"
        maxlength={6}
        value={values.code}
        error={errors.code}
        onInput={change('code')}
        onBlur={check('code')}
        action={
          <ActionButton
            className="yz-login__send"
            type="primary"
            fill="outline"
            size="large"
            disabled={requestOtp.isPending || countdown.left > 0}
            onClick={sendCode}
          >
            {sendLabel}
          </ActionButton>
        }
        note={countdown.left > 0 ? '验证码已发送，5 分钟内有效' : undefined}
      />

      {formError ? (
        <View className="yz-login__form-error" role="alert">
          {formError}
        </View>
      ) : null}

      <ActionButton className="yz-button" type="primary" size="xlarge" block loading={login.isPending} onClick={submit}>
        {login.isPending ? '正在登录…' : '登录'}
      </ActionButton>

      {supportsWechatLogin ? (
        <>
          <Text className="yz-login__or">或者</Text>
          <ActionButton
            className="yz-button"
            type="success"
            fill="outline"
            size="xlarge"
            block
            loading={wechatLogin.isPending}
            disabled={wechatPhoneLogin.isPending}
            onClick={signInWithWechat}
          >
            微信一键登录
          </ActionButton>
        </>
      ) : null}

      <Text className="yz-login__hint">没有账号的手机号会自动注册为求职者。演示账号 13800000001，验证码见服务器日志。</Text>
    </View>
  )
}
