import { z } from 'zod/mini'
import { TimestampSchema } from './common'
import { PersonFactsSchema } from './eligibility'
import { endpoint } from './endpoint'
import { PolicyCategorySchema } from './policies'

/**
 * A person's profile for policy matching (issue 14): exactly the facts eligibility reads
 * (`PersonFacts` in src/shared/eligibility), every one optional — absent means not answered. The ID
 * number is optional, needs its own consent (PIPL: sensitive), is stored encrypted and is only ever
 * answered masked (`110105********1234`).
 */

/** What a person consents to, each separately (PIPL): matching policies to the profile, keeping the ID number, WeChat pushes. */
export const ConsentPurposes = {
  policy_matching: '用我的资料为我匹配政策',
  id_number: '保存我的身份证号（加密保存，只显示部分号码）',
  wechat_push: '通过微信订阅消息提醒我',
} as const
export const ConsentPurposeSchema = z.enum(['policy_matching', 'id_number', 'wechat_push'], { error: '未知的授权用途' })
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>

/** The answered facts as stored: PersonFacts with the ID number masked. */
export const ProfileFactsSchema = z.extend(z.omit(PersonFactsSchema, { idNumber: true }), {
  /** The stored ID number, masked (`110105********1234`); absent when none is stored. */
  idNumberMasked: z.optional(z.string()),
})
export type ProfileFacts = z.infer<typeof ProfileFactsSchema>

export const ConsentSchema = z.object({
  purpose: ConsentPurposeSchema,
  granted: z.boolean(),
  /** The version of the privacy notice the person saw. */
  version: z.string(),
  at: TimestampSchema,
})
export type Consent = z.infer<typeof ConsentSchema>

export const MyProfileSchema = z.object({
  facts: ProfileFactsSchema,
  realName: z.nullable(z.string()),
  /** The current state per purpose (the latest decision); a purpose never decided is left out. */
  consents: z.array(ConsentSchema),
  /** Categories the person does not want pushed (政策推送); the in-app list still shows them. */
  mutedPolicyCategories: z.array(PolicyCategorySchema),
  /** null: never saved. */
  updatedAt: z.nullable(TimestampSchema),
})
export type MyProfile = z.infer<typeof MyProfileSchema>

export const REAL_NAME_MAX = 30

/**
 * The whole profile (what is left out becomes unanswered), except the ID number: left out keeps the
 * stored one, null erases it, a value replaces it (needs a current `id_number` consent).
 */
export const UpdateMyProfileBodySchema = z.extend(z.omit(PersonFactsSchema, { idNumber: true }), {
  realName: z.optional(
    z.nullable(z.string({ error: '姓名应为文字' }).check(z.trim(), z.minLength(1, { error: '请填写姓名' }), z.maxLength(REAL_NAME_MAX, { error: `姓名最多 ${REAL_NAME_MAX} 个字` }))),
  ),
  /** Checked against GB 11643 by the server (ID_NUMBER_INVALID); full-width digits and a lower-case x are accepted. */
  idNumber: z.optional(z.nullable(z.string({ error: '身份证号应为文字' }).check(z.maxLength(40, { error: '身份证号应为 18 位' })))),
})
export type UpdateMyProfileBody = z.input<typeof UpdateMyProfileBodySchema>

export const RecordConsentBodySchema = z.object({
  purpose: ConsentPurposeSchema,
  granted: z.boolean({ error: '请选择同意或不同意' }),
  policyVersion: z.string({ error: '缺少隐私说明的版本' }).check(z.trim(), z.minLength(1, { error: '缺少隐私说明的版本' }), z.maxLength(40, { error: '隐私说明版本最多 40 个字' })),
})
export type RecordConsentBody = z.input<typeof RecordConsentBodySchema>

export const PolicyNotificationSettingsBodySchema = z.object({
  mutedCategories: z.array(PolicyCategorySchema).check(z.maxLength(20, { error: '选得太多了' })),
})
export type PolicyNotificationSettingsBody = z.input<typeof PolicyNotificationSettingsBodySchema>

export const profileEndpoints = {
  getMyProfile: endpoint({
    operationId: 'getMyProfile',
    method: 'GET',
    path: '/me/profile',
    summary: '我的资料（政策匹配用；身份证号只显示部分）和各项授权',
    tags: ['profile'],
    auth: 'bearer',
    status: 200,
    response: MyProfileSchema,
  }),
  updateMyProfile: endpoint({
    operationId: 'updateMyProfile',
    method: 'PUT',
    path: '/me/profile',
    summary: '保存我的资料（整份）；身份证号需先单独授权，不传则保留，传 null 则删除',
    tags: ['profile'],
    auth: 'bearer',
    body: UpdateMyProfileBodySchema,
    status: 200,
    response: MyProfileSchema,
    errors: { 400: ['VALIDATION_FAILED', 'ID_NUMBER_INVALID', 'BIRTH_DATE_MISMATCH'], 409: ['CONSENT_REQUIRED', 'ID_NUMBER_TAKEN'] },
  }),
  recordConsent: endpoint({
    operationId: 'recordConsent',
    method: 'POST',
    path: '/me/consents',
    summary: '同意或撤回一项授权；撤回身份证号授权会同时删除已保存的身份证号',
    tags: ['profile'],
    auth: 'bearer',
    body: RecordConsentBodySchema,
    status: 201,
    response: MyProfileSchema,
  }),
  updatePolicyNotificationSettings: endpoint({
    operationId: 'updatePolicyNotificationSettings',
    method: 'PUT',
    path: '/me/policy-notifications',
    summary: '政策推送设置：不想收到推送的政策类别（站内“适合我的政策”仍会列出）',
    tags: ['profile'],
    auth: 'bearer',
    body: PolicyNotificationSettingsBodySchema,
    status: 200,
    response: MyProfileSchema,
  }),
}
