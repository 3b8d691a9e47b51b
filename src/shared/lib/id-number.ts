/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character (ISO 7064 MOD 11-2). Pure, so the
 * server (profile) and the app (forms) check a number the same way. ID numbers are sensitive personal
 * information (PIPL): show them masked, never whole.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

/** Trims, drops inner spaces, turns full-width digits and Ｘ into ASCII, and a lower-case x into X. */
export function normaliseIdNumber(raw: string): string {
  return raw
    .replace(/[\s\u3000]/g, '')
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[xｘＸ]/g, 'X')
}

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberCheckChar needs 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * The birth date (YYYY-MM-DD) written in a number's 7th–14th characters, or null when they are not a
 * real calendar date from 1800 on. Does not look at the check character.
 */
export function idNumberBirthDate(raw: string): string | null {
  const id = normaliseIdNumber(raw)
  if (!/^\d{17}[\dX]$/.test(id)) return null
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < 1800 || !isCalendarDate(year, month, day)) return null
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

export type IdNumberCheck =
  | { status: 'empty' }
  | { status: 'invalid'; idNumber: string; message: string }
  | { status: 'ok'; idNumber: string; birthDate: string }

/**
 * Checks a number as typed: its form, its birth date (a real date, not after `today` when given,
 * YYYY-MM-DD) and its check character. Messages are plain Chinese for the form and the server's 400.
 */
export function checkIdNumber(raw: string, today?: string): IdNumberCheck {
  const id = normaliseIdNumber(raw)
  if (id === '') return { status: 'empty' }
  if (!/^\d{17}[\dX]$/.test(id)) {
    const message =
      id.length !== 18 ? `身份证号是 18 位，现在是 ${id.length} 位` : '身份证号前 17 位应为数字，最后一位是数字或 X'
    return { status: 'invalid', idNumber: id, message }
  }
  const birthDate = idNumberBirthDate(id)
  if (birthDate === null || (today !== undefined && birthDate > today)) {
    return { status: 'invalid', idNumber: id, message: '身份证号里的出生日期不对，请核对第 7 到 14 位' }
  }
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) {
    return { status: 'invalid', idNumber: id, message: '身份证号校验不通过，请逐位核对' }
  }
  return { status: 'ok', idNumber: id, birthDate }
}

/** Whether a number (after normalising) is well formed, has a real birth date and the right check character. */
export function isIdNumberValid(raw: string): boolean {
  return checkIdNumber(raw).status === 'ok'
}

/** For display: the first 6 and last 4 characters, 8 stars between: `110105********1234`. */
export function maskIdNumber(raw: string): string {
  const id = normaliseIdNumber(raw)
  if (id.length <= 10) return '*'.repeat(id.length)
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`
}
