import { z } from 'zod/mini'
import { CursorSchema, DateSchema, IdSchema, PageLimitSchema, TimestampSchema, pageOf } from './common'
import { endpoint } from './endpoint'
import { JobStatusSchema } from './jobs'

/** Why a person reports a post: one tap each, the note is optional. */
export const ReportReasons = {
  fee: '收费、押金、培训贷',
  fake: '虚假招聘、岗位不存在',
  discrimination: '性别、户籍、婚育等歧视',
  pay: '工资太低或拖欠工资',
  contact: '只让私下联系',
  other: '其他问题',
} as const
export const ReportReasonSchema = z.enum(['fee', 'fake', 'discrimination', 'pay', 'contact', 'other'], {
  error: '请选择举报原因',
})
export type ReportReason = z.infer<typeof ReportReasonSchema>

/** `open`: waiting for staff. `upheld`: staff agreed and acted (the post was taken down). `dismissed`: nothing wrong found. */
export const ReportStatuses = { open: '处理中', upheld: '举报属实，已处理', dismissed: '经核查未发现问题' } as const
export const ReportStatusSchema = z.enum(['open', 'upheld', 'dismissed'])
export type ReportStatus = z.infer<typeof ReportStatusSchema>

export const REPORT_NOTE_MAX = 500

export const ReportJobBodySchema = z.object({
  reason: ReportReasonSchema,
  note: z._default(
    z.string({ error: '补充说明应为文字' }).check(z.trim(), z.maxLength(REPORT_NOTE_MAX, { error: `补充说明最多 ${REPORT_NOTE_MAX} 个字` })),
    '',
  ),
})
export type ReportJobBody = z.input<typeof ReportJobBodySchema>

/** The acknowledgement of a report: staff answer by `answerBy` (a city date), as `message` says. */
export const ReportReceiptSchema = z.object({
  id: IdSchema,
  status: ReportStatusSchema,
  answerBy: DateSchema,
  /** Plain words for the reporter, naming the date. */
  message: z.string(),
  createdAt: TimestampSchema,
})
export type ReportReceipt = z.infer<typeof ReportReceiptSchema>

/** A report as the person who made it sees it, with the outcome once staff decided. */
export const MyReportSchema = z.object({
  id: IdSchema,
  job: z.object({ id: IdSchema, title: z.string(), status: JobStatusSchema }),
  reason: ReportReasonSchema,
  note: z.string(),
  status: ReportStatusSchema,
  answerBy: DateSchema,
  /** What staff said when deciding (null while open). */
  outcomeNote: z.nullable(z.string()),
  decidedAt: z.nullable(TimestampSchema),
  createdAt: TimestampSchema,
})
export type MyReport = z.infer<typeof MyReportSchema>
export const MyReportPageSchema = pageOf(MyReportSchema)

/** A staff decision's reason: the employer or the reporter reads it, so it is never empty. */
export const StaffReasonSchema = z
  .string({ error: '请写明理由' })
  .check(z.trim(), z.minLength(2, { error: '理由至少 2 个字，对方会看到' }), z.maxLength(500, { error: '理由最多 500 个字' }))

export const QueueKindSchema = z.enum(['job', 'employer', 'report'], { error: '类型只能是岗位、单位或举报' })
export type QueueKind = z.infer<typeof QueueKindSchema>

/** Why screening sent a post to staff, with the law behind it where there is one. */
export const QueueScreeningReasonSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.nullable(z.string()),
  law: z.nullable(z.string()),
})

/** A post screening sent to staff before it is shown. */
export const QueueJobItemSchema = z.object({
  kind: z.literal('job'),
  id: IdSchema,
  title: z.string(),
  employer: z.object({ id: IdSchema, name: z.string(), verified: z.boolean() }),
  district: z.string(),
  reasons: z.array(QueueScreeningReasonSchema),
  /** Since when it waits (the queue is oldest first by this). */
  since: TimestampSchema,
})

/** An employer waiting for staff to check who they are. */
export const QueueEmployerItemSchema = z.object({
  kind: z.literal('employer'),
  id: IdSchema,
  name: z.string(),
  employerKind: z.enum(['enterprise', 'individual']),
  creditCode: z.nullable(z.string()),
  /** The 统一社会信用代码 failed its GB 32100 checksum: look twice. Null for individuals. */
  creditCodeValid: z.nullable(z.boolean()),
  district: z.nullable(z.string()),
  contactName: z.string(),
  contactPhone: z.string(),
  /** Where staff open the uploaded business licence; null when none was uploaded. */
  licencePath: z.nullable(z.string()),
  since: TimestampSchema,
})

