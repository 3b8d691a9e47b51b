import { z } from 'zod/mini'
import { IdSchema, IdempotencyHeadersSchema, listOf, LatSchema, LngSchema, CursorSchema, PageLimitSchema, TimestampSchema, pageOf } from './common'
import { endpoint } from './endpoint'
import { JobSchema, JobStatusSchema, RatingSummarySchema } from './jobs'
import { EmployerJobViewSchema } from './postings'

/**
 * An application's life, enforced by the server:
 * applied → hired | rejected | cancelled; hired → checked_in | cancelled | no_show; checked_in → completed.
 */
export const ApplicationStatuses = {
  applied: '已报名',
  hired: '已录用',
  rejected: '未录用',
  cancelled: '已取消',
  checked_in: '已签到',
  completed: '已完工',
  no_show: '缺席',
} as const
export const ApplicationStatusSchema = z.enum(['applied', 'hired', 'rejected', 'cancelled', 'checked_in', 'completed', 'no_show'])
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>

/** Who made a change: the worker, the employer, the server itself (first-come hiring), or staff (a post taken down). */
export const ActorSchema = z.enum(['worker', 'employer', 'system', 'staff'])

export const ApplicationEventSchema = z.object({
  status: ApplicationStatusSchema,
  at: TimestampSchema,
  by: ActorSchema,
  /** Why, when the change needs one (a rejection, a cancellation). */
  reason: z.nullable(z.string()),
})
export type ApplicationEvent = z.infer<typeof ApplicationEventSchema>


/** Tags a worker may give an employer, and an employer a worker. Fixed lists: shown as chips, counted. */
export const EmployerRatingTags = ['按时结算', '活儿和说的一样', '态度好', '安全有保障', '拖欠工资', '和说的不一样'] as const
export const WorkerRatingTags = ['准时到', '干活麻利', '认真负责', '迟到', '早退', '不听安排'] as const

export const RatingSchema = z.object({
  stars: z.number().check(z.int(), z.gte(1), z.lte(5)),
  tags: z.array(z.string()),
  comment: z.string(),
  createdAt: TimestampSchema,
})
export type Rating = z.infer<typeof RatingSchema>

export const RateBodySchema = z.object({
  stars: z
    .number({ error: '请选择星级' })
    .check(
      z.int({ error: '星级是 1 到 5 的整数' }),
      z.gte(1, { error: '星级是 1 到 5 的整数' }),
      z.lte(5, { error: '星级是 1 到 5 的整数' }),
    ),
  tags: z._default(
    z.array(z.string().check(z.maxLength(12, { error: '标签不在列表里' }))).check(z.maxLength(6, { error: '最多选 6 个标签' })),
    [],
  ),
  comment: z._default(z.string().check(z.trim(), z.maxLength(200, { error: '评价最多 200 个字' })), ''),
})
export type RateBody = z.input<typeof RateBodySchema>

/** The job as an application shows it: enough to recognise it and get there. */
export const ApplicationJobSchema = z.pick(JobSchema, {
  id: true,
  title: true,
  category: true,
  employer: true,
  address: true,
  district: true,
  location: true,
  pay: true,
  settlement: true,
  workDateStart: true,
  workDateEnd: true,
  workHours: true,
  workStartTime: true,
  workEndTime: true,
  status: true,
  hiringMode: true,
})

/** Only in an application that is (or was) hired: before that these are not sent at all. */
export const HiredContactSchema = z.object({
  contactName: z.string(),
  phone: z.string(),
  /** Where exactly to meet on the day (a gate, a foreman), beyond the job's address. */
  meetingPoint: z.string(),
})

/** An application as the worker who made it sees it. */
export const MyApplicationSchema = z.object({
  id: IdSchema,
  job: ApplicationJobSchema,
  status: ApplicationStatusSchema,
  timeline: z.array(ApplicationEventSchema),
  contact: z.optional(HiredContactSchema),
  /** The worker may still cancel: applied or hired, and the work has not started. */
  canCancel: z.boolean(),
  /** Hired, and today is a work day. */
  canCheckIn: z.boolean(),
  /** Completed and not rated yet by this worker. */
  canRate: z.boolean(),
  myRating: z.nullable(RatingSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
})
export type MyApplication = z.infer<typeof MyApplicationSchema>
export const MyApplicationPageSchema = pageOf(MyApplicationSchema)

/** A worker as an employer sees them on an applicant list. */
export const ApplicantWorkerSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  /** Masked (138****1234) until this worker is hired for this job. */
  phone: z.nullable(z.string()),
  completedCount: z.number().check(z.int(), z.nonnegative()),
  noShowCount: z.number().check(z.int(), z.nonnegative()),
  rating: RatingSummarySchema,
})

export const ApplicantSchema = z.object({
  id: IdSchema,
  status: ApplicationStatusSchema,
  timeline: z.array(ApplicationEventSchema),
  worker: ApplicantWorkerSchema,
  canRate: z.boolean(),
  myRating: z.nullable(RatingSchema),
  createdAt: TimestampSchema,
})
export type Applicant = z.infer<typeof ApplicantSchema>
export const ApplicantPageSchema = pageOf(ApplicantSchema)

