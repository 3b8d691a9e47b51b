import { PolicyPageSchema, PolicySchema, PolicySummarySchema, type Policy, type PolicySummary } from '@/shared/contracts/policies'
import { emptyPolicyForm, type PolicyFormValues } from '../model/policy-form'

let next = 0
const uuid = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`

/** A whole draft policy as GET /policies/:id answers staff (checked against the contract). */
export function buildStaffPolicy(overrides: Partial<Policy> = {}): Policy {
  next += 1
  return PolicySchema.parse({
    id: uuid(next),
    title: '潞州区高校毕业生创业补贴',
    issuer: '长治市潞州区人力资源和社会保障局',
    docNumber: '潞人社发〔2025〕3号',
    region: '潞州区',
    category: 'startup_subsidy',
    audienceText: '毕业 2 年内的高校毕业生',
    audience: '毕业 2 年内首次创业的高校毕业生。',
    amount: { kind: 'fixed', fen: 500_000 },
    applyKind: 'offline',
    applyMethod: { kind: 'offline', place: '潞州区政务服务中心 3 号窗口', hours: '工作日 9:00–17:00' },
    materials: ['身份证', '营业执照'],
    effectiveFrom: '2025-01-01',
    expiresOn: '2026-12-31',
    status: 'draft',
    open: false,
    expired: false,
    publishedAt: null,
    updatedAt: '2025-02-01T02:00:00.000Z',
    fullText: [
      { type: 'heading', level: 2, text: '一、补贴对象' },
      { type: 'paragraph', text: '毕业 2 年内首次创业的高校毕业生。' },
    ],
    conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] },
    version: 1,
    withdrawnReason: null,
    applicationForm: null,
    ...overrides,
  })
}

/** What a list shows of it: the contract's summary keeps its own keys and drops the rest. */
export const summaryOf = (policy: Policy): PolicySummary => PolicySummarySchema.parse(policy)

export function buildStaffPolicyPage(policies: Policy[], nextCursor: string | null = null) {
  return PolicyPageSchema.parse({ items: policies.map(summaryOf), nextCursor })
}

/** A new policy's form filled in enough to be saved: offline, a fixed 5000 元, for graduates. */
export function filledPolicyForm(patch: Partial<PolicyFormValues> = {}): PolicyFormValues {
  return {
    ...emptyPolicyForm(),
    title: '潞州区创业补贴',
    issuer: '潞州区人社局',
    region: '潞州区',
    category: 'startup_subsidy',
    audience: '首次创业的高校毕业生',
    amountYuan: '5000',
    materials: ['身份证'],
    applyPlace: '政务服务中心 3 号窗口',
    applyHours: '工作日 9:00–17:00',
    effectiveFrom: '2025-01-01',
    blocks: [{ id: 'b1', type: 'paragraph', text: '为鼓励创业，制定本办法。' }],
    conditions: { mode: 'rules', rules: [{ kind: 'groups', groups: ['graduate'] }] },
    ...patch,
  }
}
