import { z } from 'zod/mini'
import { CursorSchema, DateSchema, IdSchema, IdempotencyHeadersSchema, PageLimitSchema, TimestampSchema, listOf, pageOf } from './common'
import { FileBytesSchema } from './employers'
import { endpoint } from './endpoint'
import { PolicyCategorySchema } from './policies'

/**
 * Subsidy applications (补贴申领, issue 14): a person applies online for a policy that takes online
 * applications, with the policy's form filled in and photos of its materials, and follows it through
 * 已提交 → 已受理 → 审核中 → 已通过 / 未通过 / 需补充材料 → 已发放. Staff of the application's region
 * review it. Material photos are uploaded first (`uploadSubsidyMaterial`) and named by id in the body.
 */

export const SubsidyStatuses = {
  submitted: '已提交',
  accepted: '已受理',
  reviewing: '审核中',
  needs_more: '需补充材料',
  approved: '已通过',
  rejected: '未通过',
  paid: '已发放',
} as const
export type SubsidyStatus = keyof typeof SubsidyStatuses
export const SubsidyStatusSchema = z.enum(Object.keys(SubsidyStatuses) as [SubsidyStatus, ...SubsidyStatus[]], { error: '申请状态不对' })

/** Rejected and paid applications are closed; any other is open, and a person has at most one open per policy. */
export const CLOSED_SUBSIDY_STATUSES: readonly SubsidyStatus[] = ['rejected', 'paid']

/** Material photos: JPEG or PNG, judged by their bytes, at most 5 MB each. */
export const MATERIAL_MAX_BYTES = 5 * 1024 * 1024
export const MATERIAL_MIME_TYPES = ['image/jpeg', 'image/png'] as const

export const UploadedMaterialSchema = z.object({
  id: IdSchema,
  mimeType: z.string(),
  sizeBytes: z.number().check(z.int(), z.positive()),
  uploadedAt: TimestampSchema,
})
export type UploadedMaterial = z.infer<typeof UploadedMaterialSchema>

export const FIELD_VALUE_MAX = 200

/**
 * What the person sends: the form's values by field key (numbers and dates as text, checked against
 * the policy's form by the server), the uploaded photo ids by material key, and the declaration.
 */
export const SubsidyApplicationBodySchema = z.object({
  fields: z.record(
    z.string().check(z.maxLength(40)),
    z.string({ error: '填写内容应为文字' }).check(z.trim(), z.maxLength(FIELD_VALUE_MAX, { error: `最多 ${FIELD_VALUE_MAX} 个字` })),
  ),
  materials: z.record(
    z.string().check(z.maxLength(40)),
    z.array(IdSchema).check(z.maxLength(9, { error: '每项材料最多 9 张照片' })),
  ),
  /** 「本人承诺所填信息和材料真实有效」: must be true. */
  declaration: z.literal(true, { error: '请阅读并勾选承诺' }),
})
export type SubsidyApplicationBody = z.input<typeof SubsidyApplicationBodySchema>

/** One step of the timeline: the status the application moved to, when, and what staff wrote. */
export const SubsidyEventSchema = z.object({
  status: SubsidyStatusSchema,
  /** True when the person resubmitted after 需补充材料 (status is then `submitted` again). */
  resubmitted: z.boolean(),
  at: TimestampSchema,
  /** Staff's words: what to add, why not, or a note on approval. */
  note: z.nullable(z.string()),
})
export type SubsidyEvent = z.infer<typeof SubsidyEventSchema>

export const SubsidyApplicationSummarySchema = z.object({
  id: IdSchema,
  policy: z.object({ id: IdSchema, title: z.string(), category: PolicyCategorySchema }),
  status: SubsidyStatusSchema,
  submittedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Set once paid. */
  paidAmountFen: z.nullable(z.number().check(z.int(), z.nonnegative())),
  paidOn: z.nullable(DateSchema),
})
export type SubsidyApplicationSummary = z.infer<typeof SubsidyApplicationSummarySchema>

export const SubsidyMaterialFilesSchema = z.object({
  key: z.string(),
  label: z.string(),
  files: z.array(UploadedMaterialSchema),
})

/** The whole application, as the person and the reviewing staff see it. */
export const SubsidyApplicationSchema = z.extend(SubsidyApplicationSummarySchema, {
  /** The form's values, with the labels they were asked under. */
  fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  materials: z.array(SubsidyMaterialFilesSchema),
  /** Oldest first. */
  events: z.array(SubsidyEventSchema),
  /** What staff asked for when the status is needs_more; why when rejected. */
  staffNote: z.nullable(z.string()),
  /** The district whose staff handle it. */
  region: z.string(),
})
export type SubsidyApplication = z.infer<typeof SubsidyApplicationSchema>

