import { ApplicationFormSchema, PolicySchema, type ApplicationForm, type Policy } from '@/shared/contracts/policies'
import {
  StaffSubsidyApplicationSchema,
  SubsidyApplicationPageSchema,
  SubsidyApplicationSchema,
  StaffSubsidyApplicationPageSchema,
  type StaffSubsidyApplication,
  type SubsidyApplication,
} from '@/shared/contracts/subsidies'

/** Canned data that must itself pass the contract's schemas. */
export const uuidOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

export const POLICY_ID = uuidOf(0x100)
export const APPLICATION_ID = uuidOf(0x200)

/** A form with one field of each kind and two materials (the ID card takes 2 photos). */
export const FORM: ApplicationForm = ApplicationFormSchema.parse({
  fields: [
    { key: 'bank_account', label: '银行卡号', kind: 'text', required: true, hint: '请填写本人一类银行卡号' },
    { key: 'employees', label: '带动就业人数', kind: 'number', required: true },
    { key: 'started_on', label: '营业执照日期', kind: 'date', required: true },
    { key: 'business_kind', label: '经营类型', kind: 'choice', required: true, options: ['个体工商户', '小微企业'] },
    { key: 'remark', label: '备注', kind: 'text', required: false },
  ],
  materials: [
    { key: 'id_card', label: '身份证', required: true, maxFiles: 2 },
    { key: 'licence', label: '营业执照', required: false, maxFiles: 1 },
  ],
})

export function buildPolicy(overrides: Partial<Policy> = {}): Policy {
  return PolicySchema.parse({
    id: POLICY_ID,
    title: '长治市一次性创业补贴',
    issuer: '长治市人力资源和社会保障局',
    docNumber: '长人社发〔2024〕12号',
    region: '长治市',
    category: 'startup_subsidy',
    audienceText: '首次创业的高校毕业生',
    audience: '首次创业的高校毕业生。',
    amount: { kind: 'fixed', fen: 500_000 },
    applyKind: 'online',
    applyMethod: { kind: 'online' },
    materials: ['身份证', '营业执照'],
    effectiveFrom: '2024-01-01',
    expiresOn: '2027-12-31',
    status: 'published',
    open: true,
    expired: false,
    publishedAt: '2024-01-05T02:00:00.000Z',
    updatedAt: '2024-01-05T02:00:00.000Z',
    fullText: [{ type: 'paragraph', text: '为鼓励创业带动就业，制定本办法。' }],
    conditions: { group: 'graduate' },
    version: 1,
    withdrawnReason: null,
    applicationForm: FORM,
    ...overrides,
  })
}

export function buildApplication(overrides: Partial<SubsidyApplication> = {}): SubsidyApplication {
  return SubsidyApplicationSchema.parse({
    id: APPLICATION_ID,
    policy: { id: POLICY_ID, title: '长治市一次性创业补贴', category: 'startup_subsidy' },
    status: 'submitted',
    submittedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    paidAmountFen: null,
    paidOn: null,
    fields: [
      { key: 'bank_account', label: '银行卡号', value: '6222020200112233445' },
      { key: 'employees', label: '带动就业人数', value: '3' },
      { key: 'started_on', label: '营业执照日期', value: '2025-06-01' },
      { key: 'business_kind', label: '经营类型', value: '个体工商户' },
    ],
    materials: [
      {
        key: 'id_card',
        label: '身份证',
        files: [
          { id: uuidOf(0x301), mimeType: 'image/jpeg', sizeBytes: 200_000, uploadedAt: '2026-11-20T01:50:00.000Z' },
          { id: uuidOf(0x302), mimeType: 'image/jpeg', sizeBytes: 210_000, uploadedAt: '2026-11-20T01:51:00.000Z' },
        ],
      },
      { key: 'licence', label: '营业执照', files: [] },
    ],
    events: [{ status: 'submitted', resubmitted: false, at: '2026-11-20T02:00:00.000Z', note: null }],
    staffNote: null,
    region: '潞州区',
    ...overrides,
  })
}

export function buildStaffApplication(overrides: Partial<StaffSubsidyApplication> = {}): StaffSubsidyApplication {
  return StaffSubsidyApplicationSchema.parse({
    ...buildApplication(),
    applicant: { realName: '陈小明', phoneMasked: '138****0005' },
    ...overrides,
  })
}

export const myPage = (items: SubsidyApplication[], nextCursor: string | null = null) =>
  SubsidyApplicationPageSchema.parse({
    items: items.map(({ fields: _f, materials: _m, events: _e, staffNote: _s, region: _r, ...summary }) => summary),
    nextCursor,
  })

export const staffPage = (items: StaffSubsidyApplication[], nextCursor: string | null = null) => StaffSubsidyApplicationPageSchema.parse({ items, nextCursor })

/** Events in order, an hour apart from the 20th of November. */
export const eventsOf = (...steps: [SubsidyApplication['status'], string | null, boolean?][]) =>
  steps.map(([status, note, resubmitted = false], index) => ({
    status,
    note,
    resubmitted,
    at: new Date(Date.UTC(2026, 10, 20, 2 + index)).toISOString(),
  }))
