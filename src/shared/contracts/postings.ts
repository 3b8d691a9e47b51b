import { z } from 'zod/mini'
import { IdSchema, TimestampSchema, calendarDate } from './common'
import { endpoint } from './endpoint'
import {
  EmploymentTypeSchema,
  JobCategories,
  JobSchema,
  PayUnitSchema,
  SettlementSchema,
  type JobCategory,
} from './jobs'

/** A required field left out reads "请填写…", a field of the wrong kind reads `wrongKind`. */
const missingOr = (missing: string, wrongKind: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongKind)

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: missingOr(`请填写${label}`, `${label}应为文字`) })
    .check(
      z.trim(),
      z.minLength(min, { error: min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字` }),
      z.maxLength(max, { error: `${label}最多 ${max} 个字` }),
    )

const optionalText = (label: string, max: number) =>
  z.optional(z.string({ error: `${label}应为文字` }).check(z.trim(), z.maxLength(max, { error: `${label}最多 ${max} 个字` })))

const dateField = calendarDate
const timeField = (label: string) =>
  z
    .string({ error: missingOr(`请选择${label}`, `${label}格式应为 HH:MM`) })
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}格式应为 HH:MM（如 08:00）` }))

const DAY_MS = 86_400_000
/** Days from `from` to `to` (YYYY-MM-DD each). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

export const HEADCOUNT_MAX = 500
/** Short-term work: a post covering more than this many days belongs in ordinary recruitment. */
export const WORK_SPAN_MAX_DAYS = 180
/** ¥100,000 in fen: above this a figure is a typing slip, not a wage. */
export const PAY_MAX_FEN = 10_000_000

const categoryIds = Object.keys(JobCategories) as [JobCategory, ...JobCategory[]]

/**
 * The fields of a job post, each with its own check and Chinese message: everything 人力资源市场暂行条例
 * Art. 24 and 网络招聘服务管理规定 Art. 15 ask a post to state (employer — the caller's —, headcount, duties,
 * requirements, place, pay, employment type, working conditions, validity), plus how hiring works.
 * Without the checks across fields, so that an edit can send any subset (UpdateJobBodySchema).
 */
export const JobPostFieldsSchema = z.object({
  title: text('岗位名称', 2, 30),
  category: z.enum(categoryIds, { error: missingOr('请选择工种', '工种不在列表里') }),
  headcount: z
    .number({ error: missingOr('请填写招聘人数', '招聘人数应为数字') })
    .check(
      z.int({ error: '招聘人数应为整数' }),
      z.gte(1, { error: '至少招 1 人' }),
      z.lte(HEADCOUNT_MAX, { error: `一次最多招 ${HEADCOUNT_MAX} 人` }),
    ),
  /** 工作内容 */
  duties: text('工作内容', 5, 1000),
  /** 任职要求: what the work needs of a person (a skill, a certificate), never who they are. */
  requirements: text('任职要求', 1, 500),
  /** 工作条件: meals, tools, transport, safety gear. */
  conditions: text('工作条件', 1, 500),
  address: text('工作地址', 4, 100),
  district: text('所在区县', 2, 20),
  location: z.object(
    {
      lat: z
        .number({ error: '纬度应为数字' })
        .check(z.gte(-90, { error: '纬度超出范围' }), z.lte(90, { error: '纬度超出范围' })),
      lng: z
        .number({ error: '经度应为数字' })
        .check(z.gte(-180, { error: '经度超出范围' }), z.lte(180, { error: '经度超出范围' })),
    },
    { error: '请在地图上选择工作地点' },
  ),
  /** The station the post is listed under, if any. */
  stationId: z.optional(z.nullable(IdSchema)),
  pay: z.object(
    {
      amountFen: z
        .number({ error: missingOr('请填写工资', '工资应为数字') })
        .check(
          z.int({ error: '工资以分为单位，应为整数' }),
          z.positive({ error: '工资应大于 0' }),
          z.lte(PAY_MAX_FEN, { error: '工资数额太大了，请检查' }),
        ),
      unit: PayUnitSchema,
    },
    { error: '请填写工资和计薪方式' },
  ),
  settlement: SettlementSchema,
  employmentType: EmploymentTypeSchema,
  workDateStart: dateField('开工日期'),
  workDateEnd: dateField('完工日期'),
  /** HH:MM, city time. An end at or before the start is the next morning (a night shift). */
  workStartTime: timeField('每天上班时间'),
  workEndTime: timeField('每天下班时间'),
  /** In plain words (08:00–17:00（午休 1 小时）); made from the two times when left out. */
  workHours: optionalText('工作时间说明', 50),
  /** The post is shown until this date (inclusive); not after the last work day, not before today. */
  validUntil: dateField('招聘截止日期'),
  /** Where exactly to meet on the day (a gate, a foreman): told only to hired workers. */
  meetingPoint: optionalText('集合地点', 100),
  hiringMode: z.enum(['first_come', 'review'], { error: missingOr('请选择录用方式', '录用方式只能是先到先得或用人单位挑选') }),
  /** A welcome to workers over 50/60; never a limit on anyone. */
  welcomesOlder: z.optional(z.boolean({ error: '欢迎大龄求职者只能选是或否' })),
})