/** A report waiting for a decision. The reporter is named only in part: staff judge the post, not the person. */
export const QueueReportItemSchema = z.object({
  kind: z.literal('report'),
  id: IdSchema,
  job: z.object({ id: IdSchema, title: z.string(), status: JobStatusSchema, district: z.string(), employerName: z.string() }),
  reason: ReportReasonSchema,
  note: z.string(),
  reporterName: z.string(),
  /** Open reports on the same post, this one included. */
  openReportsOnJob: z.number().check(z.int(), z.positive()),
  answerBy: DateSchema,
  /** The promised date has passed. */
  overdue: z.boolean(),
  since: TimestampSchema,
})

export const QueueItemSchema = z.discriminatedUnion('kind', [QueueJobItemSchema, QueueEmployerItemSchema, QueueReportItemSchema])
export type QueueItem = z.infer<typeof QueueItemSchema>

export const QueueCountsSchema = z.object({
  job: z.number().check(z.int(), z.nonnegative()),
  employer: z.number().check(z.int(), z.nonnegative()),
  report: z.number().check(z.int(), z.nonnegative()),
  /** Open reports past their promised date. */
  overdueReports: z.number().check(z.int(), z.nonnegative()),
})
export type QueueCounts = z.infer<typeof QueueCountsSchema>

export const ReviewQueueSchema = z.object({
  items: z.array(QueueItemSchema),
  nextCursor: z.nullable(z.string()),
  /** The whole queue in the caller's scope, whatever `kind` filtered. */
  counts: QueueCountsSchema,
})
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>

export const JobReviewDecisions = { approve: '通过，发布', reject: '退回修改', take_down: '下架' } as const
export const ReviewJobBodySchema = z.object({
  decision: z.enum(['approve', 'reject', 'take_down'], { error: '请选择通过、退回或下架' }),
  reason: StaffReasonSchema,
})
export type ReviewJobBody = z.input<typeof ReviewJobBodySchema>

export const CheckJobBodySchema = z.object({
  reason: z.optional(z.string().check(z.trim(), z.maxLength(500, { error: '说明最多 500 个字' }))),
})

/** A post after a staff decision. */
export const ReviewedJobSchema = z.object({
  id: IdSchema,
  status: JobStatusSchema,
  checkedByStaff: z.boolean(),
  staffNote: z.nullable(z.string()),
  updatedAt: TimestampSchema,
})
export type ReviewedJob = z.infer<typeof ReviewedJobSchema>

export const EmployerVerificationDecisions = { verify: '认证通过', reject: '不通过' } as const
export const DecideEmployerBodySchema = z.object({
  decision: z.enum(['verify', 'reject'], { error: '请选择通过或不通过' }),
  reason: StaffReasonSchema,
})
export type DecideEmployerBody = z.input<typeof DecideEmployerBodySchema>

export const EmployerDecisionResultSchema = z.object({
  id: IdSchema,
  verificationStatus: z.enum(['unverified', 'pending', 'verified', 'rejected']),
  verificationNote: z.nullable(z.string()),
  verifiedAt: z.nullable(TimestampSchema),
})

export const ReportDecisions = { uphold: '属实，下架岗位', dismiss: '不属实' } as const
export const DecideReportBodySchema = z.object({
  decision: z.enum(['uphold', 'dismiss'], { error: '请选择属实或不属实' }),
  reason: StaffReasonSchema,
})
export type DecideReportBody = z.input<typeof DecideReportBodySchema>

export const DecidedReportSchema = z.object({
  id: IdSchema,
  status: ReportStatusSchema,
  outcomeNote: z.nullable(z.string()),
  decidedAt: z.nullable(TimestampSchema),
  /** The post as it stands after the decision (closed when upheld). */
  job: z.object({ id: IdSchema, status: JobStatusSchema }),
  /** Reports on the post this decision closed, this one included. */
  closedReports: z.number().check(z.int(), z.positive()),
})

export const AuditTargetKindSchema = z.enum(['job', 'employer', 'report', 'station', 'sample_audit', 'setting', 'policy', 'subsidy_application'], {
  error: '对象类型不对',
})

