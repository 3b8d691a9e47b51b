/** `13800000001` → `138****0001`, as the personal-information rules ask for on screens and in logs. */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return '****'
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** The name a new phone account starts with, e.g. 用户0001. */
export function defaultDisplayName(phone: string): string {
  return `用户${phone.slice(-4)}`
}

export const WECHAT_DISPLAY_NAME = '微信用户'
