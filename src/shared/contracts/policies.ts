import { z } from 'zod/mini'
import { CursorSchema, IdSchema, PageLimitSchema, calendarDate, listOf } from './common'
import { ConditionSchema, PersonFactsSchema, QuestionSchema, VerdictSchema } from './eligibility'
import { endpoint } from './endpoint'
import {
  PolicyAmountSchema,
  PolicyCategorySchema,
  PolicyPageSchema,
  PolicyStatusSchema,
  PolicySummarySchema,
  policyKeyword,
  policyListEndpoints,
  policyText as text,
} from './policy-list'

// The public list's schemas belong to the policy library too.
export * from './policy-list'

/**
 * The policy library (政策库): employment and start-up support policies, who they are for (as words and as
 * a machine-readable Condition), how much, what to bring and where to apply. Full text is structured
 * blocks of plain strings: nothing is ever rendered as HTML, so both builds draw it natively.
 */

export const POLICY_TITLE_MAX = 100
export const POLICY_TEXT_MAX = 2000
export const POLICY_BLOCKS_MAX = 200
export const POLICY_LIST_ITEMS_MAX = 50
export const POLICY_TABLE_COLUMNS_MAX = 8
export const POLICY_TABLE_ROWS_MAX = 60
export const POLICY_MATERIALS_MAX = 30


const dateField = calendarDate


/** Where to apply: here in the app, or at a counter with its place and opening hours. */
export const ApplyMethodSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('online') }),
    z.object({ kind: z.literal('offline'), place: text('办理地点', 2, 200), hours: text('办理时间', 2, 100) }),
  ],
  { error: '请选择申请方式：线上或线下' },
)
export type ApplyMethod = z.infer<typeof ApplyMethodSchema>

const cell = text('表格内容', 0, 200)

/** One block of a policy's full text. Strings only: no HTML, no markup, no links. */
export const PolicyBlockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '标题级别只能是 1、2 或 3' }),
      text: text('标题', 1, POLICY_TITLE_MAX),
    }),
    z.object({ type: z.literal('paragraph'), text: text('段落', 1, POLICY_TEXT_MAX) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean({ error: '请说明是否为编号列表' }),
      items: z
        .array(text('列表项', 1, 500))
        .check(z.minLength(1, { error: '列表至少一项' }), z.maxLength(POLICY_LIST_ITEMS_MAX, { error: `列表最多 ${POLICY_LIST_ITEMS_MAX} 项` })),
    }),
    z
      .object({
        type: z.literal('table'),
        header: z
          .array(text('表头', 1, 50))
          .check(z.minLength(1, { error: '表格至少一列' }), z.maxLength(POLICY_TABLE_COLUMNS_MAX, { error: `表格最多 ${POLICY_TABLE_COLUMNS_MAX} 列` })),
        rows: z
          .array(z.array(cell))
          .check(z.minLength(1, { error: '表格至少一行' }), z.maxLength(POLICY_TABLE_ROWS_MAX, { error: `表格最多 ${POLICY_TABLE_ROWS_MAX} 行` })),
      })
      .check(z.refine((t) => t.rows.every((row) => row.length === t.header.length), { error: '表格每一行的格数要和表头一样', path: ['rows'] })),
  ],
  { error: '正文段落的类型不对（标题、段落、列表或表格）' },
)
export type PolicyBlock = z.infer<typeof PolicyBlockSchema>

export const PolicyFullTextSchema = z
  .array(PolicyBlockSchema)
  .check(z.minLength(1, { error: '请填写政策正文' }), z.maxLength(POLICY_BLOCKS_MAX, { error: `正文最多 ${POLICY_BLOCKS_MAX} 段` }))

/**
 * What an online application asks for, built by staff per policy: fields to fill in and materials to
 * photograph. Offline policies have none (null).
 */
export const APPLICATION_FIELDS_MAX = 20
export const APPLICATION_MATERIALS_MAX = 12
const formKey = z
  .string({ error: '字段标识应为文字' })
  .check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, { error: '字段标识只能是小写字母、数字和下划线，以字母开头' }))