/** What staff see beyond the person's own view: who applied (name and masked phone only). */
export const StaffSubsidyApplicationSchema = z.extend(SubsidyApplicationSchema, {
  applicant: z.object({ realName: z.nullable(z.string()), phoneMasked: z.string() }),
})
export type StaffSubsidyApplication = z.infer<typeof StaffSubsidyApplicationSchema>

export const SubsidyApplicationPageSchema = pageOf(SubsidyApplicationSummarySchema)
export const StaffSubsidyApplicationPageSchema = pageOf(StaffSubsidyApplicationSchema)

const note = (label: string) =>
  z.string({ error: `请填写${label}` }).check(z.trim(), z.minLength(2, { error: `${label}至少 2 个字` }), z.maxLength(500, { error: `${label}最多 500 个字` }))

/** A staff decision. Which ones are allowed depends on the status (INVALID_TRANSITION otherwise). */
export const SubsidyActionBodySchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('accept') }),
    z.object({ action: z.literal('start_review') }),
    z.object({ action: z.literal('request_more'), note: note('需要补充的材料') }),
    z.object({ action: z.literal('approve'), note: z.optional(note('审核意见')) }),
    z.object({ action: z.literal('reject'), note: note('不通过的理由') }),
    z.object({
      action: z.literal('mark_paid'),
      amountFen: z.number({ error: '请填写发放金额' }).check(z.int({ error: '金额应为整数（分）' }), z.positive({ error: '发放金额应大于 0' }), z.lte(1_000_000_000, { error: '金额太大了' })),
      paidOn: DateSchema,
    }),
  ],
  { error: '请选择要做的处理：受理、开始审核、要求补充、通过、不通过或标记已发放' },
)
export type SubsidyActionBody = z.input<typeof SubsidyActionBodySchema>

export type SubsidyAction = SubsidyActionBody['action']

/**
 * Each staff action: the statuses it may be taken from and the one it leads to. 需补充材料 goes back
 * to 已提交 only by the person resubmitting; rejected and paid applications are closed.
 */
export const SUBSIDY_ACTIONS: Record<SubsidyAction, { from: readonly SubsidyStatus[]; to: SubsidyStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  start_review: { from: ['accepted'], to: 'reviewing' },
  request_more: { from: ['submitted', 'accepted', 'reviewing'], to: 'needs_more' },
  approve: { from: ['reviewing'], to: 'approved' },
  reject: { from: ['submitted', 'accepted', 'reviewing'], to: 'rejected' },
  mark_paid: { from: ['approved'], to: 'paid' },
}

/** The actions staff may take on an application in `status`, in the order above. */
export const subsidyActionsFrom = (status: SubsidyStatus): SubsidyAction[] =>
  (Object.keys(SUBSIDY_ACTIONS) as SubsidyAction[]).filter((action) => SUBSIDY_ACTIONS[action].from.includes(status))

const IdParams = z.object({ id: IdSchema })
const APPLICATION_ERRORS = { 404: ['SUBSIDY_APPLICATION_NOT_FOUND'] } as const

