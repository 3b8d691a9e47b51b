import { ApiError, errorMessage } from '@/shared/api/errors'
import { UpdateEmployerBodySchema, VerificationStatuses, type EmployerProfile, type UpdateEmployerBody } from '@/shared/contracts'
import { licenceName } from './licence'

export type Tone = 'good' | 'waiting' | 'bad'

export interface VerificationView {
  /** 未认证 / 审核中 / 已认证 / 未通过 */
  title: string
  /** What it means and what to do next, in a sentence. */
  detail: string
  tone: Tone
}

/** The verification status in plain words, with the next step. */
export function verificationView(profile: Pick<EmployerProfile, 'kind' | 'verificationStatus' | 'verificationNote' | 'licence'>): VerificationView {
  const doc = licenceName(profile.kind)
  const title = VerificationStatuses[profile.verificationStatus]
  switch (profile.verificationStatus) {
    case 'unverified':
      return { title, detail: `上传${doc}后由驿站核实`, tone: 'waiting' }
    case 'pending':
      return {
        title,
        detail: profile.licence
          ? '驿站工作人员正在核实您的资料，结果会发消息告诉您'
          : `驿站工作人员正在核实您的资料。上传${doc}能让核实更快`,
        tone: 'waiting',
      }
    case 'verified':
      return { title, detail: '驿站已核实您的资料', tone: 'good' }
    case 'rejected':
      return {
        title,
        detail: profile.verificationNote ? `${profile.verificationNote}。请按说明改好后重新上传${doc}` : `请核对资料后重新上传${doc}`,
        tone: 'bad',
      }
  }
}

/** 能否发布岗位, in words. */
export const publishText = (canPublish: boolean) => (canPublish ? '可以发布岗位' : '认证通过后才能发布岗位，现在可以先写好草稿')

/** The fields an employer changes here: how to reach them. Name and credit code are what staff checked. */
export type ContactField = 'contactName' | 'contactPhone' | 'address' | 'district'
export type ContactValues = Record<ContactField, string>
export type ContactErrors = Partial<Record<ContactField, string>>

/** An individual's contact is the person: their name is the employer's name, not edited here. */
export const contactFieldsOf = (kind: EmployerProfile['kind']): readonly ContactField[] =>
  kind === 'enterprise' ? ['contactName', 'contactPhone', 'address', 'district'] : ['contactPhone', 'address', 'district']

export function contactValuesOf(profile: EmployerProfile): ContactValues {
  return { contactName: profile.contactName, contactPhone: profile.contactPhone, address: profile.address, district: profile.district ?? '' }
}

export const NOTHING_CHANGED = '没有修改任何内容'

/** The PATCH body: only the fields that changed, checked by the contract; or the errors by field. */
export function contactChanges(
  profile: EmployerProfile,
  values: ContactValues,
): { body: UpdateEmployerBody } | { errors: ContactErrors } | { unchanged: true } {
  const before = contactValuesOf(profile)
  const changed: Partial<ContactValues> = {}
  for (const field of contactFieldsOf(profile.kind)) {
    if (values[field].trim() !== before[field].trim()) changed[field] = values[field]
  }
  if (Object.keys(changed).length === 0) return { unchanged: true }
  const result = UpdateEmployerBodySchema.safeParse(changed)
  if (result.success) return { body: result.data }
  const errors: ContactErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ContactField
    if (!errors[field]) errors[field] = issue.message
  }
  return { errors }
}

/** Where a refused change's message goes: the field it names, or above the button. */
export function contactErrorView(error: unknown): { fields: ContactErrors; form: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, form: errorMessage(error) }
  const fields: ContactErrors = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.split('.')[0]
    if (field === 'contactName' || field === 'contactPhone' || field === 'address' || field === 'district') fields[field] = message
  }
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message }
}