export const ApplicationFieldSchema = z.object({
  key: formKey,
  label: text('字段名称', 1, 30),
  /** text: one line; number: whole number (e.g. 人数); date: YYYY-MM-DD; choice: one of options. */
  kind: z.enum(['text', 'number', 'date', 'choice'], { error: '字段类型只能是文字、数字、日期或选项' }),
  required: z.boolean({ error: '请说明是否必填' }),
  /** Shown under the field: 「请填写本人一类银行卡号」. */
  hint: z.optional(text('填写说明', 1, 100)),
  /** For `choice`. */
  options: z.optional(z.array(text('选项', 1, 30)).check(z.minLength(2, { error: '选项至少两个' }), z.maxLength(10, { error: '选项最多 10 个' }))),
})
export type ApplicationField = z.infer<typeof ApplicationFieldSchema>
export const ApplicationMaterialSchema = z.object({
  key: formKey,
  label: text('材料名称', 1, 60),
  required: z.boolean({ error: '请说明是否必须上传' }),
  /** How many photos at most (a two-sided ID card is 2). */
  maxFiles: z.number({ error: '照片张数应为数字' }).check(z.int(), z.gte(1, { error: '至少 1 张' }), z.lte(9, { error: '最多 9 张' })),
})
export type ApplicationMaterial = z.infer<typeof ApplicationMaterialSchema>
export const ApplicationFormSchema = z
  .object({
    fields: z.array(ApplicationFieldSchema).check(z.maxLength(APPLICATION_FIELDS_MAX, { error: `填写项最多 ${APPLICATION_FIELDS_MAX} 个` })),
    materials: z.array(ApplicationMaterialSchema).check(z.maxLength(APPLICATION_MATERIALS_MAX, { error: `材料最多 ${APPLICATION_MATERIALS_MAX} 项` })),
  })
  .check(
    z.refine((f) => new Set([...f.fields, ...f.materials].map((x) => x.key)).size === f.fields.length + f.materials.length, {
      error: '字段标识不能重复',
    }),
    z.refine((f) => f.fields.every((x) => (x.kind === 'choice') === (x.options !== undefined)), { error: '只有选项类字段需要（且必须）给出选项' }),
  )
export type ApplicationForm = z.infer<typeof ApplicationFormSchema>


/** A whole policy. */
export const PolicySchema = z.extend(PolicySummarySchema, {
  /** Who it is for, as staff wrote it. */
  audience: z.string(),
  materials: z.array(z.string()),
  applyMethod: ApplyMethodSchema,
  fullText: z.array(PolicyBlockSchema),
  conditions: ConditionSchema,
  /** Bumped on every change made while published. */
  version: z.number().check(z.int(), z.positive()),
  /** Why staff withdrew it (null unless withdrawn). */
  withdrawnReason: z.nullable(z.string()),
  /** What an online application asks for (null for policies applied for offline). */
  applicationForm: z.nullable(ApplicationFormSchema),
})
export type Policy = z.infer<typeof PolicySchema>


const policyFields = {
  title: text('政策名称', 2, POLICY_TITLE_MAX),
  issuer: text('发文单位', 2, 100),
  /** 文号, e.g. 长人社发〔2024〕12号; null when it has none. */
  docNumber: z.optional(z.nullable(text('文号', 1, 60))),
  region: text('适用地区', 2, 30),
  category: PolicyCategorySchema,
  audience: text('适用对象', 2, 500),
  amount: PolicyAmountSchema,
  materials: z.array(text('申请材料', 1, 200)).check(z.maxLength(POLICY_MATERIALS_MAX, { error: `申请材料最多 ${POLICY_MATERIALS_MAX} 项` })),
  applyMethod: ApplyMethodSchema,
  effectiveFrom: dateField('生效日期'),
  /** null or absent: no expiry date. */
  expiresOn: z.optional(z.nullable(dateField('截止日期'))),
  fullText: PolicyFullTextSchema,
  conditions: ConditionSchema,
  /** Required when applyMethod is online; ignored (stored as null) when offline. */
  applicationForm: z.optional(z.nullable(ApplicationFormSchema)),
}

