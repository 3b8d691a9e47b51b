import { OtpCodeSchema, PhoneSchema } from '@/shared/contracts'
import { ApiError, errorMessage } from '@/shared/api/errors'

export type LoginField = 'phone' | 'code'
export type FieldErrors = Partial<Record<LoginField, string>>

/** Seconds before 获取验证码 can be tapped again when the server does not say. */
export const DEFAULT_RESEND_SECONDS = 60

/** The contract's own check of one field: its Chinese message, or null when it is fine. */
export function validateField(field: LoginField, value: string): string | null {
  const result = (field === 'phone' ? PhoneSchema : OtpCodeSchema).safeParse(value)
  return result.success ? null : (result.error.issues[0]?.message ?? '填写的内容不对')
}

export function validateLogin(values: Record<LoginField, string>): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of ['phone', 'code'] as const) {
    const message = validateField(field, values[field])
    if (message) errors[field] = message
  }
  return errors
}

/** The sign-in refusals that concern the code field. Their wording is the server's (it knows how
 * many tries are left, or how long to wait); the code only decides where it is shown. */
const codeFieldErrors = new Set(['OTP_INVALID', 'OTP_EXPIRED', 'OTP_TOO_MANY_ATTEMPTS', 'OTP_NOT_FOUND'])

export interface LoginErrorView {
  fields: FieldErrors
  /** For the form as a whole (network, rate limit, WeChat not available...). */
  form: string | null
}

/**
 * Where a failed sign-in request's error belongs on the form: the server's `fields` and the known
 * codes go next to the field they concern; everything else above the button.
 */
export function loginErrorView(error: unknown): LoginErrorView {
  if (!(error instanceof ApiError)) return { fields: {}, form: errorMessage(error) }
  const fields: FieldErrors = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.split('.').pop()
    if (field === 'phone' || field === 'code') fields[field] = message
  }
  if (codeFieldErrors.has(error.code)) return { fields: { ...fields, code: error.message }, form: null }
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message }
}

/** What WeChat hands a `getPhoneNumber` button's handler (`event.detail`). */
export interface PhoneNumberDetail {
  code?: string
  errMsg?: string
}

export type PhoneNumberResult = { code: string } | { declined: true } | { error: string }

/**
 * The outcome of a tap on 微信手机号快捷登录: a code for the server, the person saying no (nothing to
 * complain about: the SMS form is right there), or WeChat unable to give one (an old WeChat without
 * codes, an account without the permission).
 */
export function phoneNumberResult(detail: PhoneNumberDetail | undefined): PhoneNumberResult {
  const code = detail?.code?.trim()
  if (code) return { code }
  if (/deny|cancel/i.test(detail?.errMsg ?? '')) return { declined: true }
  return { error: '暂时无法取得微信手机号，请用短信验证码登录' }
}

export type AfterLogin = { kind: 'switchTab' | 'redirectTo'; url: string }

/**
 * Where to go once signed in: the page that sent the person here, if it is one of ours, else 我的.
 * Tab pages can only be reached with switchTab (and take no query).
 */
export function afterLoginTarget(redirect: string | undefined, tabUrls: readonly string[], fallback: string): AfterLogin {
  let url = redirect ? safeDecode(redirect) : null
  if (!url || !/^\/(pages|subpackages)\/[\w/-]+(\?[\w%=&.-]*)?$/.test(url)) url = fallback
  const path = url.split('?')[0] ?? url
  return tabUrls.includes(path) ? { kind: 'switchTab', url: path } : { kind: 'redirectTo', url }
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
