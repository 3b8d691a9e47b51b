import { z } from 'zod/mini'
import { IdSchema, PhoneSchema, TimestampSchema } from './common'
import { endpoint } from './endpoint'

// GB 32100-2015 统一社会信用代码. Kept here rather than in shared/lib because the contract's schema
// and the server both need it, and the contract imports nothing but zod (shared/lib/uscc.ts re-exports it).

/** The 31 symbols of a credit code, in value order: digits, then capitals without I, O, Z, S, V. */
export const CREDIT_CODE_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/

/**
 * The form people type or paste a credit code in, made canonical: full-width letters and digits
 * become half-width, letters upper case, and every space goes (codes are often written in groups).
 */
export function normaliseCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase()
}

/** 18 symbols of the code's alphabet (canonical form: run `normaliseCreditCode` first). */
export const isCreditCodeWellFormed = (code: string) => CREDIT_CODE_PATTERN.test(code)

/** The 18th symbol for the first 17: weights 3^(i−1) mod 31, check value 31 − (sum mod 31), where 31 is 0. */
export function creditCodeCheckSymbol(first17: string): string {
  let sum = 0
  let weight = 1
  for (const ch of first17) {
    sum += CREDIT_CODE_SYMBOLS.indexOf(ch) * weight
    weight = (weight * 3) % 31
  }
  return CREDIT_CODE_SYMBOLS[(31 - (sum % 31)) % 31]!
}

/** Well formed and its check symbol right. Some real, registered codes fail this: a failure flags, it does not prove a fake. */
export const isCreditCodeValid = (code: string) =>
  isCreditCodeWellFormed(code) && creditCodeCheckSymbol(code.slice(0, 17)) === code[17]

export const EmployerKinds = { enterprise: '企业/单位', individual: '个人' } as const
export const EmployerKindSchema = z.enum(['enterprise', 'individual'])
export type EmployerKind = z.infer<typeof EmployerKindSchema>

/** What staff have made of the employer. Only `verified` may publish jobs. */
export const VerificationStatuses = {
  unverified: '未认证',
  pending: '审核中',
  verified: '已认证',
  rejected: '未通过',
} as const
export const VerificationStatusSchema = z.enum(['unverified', 'pending', 'verified', 'rejected'])
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>

/** Normalised on the way in; the checksum is not checked here (a failed one is accepted and flagged). */
export const CreditCodeSchema = z.string({ error: '请输入统一社会信用代码' }).check(
  z.overwrite(normaliseCreditCode),
  z.length(18, { error: '统一社会信用代码是 18 位' }),
  z.regex(CREDIT_CODE_PATTERN, { error: '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）' }),
)

const text = (missing: string, min: number, max: number, tooLong: string) =>
  z.string({ error: missing }).check(z.trim(), z.minLength(min, { error: missing }), z.maxLength(max, { error: tooLong }))

const EnterpriseNameSchema = text('请输入单位名称（与营业执照一致）', 2, 100, '单位名称最多 100 个字')
const RealNameSchema = text('请输入真实姓名', 2, 20, '姓名最多 20 个字')
const ContactNameSchema = text('请输入联系人姓名', 1, 20, '联系人姓名最多 20 个字')
const ContactPhoneSchema = PhoneSchema
const AddressSchema = text('请输入地址', 4, 200, '地址最多 200 个字')
const DistrictSchema = text('请选择所在区县', 2, 20, '区县名称最多 20 个字')

export const RegisterEnterpriseBodySchema = z.object({
  kind: z.literal('enterprise'),
  name: EnterpriseNameSchema,
  creditCode: CreditCodeSchema,
  contactName: ContactNameSchema,
  contactPhone: ContactPhoneSchema,
  address: AddressSchema,
  district: DistrictSchema,
})

/** A person hiring for themselves (a household hiring a cleaner): their real name is the employer's name. */
export const RegisterIndividualBodySchema = z.object({
  kind: z.literal('individual'),
  name: RealNameSchema,
  contactPhone: ContactPhoneSchema,
  address: AddressSchema,
  district: DistrictSchema,
})

export const RegisterEmployerBodySchema = z.discriminatedUnion('kind', [RegisterEnterpriseBodySchema, RegisterIndividualBodySchema], {
  error: '请选择以单位还是个人身份招工',
})
export type RegisterEmployerBody = z.input<typeof RegisterEmployerBodySchema>

/** Only the fields sent change. `name` and `creditCode` are what staff checked: changing them asks staff again. */
export const UpdateEmployerBodySchema = z.object({
  name: z.optional(text('请输入名称', 2, 100, '名称最多 100 个字')),
  creditCode: z.optional(CreditCodeSchema),
  contactName: z.optional(ContactNameSchema),
  contactPhone: z.optional(ContactPhoneSchema),
  address: z.optional(AddressSchema),
  district: z.optional(DistrictSchema),
})
export type UpdateEmployerBody = z.input<typeof UpdateEmployerBodySchema>