const datesInOrder = (p: { effectiveFrom?: string; expiresOn?: string | null }) =>
  !p.effectiveFrom || !p.expiresOn || p.effectiveFrom <= p.expiresOn

/** A new policy (saved as a draft). */
export const CreatePolicyBodySchema = z
  .object(policyFields)
  .check(z.refine(datesInOrder, { error: '截止日期不能早于生效日期', path: ['expiresOn'] }))
export type CreatePolicyBody = z.input<typeof CreatePolicyBodySchema>

/** Changes to a policy: only the fields sent. */
export const UpdatePolicyBodySchema = z
  .partial(z.object(policyFields))
  .check(
    z.refine((p) => Object.keys(p).length > 0, { error: '没有要修改的内容' }),
    z.refine(datesInOrder, { error: '截止日期不能早于生效日期', path: ['expiresOn'] }),
  )
export type UpdatePolicyBody = z.input<typeof UpdatePolicyBodySchema>

export const WithdrawPolicyBodySchema = z.object({
  reason: z
    .string({ error: '请写明撤回理由' })
    .check(z.trim(), z.minLength(2, { error: '撤回理由至少 2 个字' }), z.maxLength(500, { error: '撤回理由最多 500 个字' })),
})
export type WithdrawPolicyBody = z.input<typeof WithdrawPolicyBodySchema>


export const ListStaffPoliciesQuerySchema = z.object({
  status: z.optional(PolicyStatusSchema),
  category: z.optional(listOf(PolicyCategorySchema)),
  q: policyKeyword,
  cursor: z.optional(CursorSchema),
  limit: PageLimitSchema,
})
export type ListStaffPoliciesQuery = z.input<typeof ListStaffPoliciesQuerySchema>

/**
 * The 政策计算器's answers so far: a person's facts, every one optional. Never an ID number: the
 * calculator asks for the birth date instead (the ID number is kept only in 我的资料, with its own consent).
 */
export const CalculatorAnswersSchema = z.extend(z.omit(PersonFactsSchema, { idNumber: true }), {
  idNumber: z.optional(z.never({ error: '政策计算器不需要身份证号，请填写出生日期' })),
})
export type CalculatorAnswers = z.input<typeof CalculatorAnswersSchema>

export const CheckPoliciesBodySchema = z.object({ answers: z.optional(CalculatorAnswersSchema) })
export type CheckPoliciesBody = z.input<typeof CheckPoliciesBodySchema>

/** A question to ask, with its words (QuestionTexts). */
export const PolicyQuestionSchema = z.object({ key: QuestionSchema, text: z.string() })
export type PolicyQuestion = z.infer<typeof PolicyQuestionSchema>

/** One open policy with the verdict for the facts given and roughly how much, in plain words. */
export const PolicyCheckSchema = z.object({
  policy: PolicySummarySchema,
  verdict: VerdictSchema,
  /** 「一次性 1,000 元」「500–3,000 元」「最高 300,000 元」 or the policy's own formula text. */
  amountText: z.string(),
})
export type PolicyCheck = z.infer<typeof PolicyCheckSchema>

/** The calculator's answer: every open policy, eligible first, then maybe, then ineligible; and what to ask next. */
export const PolicyCheckResultSchema = z.object({
  /** The one question the most undecided policies wait on; null when none is undecided. */
  nextQuestion: z.nullable(PolicyQuestionSchema),
  policies: z.array(PolicyCheckSchema),
})
export type PolicyCheckResult = z.infer<typeof PolicyCheckResultSchema>

/** The open policies a person's profile fits (eligible) or may fit (maybe), eligible first. */
export const MyPolicyMatchesSchema = z.object({
  policies: z.array(PolicyCheckSchema),
  /** What to fill in in 我的资料 to decide the maybe ones, the most-waited-on first. */
  questions: z.array(PolicyQuestionSchema),
})
export type MyPolicyMatches = z.infer<typeof MyPolicyMatchesSchema>

const IdParams = z.object({ id: IdSchema })
const STAFF_ERRORS = { 403: ['FORBIDDEN'] } as const