/**
 * A whole job post: `POST /jobs`, `POST /jobs/screen`, and the posting form's validator. Each check
 * across fields names the field a form shows it under. That the validity date is not already past
 * is checked by the server (it knows the city's today).
 */
export const JobPostBodySchema = JobPostFieldsSchema.check(
  z.refine((p) => p.workDateEnd >= p.workDateStart, { error: '完工日期不能早于开工日期', path: ['workDateEnd'] }),
  z.refine((p) => daysBetween(p.workDateStart, p.workDateEnd) < WORK_SPAN_MAX_DAYS, {
    error: `短期岗位的工期最长 ${WORK_SPAN_MAX_DAYS} 天`,
    path: ['workDateEnd'],
  }),
  z.refine((p) => p.validUntil <= p.workDateEnd, { error: '招聘截止日期不能晚于最后一个工作日', path: ['validUntil'] }),
)
export type JobPostBody = z.input<typeof JobPostBodySchema>

/** An edit: any subset of the fields. The server checks the post as it would become, as a whole. */
export const UpdateJobBodySchema = z.partial(JobPostFieldsSchema)
export type UpdateJobBody = z.input<typeof UpdateJobBodySchema>

/** The fields screening reads (ScreenedField in shared/screening), and `employer` for reasons about who posts. */
export const ScreenedFieldSchema = z.enum([
  'title',
  'duties',
  'requirements',
  'conditions',
  'meetingPoint',
  'pay',
  'workHours',
  'settlement',
  'employer',
])

/**
 * `pass`: nothing found. `review`: staff look before it is shown (pay far above the trade's usual
 * rate, contact only in private, vague duties, an employer with open reports). `reject`: against the
 * law (a fee or deposit asked of the worker, pay below the minimum wage, a gender, hukou or marriage
 * condition …); `law` names the provision.
 */
export const ScreeningVerdictSchema = z.enum(['pass', 'review', 'reject'])
export const ScreeningReasonSchema = z.object({
  code: z.string(),
  verdict: z.enum(['review', 'reject']),
  message: z.string(),
  field: z.nullable(ScreenedFieldSchema),
  law: z.nullable(z.string()),
})
export const ScreeningResultSchema = z.object({ verdict: ScreeningVerdictSchema, reasons: z.array(ScreeningReasonSchema) })
export type ScreeningResultBody = z.infer<typeof ScreeningResultSchema>

/** Why a post stopped: the employer closed it, staff took it down, its dates passed. */
export const CloseReasons = { employer: '用人单位停招', taken_down: '驿站下架', expired: '已过期' } as const
export const CloseReasonSchema = z.enum(['employer', 'taken_down', 'expired'])