export const EmployerLicenceSchema = z.object({
  uploadedAt: TimestampSchema,
  mimeType: z.string(),
  sizeBytes: z.number().check(z.int(), z.positive()),
})

/** The employer as its own users see it. */
export const EmployerProfileSchema = z.object({
  id: IdSchema,
  kind: EmployerKindSchema,
  name: z.string(),
  /** Null for individuals. */
  creditCode: z.nullable(z.string()),
  /** GB 32100 checksum result; false flags the account for staff; null for individuals. */
  creditCodeValid: z.nullable(z.boolean()),
  contactName: z.string(),
  contactPhone: z.string(),
  address: z.string(),
  district: z.nullable(z.string()),
  verificationStatus: VerificationStatusSchema,
  /** What staff said when they decided (why a verification was refused). */
  verificationNote: z.nullable(z.string()),
  verifiedAt: z.nullable(TimestampSchema),
  licence: z.nullable(EmployerLicenceSchema),
  /** Verified: jobs may be published. Others may write drafts only. */
  canPublish: z.boolean(),
})
export type EmployerProfile = z.infer<typeof EmployerProfileSchema>

/** Business licence (or, for an individual, proof of identity): a photo or a scan. */
export const LICENCE_MAX_BYTES = 5 * 1024 * 1024
export const LICENCE_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const

/** A file's bytes (a Node Buffer on the server is one too). */
export const FileBytesSchema = z.custom<Uint8Array<ArrayBufferLike>>((value) => value instanceof Uint8Array, { error: '不是文件内容' })

export const employerEndpoints = {
  registerEmployer: endpoint({
    operationId: 'registerEmployer',
    method: 'POST',
    path: '/employers',
    summary:
      '登记为用人单位：单位（名称、统一社会信用代码、联系人、电话、地址）或个人（真实姓名）。信用代码校验位不对也能登记，但需驿站人工审核',
    tags: ['employers'],
    auth: 'bearer',
    body: RegisterEmployerBodySchema,
    status: 201,
    response: EmployerProfileSchema,
    errors: { 403: ['FORBIDDEN'], 409: ['ALREADY_EMPLOYER', 'CREDIT_CODE_TAKEN'] },
  }),
  getMyEmployer: endpoint({
    operationId: 'getMyEmployer',
    method: 'GET',
    path: '/me/employer',
    summary: '我的用人单位资料和认证状态；认证通过才能发布岗位',
    tags: ['employers'],
    auth: 'bearer',
    status: 200,
    response: EmployerProfileSchema,
    errors: { 404: ['EMPLOYER_NOT_REGISTERED'] },
  }),
  updateMyEmployer: endpoint({
    operationId: 'updateMyEmployer',
    method: 'PATCH',
    path: '/me/employer',
    summary: '修改用人单位资料；已认证的单位改名称或信用代码后回到“审核中”，由驿站重新核对',
    tags: ['employers'],
    auth: 'bearer',
    body: UpdateEmployerBodySchema,
    status: 200,
    response: EmployerProfileSchema,
    errors: { 404: ['EMPLOYER_NOT_REGISTERED'], 409: ['CREDIT_CODE_TAKEN'] },
  }),
  uploadEmployerLicence: endpoint({
    operationId: 'uploadEmployerLicence',
    method: 'POST',
    path: '/me/employer/licence',
    summary: '上传营业执照（个人上传身份证明）：multipart/form-data 的 file 字段，JPG、PNG 或 PDF，最大 5 MB；上传后进入驿站审核',
    tags: ['employers'],
    auth: 'bearer',
    upload: {
      field: 'file',
      maxBytes: LICENCE_MAX_BYTES,
      mimeTypes: LICENCE_MIME_TYPES,
      errors: { typeNotAllowed: 'LICENCE_TYPE_NOT_ALLOWED', tooLarge: 'LICENCE_TOO_LARGE' },
    },
    status: 200,
    response: EmployerProfileSchema,
    errors: { 400: ['LICENCE_TYPE_NOT_ALLOWED'], 404: ['EMPLOYER_NOT_REGISTERED'], 413: ['LICENCE_TOO_LARGE'] },
  }),
  getEmployerLicence: endpoint({
    operationId: 'getEmployerLicence',
    method: 'GET',
    path: '/employers/:id/licence',
    summary: '营业执照文件本身（该单位自己的账号，或负责其所在区县的驿站工作人员）；不缓存',
    tags: ['employers'],
    auth: 'bearer',
    params: z.object({ id: IdSchema }),
    status: 200,
    download: { mimeTypes: LICENCE_MIME_TYPES },
    response: FileBytesSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['LICENCE_NOT_FOUND'] },
  }),
}
