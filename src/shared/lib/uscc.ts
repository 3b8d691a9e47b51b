/**
 * 统一社会信用代码 (GB 32100-2015) for forms. The algorithm lives in the contract, which the server
 * shares and which may import only zod; this module adds what a form needs to tell a person.
 */
import {
  CREDIT_CODE_SYMBOLS,
  creditCodeCheckSymbol,
  isCreditCodeValid,
  isCreditCodeWellFormed,
  normaliseCreditCode,
} from '@/shared/contracts/employers'

export { CREDIT_CODE_SYMBOLS, creditCodeCheckSymbol, isCreditCodeValid, isCreditCodeWellFormed, normaliseCreditCode }

/** Letters a code never has, and the digit people usually meant. */
const LOOKALIKES: Record<string, string> = { I: '1', O: '0', Z: '2', S: '5' }

export type CreditCodeCheck =
  | { status: 'empty' }
  /** Cannot be a code: the server refuses it. */
  | { status: 'malformed'; code: string; message: string }
  /** Well formed but the check symbol disagrees: accepted, and staff check it by hand. */
  | { status: 'checksum_failed'; code: string; message: string }
  | { status: 'ok'; code: string }

/** What to tell someone about the code they typed, on the normalised form the server will receive. */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw)
  if (code === '') return { status: 'empty' }
  const bad = [...code].findIndex((ch) => !CREDIT_CODE_SYMBOLS.includes(ch))
  if (bad >= 0) {
    const ch = code[bad]!
    const hint = LOOKALIKES[ch] ? `，是不是数字 ${LOOKALIKES[ch]}？` : ''
    return { status: 'malformed', code, message: `第 ${bad + 1} 位“${ch}”不对：代码只有数字和大写字母，没有 I、O、Z、S、V${hint}` }
  }
  if (code.length !== 18) return { status: 'malformed', code, message: `统一社会信用代码是 18 位，现在是 ${code.length} 位` }
  if (!isCreditCodeValid(code)) {
    return {
      status: 'checksum_failed',
      code,
      message: '最后一位校验码对不上，请核对营业执照上的代码；确认无误也可以提交，驿站会人工审核',
    }
  }
  return { status: 'ok', code }
}
