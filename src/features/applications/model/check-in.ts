import { CheckInCodeBodySchema } from '@/shared/contracts'
import { ApiError, errorMessage } from '@/shared/api/errors'

/**
 * The contract's check of the typed digits (the six-digit branch of the check-in body, with its own
 * messages 请输入签到码 / 签到码是 6 位数字): its Chinese message, or null when they will do.
 */
export function validateCheckInCode(value: string): string | null {
  const result = CheckInCodeBodySchema.safeParse({ code: value })
  return result.success ? null : (result.error.issues[0]?.message ?? '签到码是 6 位数字')
}

export interface CheckInErrorView {
  /** Next to the digits field (the server's field message for the code). */
  code: string | null
  /** Above the check-in buttons: the refusal in the server's own words. */
  form: string | null
}

/**
 * Where a refused check-in is shown. The server knows why (the code expired, too far from the job, not
 * in working hours) and says so in Chinese: its words are shown as they are.
 */
export function checkInErrorView(error: unknown): CheckInErrorView {
  if (error instanceof ApiError) {
    const code = Object.entries(error.fields).find(([path]) => path.split('.').pop() === 'code')?.[1] ?? null
    return code ? { code, form: null } : { code: null, form: error.message }
  }
  return { code: null, form: errorMessage(error) }
}
