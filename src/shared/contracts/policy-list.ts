import { z } from 'zod/mini'
import { CursorSchema, DateSchema, IdSchema, PageLimitSchema, TimestampSchema, listOf, pageOf } from './common'
import { endpoint } from './endpoint'

/**
 * The public list of the policy library (政策库): what the 政策 tab shows of each policy and the one
 * operation it calls. Kept apart from the whole policy (conditions, full text, forms, staff writing in
 * ./policies) so the mini-program's main package, which holds the tab, carries only this.
 */

export const PolicyCategories = {
  employment_subsidy: '就业补贴',
  startup_subsidy: '创业补贴',
  startup_loan: '创业担保贷款',
  training_subsidy: '职业培训补贴',
  social_insurance_subsidy: '社会保险补贴',
  internship_subsidy: '就业见习补贴',
  job_seeking_subsidy: '求职创业补贴',
  hiring_subsidy: '一次性吸纳就业补贴',
  other: '其他',
} as const
export type PolicyCategory = keyof typeof PolicyCategories
const categoryIds = Object.keys(PolicyCategories) as [PolicyCategory, ...PolicyCategory[]]
export const PolicyCategorySchema = z.enum(categoryIds, { error: '政策类别不对' })

/** `draft`: staff are writing it. `published`: shown to everyone. `withdrawn`: taken back (reason kept). */
export const PolicyStatuses = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const
export const PolicyStatusSchema = z.enum(['draft', 'published', 'withdrawn'], { error: '状态不对' })
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>

/** ¥10,000,000 in fen: above this an amount is a typing slip (创业担保贷款 tops out far below). */
export const POLICY_AMOUNT_MAX_FEN = 1_000_000_000
export const POLICY_KEYWORD_MAX = 30

/** A required field left out reads "请填写…", a field of the wrong kind reads `wrongKind`. */
const missingOr = (missing: string, wrongKind: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongKind)

/** Plain text: whatever it contains (`<b>` included) is shown as the characters typed, never as markup. */
export const policyText = (label: string, min: number, max: number) =>
  z
    .string({ error: missingOr(`请填写${label}`, `${label}应为文字`) })
    .check(
      z.trim(),
      z.minLength(min, { error: min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字` }),
      z.maxLength(max, { error: `${label}最多 ${max} 个字` }),
    )

export const fenField = (label: string) =>
  z
    .number({ error: `${label}应为数字（分）` })
    .check(
      z.int({ error: `${label}应为整数（分）` }),
      z.nonnegative({ error: `${label}不能是负数` }),
      z.lte(POLICY_AMOUNT_MAX_FEN, { error: `${label}太大了` }),
    )

/** How much: a fixed sum, a range, or a formula in plain words (「按实际缴费额的 2/3 补贴」). Amounts in fen. */
export const PolicyAmountSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('fixed'), fen: fenField('金额') }),
    z
      .object({ kind: z.literal('range'), minFen: fenField('最低金额'), maxFen: fenField('最高金额') })
      .check(z.refine((a) => a.minFen <= a.maxFen, { error: '最低金额不能大于最高金额', path: ['maxFen'] })),
    z.object({ kind: z.literal('formula'), text: policyText('计算方法', 2, 200) }),
  ],
  { error: '请选择金额的写法：固定金额、金额范围或计算方法' },
)
export type PolicyAmount = z.infer<typeof PolicyAmountSchema>

/** What a list shows of a policy. */
export const PolicySummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  issuer: z.string(),
  docNumber: z.nullable(z.string()),
  region: z.string(),
  category: PolicyCategorySchema,
  /** Who it is for, in plain words (from its conditions when they can be put into words). */
  audienceText: z.string(),
  amount: PolicyAmountSchema,
  applyKind: z.enum(['online', 'offline']),
  effectiveFrom: DateSchema,
  expiresOn: z.nullable(DateSchema),
  status: PolicyStatusSchema,
  /** Published and not expired: people can still apply. */
  open: z.boolean(),
  /** Past its expiry date (shown marked; never pushed). */
  expired: z.boolean(),
  publishedAt: z.nullable(TimestampSchema),
  updatedAt: TimestampSchema,
})
export type PolicySummary = z.infer<typeof PolicySummarySchema>

export const PolicyPageSchema = pageOf(PolicySummarySchema)
export type PolicyPage = z.infer<typeof PolicyPageSchema>

export const policyKeyword = z.pipe(
  z.optional(z.string().check(z.trim(), z.maxLength(POLICY_KEYWORD_MAX, { error: `关键词最多 ${POLICY_KEYWORD_MAX} 个字` }))),
  z.transform((v: string | undefined) => v || undefined),
)

export const ListPoliciesQuerySchema = z.object({
  category: z.optional(listOf(PolicyCategorySchema)),
  /** Over title, issuer and who it is for. */
  q: policyKeyword,
  /** Policies of this region: a district also gets the city-wide ones ('长治市'). */
  region: z.optional(z.string().check(z.trim(), z.minLength(1, { error: '请选择地区' }), z.maxLength(30, { error: '地区名称太长' }))),
  /** `expired`: expired policies too (marked). By default only open ones. */
  include: z.optional(z.enum(['expired'], { error: 'include 只能是 expired' })),
  cursor: z.optional(CursorSchema),
  limit: PageLimitSchema,
})
export type ListPoliciesQuery = z.input<typeof ListPoliciesQuerySchema>

export const policyListEndpoints = {
  listPolicies: endpoint({
    operationId: 'listPolicies',
    method: 'GET',
    path: '/policies',
    summary: '政策库：在有效期内的已发布政策（可按类别、关键词、地区筛选；include=expired 连已过期的一起，标明已过期），最新发布的在前，按游标翻页',
    tags: ['policies'],
    auth: 'none',
    query: ListPoliciesQuerySchema,
    status: 200,
    response: PolicyPageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
}
