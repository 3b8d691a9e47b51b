import { ApiError, errorMessage } from '@/shared/api/errors'
import {
  EmployerKindSchema,
  RegisterEmployerBodySchema,
  RegisterEnterpriseBodySchema,
  RegisterIndividualBodySchema,
  type EmployerKind,
  type RegisterEmployerBody,
} from '@/shared/contracts'
import { CREDIT_CODE_SYMBOLS, checkCreditCode, normaliseCreditCode } from '@/shared/lib/uscc'

/**
 * The registration form's fields. An enterprise's name and a person's real name are kept apart, so
 * switching between 企业 and 个人 loses neither; both go to the contract's `name`.
 */
export type RegisterField = 'enterpriseName' | 'creditCode' | 'contactName' | 'realName' | 'contactPhone' | 'address' | 'district'
export type RegisterValues = Record<RegisterField, string>
export type RegisterErrors = Partial<Record<RegisterField | 'kind', string>>

export interface RegisterDraft {
  kind: EmployerKind | null
  values: RegisterValues
}

export const REGISTER_FIELDS: readonly RegisterField[] = ['enterpriseName', 'creditCode', 'contactName', 'realName', 'contactPhone', 'address', 'district']

/** The fields each kind fills in, in the order they are shown. */
export const FIELDS_OF: Record<EmployerKind, readonly RegisterField[]> = {
  enterprise: ['enterpriseName', 'creditCode', 'contactName', 'contactPhone', 'address', 'district'],
  individual: ['realName', 'contactPhone', 'address', 'district'],
}

export const KIND_CHOICES: readonly { kind: EmployerKind; title: string; hint: string }[] = [
  { kind: 'enterprise', title: '企业或单位', hint: '有营业执照的公司、个体户、机关单位' },
  { kind: 'individual', title: '个人', hint: '自己家里请人，比如请保洁、请护工' },
]

export const KIND_MISSING = '请选择以单位还是个人身份招工'
/** A code that fails GB 32100's check is still accepted; staff look at it by hand. */
export const CHECKSUM_WARNING = '代码校验未通过，请核对；仍可提交，由驿站人工核实'

export function emptyDraft(): RegisterDraft {
  return { kind: null, values: Object.fromEntries(REGISTER_FIELDS.map((field) => [field, ''])) as RegisterValues }
}

/** A stored draft, as much of it as still makes sense (storage may hold anything: an old version, nothing). */
export function parseDraft(stored: unknown): RegisterDraft {
  const draft = emptyDraft()
  if (typeof stored !== 'object' || stored === null) return draft
  const { kind, values } = stored as { kind?: unknown; values?: unknown }
  const parsedKind = EmployerKindSchema.safeParse(kind)
  if (parsedKind.success) draft.kind = parsedKind.data
  if (typeof values === 'object' && values !== null) {
    for (const field of REGISTER_FIELDS) {
      const value = (values as Record<string, unknown>)[field]
      if (typeof value === 'string') draft.values[field] = value
    }
  }
  return draft
}

/** Whether anything was typed or chosen: an untouched form is not worth keeping. */
export const isDraftEmpty = (draft: RegisterDraft) => draft.kind === null && REGISTER_FIELDS.every((field) => draft.values[field].trim() === '')

/** Form field → the contract's field, per kind. */
const BODY_FIELD: Record<RegisterField, string> = {
  enterpriseName: 'name',
  realName: 'name',
  creditCode: 'creditCode',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  address: 'address',
  district: 'district',
}

function formFieldOf(kind: EmployerKind, bodyField: string): RegisterField | null {
  return FIELDS_OF[kind].find((field) => BODY_FIELD[field] === bodyField) ?? null
}

/** The contract's Chinese message for one field's value, or null when it is fine. */
export function validateField(kind: EmployerKind, field: RegisterField, value: string): string | null {
  if (!FIELDS_OF[kind].includes(field)) return null
  const shape = (kind === 'enterprise' ? RegisterEnterpriseBodySchema : RegisterIndividualBodySchema).shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }
  >
  const result = shape[BODY_FIELD[field]]!.safeParse(value)
  return result.success ? null : (result.error?.issues[0]?.message ?? '填写的内容不对')
}

export interface CreditCodeFeedback {
  /** The server would refuse it. */
  error: string | null
  /** Accepted, but staff will check it by hand. */
  warning: string | null
}

/**
 * What to say about a credit code. While typing (`complete` false) a code that is only not finished
 * yet is fine; a symbol no code has, or too many, is wrong at once. On leaving the field or on submit
 * everything counts. A failed checksum is a warning, never an error: some real codes fail it.
 */
export function creditCodeFeedback(raw: string, complete: boolean): CreditCodeFeedback {
  const code = normaliseCreditCode(raw)
  if (!complete && code.length < 18 && [...code].every((ch) => CREDIT_CODE_SYMBOLS.includes(ch))) return { error: null, warning: null }
  const check = checkCreditCode(raw)
  switch (check.status) {
    case 'empty':
      return { error: complete ? validateField('enterprise', 'creditCode', '') : null, warning: null }
    case 'malformed':
      return { error: check.message, warning: null }
    case 'checksum_failed':
      return { error: null, warning: CHECKSUM_WARNING }
    case 'ok':
      return { error: null, warning: null }
  }
}

/** The body to send, or what is wrong with the form, field by field, in the contract's words. */
export function toRegisterBody(draft: RegisterDraft): { body: RegisterEmployerBody } | { errors: RegisterErrors } {
  const { kind, values } = draft
  if (!kind) return { errors: { kind: KIND_MISSING } }
  const raw: Record<string, unknown> = { kind }
  for (const field of FIELDS_OF[kind]) raw[BODY_FIELD[field]] = field === 'creditCode' ? normaliseCreditCode(values[field]) : values[field]
  const result = RegisterEmployerBodySchema.safeParse(raw)
  if (result.success) return { body: result.data }
  const errors: RegisterErrors = {}
  for (const issue of result.error.issues) {
    const field = formFieldOf(kind, String(issue.path[0] ?? ''))
    if (field && !errors[field]) errors[field] = issue.message
  }
  // The credit code's own wording says which symbol is wrong, more than the schema's regex does.
  if (errors.creditCode) errors.creditCode = creditCodeFeedback(values.creditCode, true).error ?? errors.creditCode
  return { errors }
}

export interface RegisterErrorView {
  fields: RegisterErrors
  /** For the form as a whole, above the button. */
  form: string | null
}

/** Where a refused registration's message goes: the field it concerns, or above the button. */
export function registerErrorView(kind: EmployerKind, error: unknown): RegisterErrorView {
  if (!(error instanceof ApiError)) return { fields: {}, form: errorMessage(error) }
  if (error.code === 'CREDIT_CODE_TAKEN') return { fields: { creditCode: error.message }, form: null }
  const fields: RegisterErrors = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const field = formFieldOf(kind, path.split('.')[0] ?? '')
    if (field) fields[field] = message
  }
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message }
}