export const subsidyEndpoints = {
  uploadSubsidyMaterial: endpoint({
    operationId: 'uploadSubsidyMaterial',
    method: 'POST',
    path: '/me/subsidy-materials',
    summary: '上传一张申请材料照片：multipart/form-data 的 file 字段，JPG 或 PNG，最大 5 MB；返回的编号填进申请的 materials',
    tags: ['subsidies'],
    auth: 'bearer',
    upload: {
      field: 'file',
      maxBytes: MATERIAL_MAX_BYTES,
      mimeTypes: MATERIAL_MIME_TYPES,
      errors: { typeNotAllowed: 'MATERIAL_TYPE_NOT_ALLOWED', tooLarge: 'MATERIAL_TOO_LARGE' },
    },
    status: 201,
    response: UploadedMaterialSchema,
    errors: { 400: ['MATERIAL_TYPE_NOT_ALLOWED'], 413: ['MATERIAL_TOO_LARGE'] },
  }),
  applyForSubsidy: endpoint({
    operationId: 'applyForSubsidy',
    method: 'POST',
    path: '/policies/:id/applications',
    summary:
      '网上申领补贴：按政策的申请表填写、附上已上传的材料照片并勾选承诺（Idempotency-Key 保证重试只提交一次）；同一政策同时只能有一份未结束的申请',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    headers: IdempotencyHeadersSchema,
    body: SubsidyApplicationBodySchema,
    status: 201,
    response: SubsidyApplicationSchema,
    errors: {
      400: ['VALIDATION_FAILED', 'MATERIAL_NOT_FOUND'],
      404: ['POLICY_NOT_FOUND'],
      409: ['POLICY_NOT_ONLINE', 'POLICY_EXPIRED', 'NOT_ELIGIBLE', 'APPLICATION_EXISTS', 'IDEMPOTENCY_KEY_REUSED'],
    },
  }),
  listMySubsidyApplications: endpoint({
    operationId: 'listMySubsidyApplications',
    method: 'GET',
    path: '/me/subsidy-applications',
    summary: '我的补贴申请，最近有变化的在前',
    tags: ['subsidies'],
    auth: 'bearer',
    query: z.object({ cursor: z.optional(CursorSchema), limit: PageLimitSchema }),
    status: 200,
    response: SubsidyApplicationPageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
  getMySubsidyApplication: endpoint({
    operationId: 'getMySubsidyApplication',
    method: 'GET',
    path: '/me/subsidy-applications/:id',
    summary: '我的一份补贴申请：填写的内容、材料、进度时间线和工作人员的意见',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    status: 200,
    response: SubsidyApplicationSchema,
    errors: APPLICATION_ERRORS,
  }),
  resubmitSubsidyApplication: endpoint({
    operationId: 'resubmitSubsidyApplication',
    method: 'PUT',
    path: '/me/subsidy-applications/:id',
    summary: '补充材料后重新提交（只在“需补充材料”时可以）：整份替换填写内容和材料',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    body: SubsidyApplicationBodySchema,
    status: 200,
    response: SubsidyApplicationSchema,
    errors: { 400: ['VALIDATION_FAILED', 'MATERIAL_NOT_FOUND'], ...APPLICATION_ERRORS, 409: ['INVALID_TRANSITION'] },
  }),
  getSubsidyMaterial: endpoint({
    operationId: 'getSubsidyMaterial',
    method: 'GET',
    path: '/subsidy-materials/:id',
    summary: '一张材料照片本身（上传者本人，或负责该申请所在区县的工作人员）；不缓存',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    status: 200,
    download: { mimeTypes: MATERIAL_MIME_TYPES },
    response: FileBytesSchema,
    errors: { 404: ['MATERIAL_NOT_FOUND'] },
  }),
  listStaffSubsidyApplications: endpoint({
    operationId: 'listStaffSubsidyApplications',
    method: 'GET',
    path: '/staff/subsidy-applications',
    summary: '工作人员的补贴申请队列（本区县的）：按状态筛选，等得最久的在前',
    tags: ['subsidies'],
    auth: 'bearer',
    query: z.object({ status: z.optional(listOf(SubsidyStatusSchema)), cursor: z.optional(CursorSchema), limit: PageLimitSchema }),
    status: 200,
    response: StaffSubsidyApplicationPageSchema,
    errors: { 400: ['INVALID_CURSOR'], 403: ['FORBIDDEN'] },
  }),
  getStaffSubsidyApplication: endpoint({
    operationId: 'getStaffSubsidyApplication',
    method: 'GET',
    path: '/staff/subsidy-applications/:id',
    summary: '工作人员查看一份补贴申请（只限本区县）',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    status: 200,
    response: StaffSubsidyApplicationSchema,
    errors: { 403: ['FORBIDDEN'], ...APPLICATION_ERRORS },
  }),
  actOnSubsidyApplication: endpoint({
    operationId: 'actOnSubsidyApplication',
    method: 'POST',
    path: '/staff/subsidy-applications/:id/actions',
    summary: '工作人员处理补贴申请：受理、开始审核、要求补充材料、通过、不通过（写明理由）、标记已发放（金额和日期）；每一步都通知申请人并记入操作日志',
    tags: ['subsidies'],
    auth: 'bearer',
    params: IdParams,
    body: SubsidyActionBodySchema,
    status: 200,
    response: StaffSubsidyApplicationSchema,
    errors: { 403: ['FORBIDDEN'], ...APPLICATION_ERRORS, 409: ['INVALID_TRANSITION'] },
  }),
}
