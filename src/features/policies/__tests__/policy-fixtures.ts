import { PolicyPageSchema, PolicySchema, type Policy, type PolicySummary } from '@/shared/contracts/policies'

let next = 0
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** A whole published, open policy (checked against the contract), as GET /policies/:id answers. */
export function buildPolicy(overrides: Partial<Policy> = {}): Policy {
  next += 1
  return PolicySchema.parse({
    id: uuid(next),
    title: '长治市一次性创业补贴',
    issuer: '长治市人力资源和社会保障局',
    docNumber: '长人社发〔2024〕12号',
    region: '长治市',
    category: 'startup_subsidy',
    audienceText: '首次创办小微企业或从事个体经营，且正常经营 1 年以上的高校毕业生、就业困难人员',
    audience: '首次创办小微企业或从事个体经营，且正常经营 1 年以上的高校毕业生、就业困难人员。',
    amount: { kind: 'fixed', fen: 500_000 },
    applyKind: 'offline',
    applyMethod: { kind: 'offline', place: '长治市政务服务中心二楼 12 号窗口', hours: '工作日 9:00–12:00、13:30–17:00' },
    materials: ['身份证', '营业执照', '银行卡'],
    effectiveFrom: '2024-01-01',
    expiresOn: '2026-12-31',
    status: 'published',
    open: true,
    expired: false,
    publishedAt: '2024-01-05T02:00:00.000Z',
    updatedAt: '2024-01-05T02:00:00.000Z',
    fullText: [{ type: 'paragraph', text: '为鼓励创业带动就业，制定本办法。' }],
    conditions: { group: 'graduate' },
    version: 1,
    withdrawnReason: null,
    applicationForm: null,
    ...overrides,
  })
}

/** What a list shows of it. */
export function summaryOf(policy: Policy): PolicySummary {
  const { audience: _a, materials: _m, applyMethod: _am, fullText: _f, conditions: _c, version: _v, withdrawnReason: _w, applicationForm: _af, ...summary } = policy
  return summary
}

export function buildPolicyPage(policies: Policy[], nextCursor: string | null = null) {
  return PolicyPageSchema.parse({ items: policies.map(summaryOf), nextCursor })
}