export const AuditEntrySchema = z.object({
  /** Numbers in order of recording (a string: the log may outgrow JavaScript's safe integers). */
  id: z.string(),
  at: TimestampSchema,
  staff: z.object({ id: IdSchema, displayName: z.string() }),
  /** A stable verb: `job.approve`, `job.take_down`, `employer.verify`, `report.dismiss` … */
  action: z.string(),
  targetKind: AuditTargetKindSchema,
  targetId: z.string(),
  reason: z.nullable(z.string()),
  /** The fields the action changed, as they were and as they became. */
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export const AuditLogPageSchema = pageOf(AuditEntrySchema)

export const SAMPLE_SIZE_MAX = 50
export const AuditMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM' }))

export const SampleAuditSchema = z.object({
  id: IdSchema,
  job: z.object({ id: IdSchema, title: z.string(), status: JobStatusSchema, district: z.string(), employerName: z.string() }),
  drawnAt: TimestampSchema,
  drawnBy: z.object({ id: IdSchema, displayName: z.string() }),
  /** null until rated. */
  compliant: z.nullable(z.boolean()),
  note: z.nullable(z.string()),
  ratedAt: z.nullable(TimestampSchema),
})
export type SampleAudit = z.infer<typeof SampleAuditSchema>

export const DrawSampleBodySchema = z.object({
  size: z
    .number({ error: '请填抽查条数' })
    .check(
      z.int({ error: '抽查条数是整数' }),
      z.gte(1, { error: '至少抽 1 条' }),
      z.lte(SAMPLE_SIZE_MAX, { error: `一次最多抽 ${SAMPLE_SIZE_MAX} 条` }),
    ),
})

/** Not compliant needs a note saying what is wrong; compliant may carry one. */
export const RateSampleBodySchema = z.discriminatedUnion(
  'compliant',
  [
    z.object({
      compliant: z.literal(true),
      note: z._default(z.string().check(z.trim(), z.maxLength(500, { error: '说明最多 500 个字' })), ''),
    }),
    z.object({
      compliant: z.literal(false),
      note: z
        .string({ error: '请写明哪里不合规' })
        .check(z.trim(), z.minLength(2, { error: '请写明哪里不合规' }), z.maxLength(500, { error: '说明最多 500 个字' })),
    }),
  ],
  { error: '请选择合规或不合规' },
)
export type RateSampleBody = z.input<typeof RateSampleBodySchema>

/** One month of sample audits: `share` = nonCompliant / rated, null when nothing was rated. */
export const SampleMonthSchema = z.object({
  month: AuditMonthSchema,
  sampled: z.number().check(z.int(), z.nonnegative()),
  rated: z.number().check(z.int(), z.nonnegative()),
  nonCompliant: z.number().check(z.int(), z.nonnegative()),
  share: z.nullable(z.number().check(z.gte(0), z.lte(1))),
})
export type SampleMonth = z.infer<typeof SampleMonthSchema>

export const DrawnSamplesSchema = z.object({ items: z.array(SampleAuditSchema) })

export const SampleAuditListSchema = z.object({ summary: SampleMonthSchema, items: z.array(SampleAuditSchema) })
export type SampleAuditList = z.infer<typeof SampleAuditListSchema>

export const StaffDashboardSchema = z.object({
  /** null for city-wide staff. */
  district: z.nullable(z.string()),
  queue: QueueCountsSchema,
  /** The last six months, oldest first, this month last. */
  samples: z.array(SampleMonthSchema),
})
export type StaffDashboard = z.infer<typeof StaffDashboardSchema>

const IdParams = z.object({ id: IdSchema })
const STAFF_ERRORS = { 403: ['FORBIDDEN'] } as const

export const reviewEndpoints = {
  reportJob: endpoint({
    operationId: 'reportJob',
    method: 'POST',
    path: '/jobs/:id/reports',
    summary: '举报岗位：选原因，可写补充说明；回执写明驿站答复的日期。同一人对同一岗位未处理的举报再提交，返回原来那条（200）',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: ReportJobBodySchema,
    status: 201,
    response: ReportReceiptSchema,
    errors: { 404: ['JOB_NOT_FOUND'], 409: ['CANNOT_REPORT_OWN_JOB'] },
  }),
  listMyReports: endpoint({
    operationId: 'listMyReports',
    method: 'GET',
    path: '/me/reports',
    summary: '我的举报和处理结果，最近的在前',
    tags: ['reviews'],
    auth: 'bearer',
    query: z.object({ cursor: z.optional(CursorSchema), limit: PageLimitSchema }),
    status: 200,
    response: MyReportPageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
  getReviewQueue: endpoint({
    operationId: 'getReviewQueue',
    method: 'GET',
    path: '/staff/review-queue',
    summary: '驿站审核队列（本区或全市）：待审岗位、待认证单位、未处理举报，等得最久的在前',
    tags: ['reviews'],
    auth: 'bearer',
    query: z.object({ kind: z.optional(QueueKindSchema), cursor: z.optional(CursorSchema), limit: PageLimitSchema }),
    status: 200,
    response: ReviewQueueSchema,
    errors: { 400: ['INVALID_CURSOR'], ...STAFF_ERRORS },
  }),
  reviewJob: endpoint({
    operationId: 'reviewJob',
    method: 'POST',
    path: '/staff/jobs/:id/review',
    summary: '审核岗位：通过发布、退回修改或下架，理由用人单位看得到；下架时通知已录用的人，岗位上的举报记为属实',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: ReviewJobBodySchema,
    status: 200,
    response: ReviewedJobSchema,
    errors: { ...STAFF_ERRORS, 404: ['JOB_NOT_FOUND'], 409: ['JOB_NOT_PENDING_REVIEW', 'JOB_NOT_LIVE'] },
  }),
  checkJob: endpoint({
    operationId: 'checkJob',
    method: 'POST',
    path: '/staff/jobs/:id/check',
    summary: '标记“驿站已核实”：工作人员核对过这个在招岗位',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: CheckJobBodySchema,
    status: 200,
    response: ReviewedJobSchema,
    errors: { ...STAFF_ERRORS, 404: ['JOB_NOT_FOUND'], 409: ['JOB_NOT_LIVE'] },
  }),
  decideEmployerVerification: endpoint({
    operationId: 'decideEmployerVerification',
    method: 'POST',
    path: '/staff/employers/:id/verification',
    summary: '用人单位认证：通过或不通过，理由单位看得到',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: DecideEmployerBodySchema,
    status: 200,
    response: EmployerDecisionResultSchema,
    errors: { ...STAFF_ERRORS, 404: ['EMPLOYER_NOT_FOUND'], 409: ['EMPLOYER_NOT_PENDING'] },
  }),
  decideReport: endpoint({
    operationId: 'decideReport',
    method: 'POST',
    path: '/staff/reports/:id/decision',
    summary: '处理举报：属实则下架岗位并结清它的全部举报，不属实则结清这一条；举报人收到结果和理由',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: DecideReportBodySchema,
    status: 200,
    response: DecidedReportSchema,
    errors: { ...STAFF_ERRORS, 404: ['REPORT_NOT_FOUND'], 409: ['REPORT_ALREADY_DECIDED'] },
  }),
  listAuditLog: endpoint({
    operationId: 'listAuditLog',
    method: 'GET',
    path: '/staff/audit-log',
    summary: '工作人员操作记录（谁、何时、做了什么、改前改后），最新的在前；区级人员看本区人员做的和关于本区对象的',
    tags: ['reviews'],
    auth: 'bearer',
    query: z.object({
      cursor: z.optional(CursorSchema),
      limit: PageLimitSchema,
      targetKind: z.optional(AuditTargetKindSchema),
      targetId: z.optional(z.string().check(z.minLength(1), z.maxLength(100, { error: '对象编号太长' }))),
    }),
    status: 200,
    response: AuditLogPageSchema,
    errors: { 400: ['INVALID_CURSOR'], ...STAFF_ERRORS },
  }),
  drawSampleAudit: endpoint({
    operationId: 'drawSampleAudit',
    method: 'POST',
    path: '/staff/sample-audits',
    summary: '随机抽查在招岗位（本区或全市，本月未抽过的），返回抽到的岗位；在招岗位不够时抽到的会少于要求',
    tags: ['reviews'],
    auth: 'bearer',
    body: DrawSampleBodySchema,
    status: 201,
    response: DrawnSamplesSchema,
    errors: STAFF_ERRORS,
  }),
  rateSampleAudit: endpoint({
    operationId: 'rateSampleAudit',
    method: 'PUT',
    path: '/staff/sample-audits/:id',
    summary: '给抽查的岗位打分：合规或不合规（不合规要写明原因）；可以改判',
    tags: ['reviews'],
    auth: 'bearer',
    params: IdParams,
    body: RateSampleBodySchema,
    status: 200,
    response: SampleAuditSchema,
    errors: { ...STAFF_ERRORS, 404: ['SAMPLE_AUDIT_NOT_FOUND'] },
  }),
  listSampleAudits: endpoint({
    operationId: 'listSampleAudits',
    method: 'GET',
    path: '/staff/sample-audits',
    summary: '某月的抽查（默认本月）：待打分的在前，附当月合计',
    tags: ['reviews'],
    auth: 'bearer',
    query: z.object({ month: z.optional(AuditMonthSchema) }),
    status: 200,
    response: SampleAuditListSchema,
    errors: STAFF_ERRORS,
  }),
  getStaffDashboard: endpoint({
    operationId: 'getStaffDashboard',
    method: 'GET',
    path: '/staff/dashboard',
    summary: '工作台：各类待办数、逾期举报，近 6 个月抽查的不合规比例（平台自己的数字）',
    tags: ['reviews'],
    auth: 'bearer',
    status: 200,
    response: StaffDashboardSchema,
    errors: STAFF_ERRORS,
  }),
}