export const policyEndpoints = {
  ...policyListEndpoints,
  getPolicy: endpoint({
    operationId: 'getPolicy',
    method: 'GET',
    path: '/policies/:id',
    summary: '一条政策的全文、适用对象、金额、材料和申请方式；草稿和已撤回的只有工作人员看得到',
    tags: ['policies'],
    auth: 'none',
    params: IdParams,
    status: 200,
    response: PolicySchema,
    errors: { 404: ['POLICY_NOT_FOUND'] },
  }),
  listStaffPolicies: endpoint({
    operationId: 'listStaffPolicies',
    method: 'GET',
    path: '/staff/policies',
    summary: '工作人员的政策列表：各种状态都在，最近改动的在前',
    tags: ['policies'],
    auth: 'bearer',
    query: ListStaffPoliciesQuerySchema,
    status: 200,
    response: PolicyPageSchema,
    errors: { 400: ['INVALID_CURSOR'], ...STAFF_ERRORS },
  }),
  createPolicy: endpoint({
    operationId: 'createPolicy',
    method: 'POST',
    path: '/staff/policies',
    summary: '新建政策（草稿）；区级人员只能建本区的，全市人员都可以',
    tags: ['policies'],
    auth: 'bearer',
    body: CreatePolicyBodySchema,
    status: 201,
    response: PolicySchema,
    errors: STAFF_ERRORS,
  }),
  updatePolicy: endpoint({
    operationId: 'updatePolicy',
    method: 'PATCH',
    path: '/staff/policies/:id',
    summary: '修改政策（只改传来的字段）；已发布的改动后版本号加一；已撤回的不能再改',
    tags: ['policies'],
    auth: 'bearer',
    params: IdParams,
    body: UpdatePolicyBodySchema,
    status: 200,
    response: PolicySchema,
    errors: { ...STAFF_ERRORS, 404: ['POLICY_NOT_FOUND'], 409: ['POLICY_WITHDRAWN'] },
  }),
  publishPolicy: endpoint({
    operationId: 'publishPolicy',
    method: 'POST',
    path: '/staff/policies/:id/publish',
    summary: '发布草稿政策；已过截止日期的不能发布',
    tags: ['policies'],
    auth: 'bearer',
    params: IdParams,
    status: 200,
    response: PolicySchema,
    errors: { ...STAFF_ERRORS, 404: ['POLICY_NOT_FOUND'], 409: ['POLICY_NOT_DRAFT', 'POLICY_EXPIRED'] },
  }),
  withdrawPolicy: endpoint({
    operationId: 'withdrawPolicy',
    method: 'POST',
    path: '/staff/policies/:id/withdraw',
    summary: '撤回已发布的政策，写明理由；撤回后不再对外显示',
    tags: ['policies'],
    auth: 'bearer',
    params: IdParams,
    body: WithdrawPolicyBodySchema,
    status: 200,
    response: PolicySchema,
    errors: { ...STAFF_ERRORS, 404: ['POLICY_NOT_FOUND'], 409: ['POLICY_NOT_PUBLISHED'] },
  }),
  checkPolicies: endpoint({
    operationId: 'checkPolicies',
    method: 'POST',
    path: '/policies/check',
    summary: '政策计算器：按已回答的情况（不收身份证号）判断每条在有效期内的政策——符合、可能符合、不符合，符合的在前；再给出下一个要问的问题（没有待定的政策时为空）',
    tags: ['policies'],
    auth: 'none',
    body: CheckPoliciesBodySchema,
    status: 200,
    response: PolicyCheckResultSchema,
    errors: { 429: ['RATE_LIMITED'] },
  }),
  listMyPolicyMatches: endpoint({
    operationId: 'listMyPolicyMatches',
    method: 'GET',
    path: '/me/policy-matches',
    summary: '适合我的政策：按“我的资料”判断在有效期内的政策，列出符合和可能符合的（符合的在前），以及补充哪些资料能判断可能符合的；需要先同意政策匹配',
    tags: ['policies'],
    auth: 'bearer',
    status: 200,
    response: MyPolicyMatchesSchema,
    errors: { 409: ['CONSENT_REQUIRED'] },
  }),
}