/** The employer's own post, in any status: the public fields and what only its owner sees. */
export const EmployerJobViewSchema = z.extend(JobSchema, {
  meetingPoint: z.string(),
  /** The last screening (null for a draft never screened). */
  screening: z.nullable(ScreeningResultSchema),
  screenedAt: z.nullable(TimestampSchema),
  /** What staff said about the post (approval, refusal, take-down). */
  staffNote: z.nullable(z.string()),
  closeReason: z.nullable(CloseReasonSchema),
  closedAt: z.nullable(TimestampSchema),
  /** When it was first shown (null while a draft or waiting for review). */
  publishedAt: z.nullable(TimestampSchema),
  /** The post this one was copied from ("post again"). */
  copiedFrom: z.nullable(IdSchema),
  createdAt: TimestampSchema,
})
export type EmployerJobView = z.infer<typeof EmployerJobViewSchema>

const JobIdParams = z.object({ id: IdSchema })

export const postingEndpoints = {
  createJob: endpoint({
    operationId: 'createJob',
    method: 'POST',
    path: '/jobs',
    summary: '写岗位草稿（用人单位）；发布另行调用 publishJob',
    tags: ['postings'],
    auth: 'bearer',
    body: JobPostBodySchema,
    status: 201,
    response: EmployerJobViewSchema,
    errors: { 403: ['FORBIDDEN'] },
  }),
  screenJob: endpoint({
    operationId: 'screenJob',
    method: 'POST',
    path: '/jobs/screen',
    summary: '自动检查岗位信息（收费、押金、歧视、低于最低工资等），不保存；发布时做同样的检查',
    tags: ['postings'],
    auth: 'bearer',
    body: JobPostBodySchema,
    status: 200,
    response: ScreeningResultSchema,
    errors: { 403: ['FORBIDDEN'] },
  }),
  updateJob: endpoint({
    operationId: 'updateJob',
    method: 'PATCH',
    path: '/jobs/:id',
    summary: '修改自己的岗位（草稿、待审核、在招）；在招岗位改了要紧的内容会重新检查',
    tags: ['postings'],
    auth: 'bearer',
    params: JobIdParams,
    body: UpdateJobBodySchema,
    status: 200,
    response: EmployerJobViewSchema,
    errors: {
      403: ['FORBIDDEN'],
      404: ['JOB_NOT_FOUND'],
      409: ['JOB_NOT_EDITABLE', 'HEADCOUNT_BELOW_HIRED'],
      422: ['JOB_POST_REJECTED'],
    },
  }),
  publishJob: endpoint({
    operationId: 'publishJob',
    method: 'POST',
    path: '/jobs/:id/publish',
    summary: '发布草稿：检查通过即上线，需要人工审核的先进入驿站审核，违规的退回并说明依据',
    tags: ['postings'],
    auth: 'bearer',
    params: JobIdParams,
    status: 200,
    response: EmployerJobViewSchema,
    errors: {
      403: ['FORBIDDEN', 'EMPLOYER_NOT_VERIFIED'],
      404: ['JOB_NOT_FOUND'],
      409: ['JOB_NOT_DRAFT', 'JOB_EXPIRED'],
      422: ['JOB_POST_REJECTED'],
    },
  }),
  closeJob: endpoint({
    operationId: 'closeJob',
    method: 'POST',
    path: '/jobs/:id/close',
    summary: '提前停招：已录用和已报名的人都会收到通知，他们的报名随之取消',
    tags: ['postings'],
    auth: 'bearer',
    params: JobIdParams,
    status: 200,
    response: EmployerJobViewSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['JOB_NOT_FOUND'], 409: ['JOB_NOT_CLOSABLE'] },
  }),
  copyJob: endpoint({
    operationId: 'copyJob',
    method: 'POST',
    path: '/jobs/:id/copy',
    summary: '再发一次：复制自己的岗位为新草稿，工期挪到今天或明天开始',
    tags: ['postings'],
    auth: 'bearer',
    params: JobIdParams,
    status: 201,
    response: EmployerJobViewSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['JOB_NOT_FOUND'] },
  }),
  getMyJob: endpoint({
    operationId: 'getMyJob',
    method: 'GET',
    path: '/me/jobs/:id',
    summary: '我发布的一个岗位（任何状态，含草稿），带检查结果和驿站意见',
    tags: ['postings'],
    auth: 'bearer',
    params: JobIdParams,
    status: 200,
    response: EmployerJobViewSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['JOB_NOT_FOUND'] },
  }),
}