export const ApplicationActions = { hire: '录用', reject: '不录用', no_show: '记为缺席', complete: '确认完工', cancel: '取消' } as const
export const UpdateApplicationBodySchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('hire') }),
    z.object({
      action: z.literal('reject'),
      reason: z
        .string({ error: '请写明不录用的原因' })
        .check(z.trim(), z.minLength(1, { error: '请写明不录用的原因' }), z.maxLength(100, { error: '原因最多 100 个字' })),
    }),
    z.object({ action: z.literal('no_show') }),
    z.object({ action: z.literal('complete') }),
    z.object({ action: z.literal('cancel'), reason: z.optional(z.string().check(z.trim(), z.maxLength(100, { error: '原因最多 100 个字' }))) }),
  ],
  { error: '不支持这个操作' },
)
export type UpdateApplicationBody = z.input<typeof UpdateApplicationBodySchema>

/** What a change answers: the application's state now. */
export const ApplicationStateSchema = z.object({
  id: IdSchema,
  status: ApplicationStatusSchema,
  timeline: z.array(ApplicationEventSchema),
  updatedAt: TimestampSchema,
})
export type ApplicationState = z.infer<typeof ApplicationStateSchema>

/** The six digits typed from the employer's screen: one way to check in, with its own messages. */
export const CheckInCodeBodySchema = z.object({
  code: z.string({ error: '请输入签到码' }).check(z.trim(), z.regex(/^\d{6}$/, { error: '签到码是 6 位数字' })),
})

/** Six digits from the employer's screen, or the QR it shows (scanned), or where the worker stands. */
export const CheckInBodySchema = z.union(
  [
    CheckInCodeBodySchema,
    z.object({ qr: z.string().check(z.minLength(1, { error: '没有读到二维码' }), z.maxLength(300, { error: '这不是签到二维码' })) }),
    z.object({ lat: LatSchema, lng: LngSchema }),
  ],
  { error: '请输入签到码，或扫码、或用位置签到' },
)
export type CheckInBody = z.input<typeof CheckInBodySchema>

export const CheckInCodeSchema = z.object({
  code: z.string().check(z.regex(/^\d{6}$/)),
  /** The text to draw as a QR code; the worker's scan sends it back as `qr`. */
  qr: z.string(),
  /** The code is refused after this moment (plus a short grace for slow typing). */
  expiresAt: TimestampSchema,
  periodSeconds: z.number().check(z.int(), z.positive()),
})
export type CheckInCode = z.infer<typeof CheckInCodeSchema>

export const ApplicationCountsSchema = z.object({
  applied: z.number().check(z.int(), z.nonnegative()),
  hired: z.number().check(z.int(), z.nonnegative()),
  checked_in: z.number().check(z.int(), z.nonnegative()),
  completed: z.number().check(z.int(), z.nonnegative()),
  rejected: z.number().check(z.int(), z.nonnegative()),
  cancelled: z.number().check(z.int(), z.nonnegative()),
  no_show: z.number().check(z.int(), z.nonnegative()),
})
/** One of the employer's posts in any status (drafts too), with its applications counted by status. */
export const EmployerJobSchema = z.object({ job: EmployerJobViewSchema, counts: ApplicationCountsSchema })
export type EmployerJob = z.infer<typeof EmployerJobSchema>
export const EmployerJobPageSchema = pageOf(EmployerJobSchema)

/** The signed-in person's relation to one job: shown on its detail page. */
export const JobViewerStateSchema = z.object({
  favorite: z.boolean(),
  application: z.nullable(MyApplicationSchema),
})
export type JobViewerState = z.infer<typeof JobViewerStateSchema>

const JobIdParams = z.object({ id: IdSchema })
const ApplicationIdParams = z.object({ id: IdSchema })
const PageQuery = z.object({ cursor: z.optional(CursorSchema), limit: PageLimitSchema })

export const applicationEndpoints = {
  applyToJob: endpoint({
    operationId: 'applyToJob',
    method: 'POST',
    path: '/jobs/:id/applications',
    summary: '报名（Idempotency-Key 保证重试只报一次）；先到先得的岗位报名即录用，名额用完即止',
    tags: ['applications'],
    auth: 'bearer',
    params: JobIdParams,
    headers: IdempotencyHeadersSchema,
    status: 201,
    response: MyApplicationSchema,
    errors: {
      403: ['FORBIDDEN'],
      404: ['JOB_NOT_FOUND'],
      409: ['JOB_FULL', 'JOB_EXPIRED', 'JOB_CLOSED', 'ALREADY_APPLIED', 'IDEMPOTENCY_KEY_REUSED'],
    },
  }),
  listMyApplications: endpoint({
    operationId: 'listMyApplications',
    method: 'GET',
    path: '/me/applications',
    summary: '我的报名，最近的在前，带状态时间线；录用后才有联系电话和集合地点',
    tags: ['applications'],
    auth: 'bearer',
    query: PageQuery,
    status: 200,
    response: MyApplicationPageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
  getJobViewerState: endpoint({
    operationId: 'getJobViewerState',
    method: 'GET',
    path: '/jobs/:id/me',
    summary: '我和这个岗位的关系：是否收藏、我的报名',
    tags: ['applications'],
    auth: 'bearer',
    params: JobIdParams,
    status: 200,
    response: JobViewerStateSchema,
    errors: { 404: ['JOB_NOT_FOUND'] },
  }),
  listJobApplications: endpoint({
    operationId: 'listJobApplications',
    method: 'GET',
    path: '/jobs/:id/applications',
    summary: '岗位的报名人（仅发布该岗位的用人单位）；录用前手机号打码',
    tags: ['applications'],
    auth: 'bearer',
    params: JobIdParams,
    query: PageQuery,
    status: 200,
    response: ApplicantPageSchema,
    errors: { 400: ['INVALID_CURSOR'], 403: ['FORBIDDEN'], 404: ['JOB_NOT_FOUND'] },
  }),
  updateApplication: endpoint({
    operationId: 'updateApplication',
    method: 'PATCH',
    path: '/applications/:id',
    summary: '用人单位录用、不录用、记缺席、确认完工；求职者或用人单位取消',
    tags: ['applications'],
    auth: 'bearer',
    params: ApplicationIdParams,
    body: UpdateApplicationBodySchema,
    status: 200,
    response: ApplicationStateSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['APPLICATION_NOT_FOUND'], 409: ['INVALID_TRANSITION', 'JOB_FULL', 'WORK_STARTED'] },
  }),
  checkIn: endpoint({
    operationId: 'checkIn',
    method: 'POST',
    path: '/applications/:id/check-in',
    summary: '到岗签到：用人单位屏幕上的签到码（每分钟更换）或二维码，或工作时间内在岗位附近的位置',
    tags: ['applications'],
    auth: 'bearer',
    params: ApplicationIdParams,
    body: CheckInBodySchema,
    status: 200,
    response: ApplicationStateSchema,
    errors: {
      400: ['CHECK_IN_CODE_INVALID', 'CHECK_IN_CODE_EXPIRED', 'CHECK_IN_TOO_FAR', 'CHECK_IN_NOT_NOW'],
      404: ['APPLICATION_NOT_FOUND'],
      409: ['INVALID_TRANSITION'],
    },
  }),
  getCheckInCode: endpoint({
    operationId: 'getCheckInCode',
    method: 'GET',
    path: '/jobs/:id/check-in-code',
    summary: '当前的签到码和二维码（仅发布该岗位的用人单位；每分钟更换，由服务器签名）',
    tags: ['applications'],
    auth: 'bearer',
    params: JobIdParams,
    status: 200,
    response: CheckInCodeSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['JOB_NOT_FOUND'] },
  }),
  rateApplication: endpoint({
    operationId: 'rateApplication',
    method: 'POST',
    path: '/applications/:id/ratings',
    summary: '完工后互评：求职者评用人单位，用人单位评求职者，各一次',
    tags: ['applications'],
    auth: 'bearer',
    params: ApplicationIdParams,
    body: RateBodySchema,
    status: 201,
    response: RatingSchema,
    errors: { 403: ['FORBIDDEN'], 404: ['APPLICATION_NOT_FOUND'], 409: ['NOT_COMPLETED', 'ALREADY_RATED'] },
  }),
  listMyJobs: endpoint({
    operationId: 'listMyJobs',
    method: 'GET',
    path: '/me/jobs',
    summary: '我发布的岗位（用人单位，含草稿、待审核、已停招、已过期，可按状态筛选），带各状态的报名人数',
    tags: ['applications'],
    auth: 'bearer',
    // One status or several (`open,filled`: a tab of 我发布的岗位), newest first across them.
    query: z.extend(PageQuery, { status: z.optional(listOf(z.enum(JobStatusSchema.options, { error: '岗位状态不对' }))) }),
    status: 200,
    response: EmployerJobPageSchema,
    errors: { 400: ['INVALID_CURSOR'], 403: ['FORBIDDEN'] },
  }),
  addFavorite: endpoint({
    operationId: 'addFavorite',
    method: 'PUT',
    path: '/me/favorites/:jobId',
    summary: '收藏岗位（重复收藏无副作用）',
    tags: ['favorites'],
    auth: 'bearer',
    params: z.object({ jobId: IdSchema }),
    status: 204,
    response: z.void(),
    errors: { 404: ['JOB_NOT_FOUND'] },
  }),
  removeFavorite: endpoint({
    operationId: 'removeFavorite',
    method: 'DELETE',
    path: '/me/favorites/:jobId',
    summary: '取消收藏',
    tags: ['favorites'],
    auth: 'bearer',
    params: z.object({ jobId: IdSchema }),
    status: 204,
    response: z.void(),
  }),
  listFavorites: endpoint({
    operationId: 'listFavorites',
    method: 'GET',
    path: '/me/favorites',
    summary: '我收藏的岗位，最近收藏的在前',
    tags: ['favorites'],
    auth: 'bearer',
    query: PageQuery,
    status: 200,
    response: pageOf(JobSchema),
    errors: { 400: ['INVALID_CURSOR'] },
  }),
}
