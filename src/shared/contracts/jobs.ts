import { z } from 'zod/mini'
import {
  CursorSchema,
  DateSchema,
  GeoPointSchema,
  IdSchema,
  LatSchema,
  LngSchema,
  PageLimitSchema,
  TimestampSchema,
  listOf,
  pageOf,
} from './common'
import { endpoint } from './endpoint'

/** Common 零工 categories. Stable codes of our own; the labels are what people call the work. */
export const JobCategories = {
  loading: '装卸搬运',
  cleaning: '保洁',
  housekeeping: '家政',
  catering: '餐饮帮厨',
  sorting: '快递分拣',
  construction: '建筑小工',
  electrician: '电工',
  childcare: '育婴',
  eldercare: '养老护理',
  security: '保安',
  delivery: '配送',
  farming: '农活采摘',
  factory: '工厂普工',
  promotion: '促销',
} as const
export const JobCategorySchema = z.enum(Object.keys(JobCategories) as [keyof typeof JobCategories, ...(keyof typeof JobCategories)[]], {
  error: '工种不在列表里',
})
export type JobCategory = z.infer<typeof JobCategorySchema>

export const PayUnits = { hour: '小时', day: '天', piece: '件' } as const
export const PayUnitSchema = z.enum(['hour', 'day', 'piece'], { error: '计薪方式只能是时薪、日薪或计件' })
export type PayUnit = z.infer<typeof PayUnitSchema>

/** When the worker is paid: 日结 same day, 周结 weekly, 完工结 when the job is done. */
export const Settlements = { daily: '日结', weekly: '周结', on_completion: '完工结' } as const
export const SettlementSchema = z.enum(['daily', 'weekly', 'on_completion'], { error: '结算方式只能是日结、周结或完工结' })

export const EmploymentTypes = { gig: '零工', part_time: '非全日制', temporary: '临时工' } as const
export const EmploymentTypeSchema = z.enum(['gig', 'part_time', 'temporary'], { error: '用工形式只能是零工、非全日制或临时工' })

/**
 * `draft`: written, not published. `pending_review`: screening asked staff to look first. `open`: shown.
 * `filled`: every place taken. `closed`: stopped early (by the employer, or taken down by staff).
 * `expired`: past the work's end or the validity date. Lists show `open` posts only.
 */
export const JobStatusSchema = z.enum(['draft', 'pending_review', 'open', 'filled', 'closed', 'expired'])
export type JobStatus = z.infer<typeof JobStatusSchema>
/** A post's status in words, as staff and refusals say it (`这个岗位现在是“已招满”`). */
export const JobStatuses: Record<JobStatus, string> = {
  draft: '草稿',
  pending_review: '待审核',
  open: '在招',
  filled: '已招满',
  closed: '已停招',
  expired: '已过期',
}

/**
 * How applicants become hired. `first_come`: the first applicants are hired at once until the places
 * run out (as 日结 work usually is). `review`: the employer chooses among the applicants.
 */
export const HiringModes = { first_come: '先到先得，报名即录用', review: '用人单位挑选' } as const
export const HiringModeSchema = z.enum(['first_come', 'review'])
export type HiringMode = z.infer<typeof HiringModeSchema>

/** Average stars (1–5, one decimal) over `count` ratings; null average while there are none. */
export const RatingSummarySchema = z.object({
  average: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  count: z.number().check(z.int(), z.nonnegative()),
})
export type RatingSummary = z.infer<typeof RatingSummarySchema>

export const EmployerSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** Registered and checked by station staff (business licence seen). */
  verified: z.boolean(),
  /** What workers who finished its jobs said of it. */
  rating: RatingSummarySchema,
})

/** A short-term job post with the fields the job-post rules require (人力资源市场暂行条例 Art. 24). */
export const JobSchema = z.object({
  id: IdSchema,
  title: z.string(),
  category: JobCategorySchema,
  employer: EmployerSummarySchema,
  stationId: z.nullable(IdSchema),
  stationName: z.nullable(z.string()),
  headcount: z.number().check(z.int(), z.positive()),
  /** Headcount less the workers hired (or checked in, or done); 0 when full. */
  placesLeft: z.number().check(z.int(), z.nonnegative()),
  hiringMode: HiringModeSchema,
  /** The employer welcomes workers over 50/60: a positive signal, never an exclusion of anyone. */
  welcomesOlder: z.boolean(),
  /** 工作内容 */
  duties: z.string(),
  /** 任职要求 */
  requirements: z.string(),
  /** 工作条件: meals, tools, transport, safety gear. */
  conditions: z.string(),
  address: z.string(),
  district: z.string(),
  location: GeoPointSchema,
  pay: z.object({
    /** In fen (1/100 yuan), so that money is never a float. */
    amountFen: z.number().check(z.int(), z.positive()),
    unit: PayUnitSchema,
  }),
  settlement: SettlementSchema,
  employmentType: EmploymentTypeSchema,
  workDateStart: DateSchema,
  workDateEnd: DateSchema,
  /** Daily working time in plain words, e.g. 08:00–17:00. */
  workHours: z.string(),
  /**
   * When work starts and ends each day (HH:MM, city time): check-in and cancelling go by them. An end
   * at or before the start is the next morning (a night shift, 20:00–次日 06:00).
   */
  workStartTime: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  workEndTime: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  /** The post is shown until this date (inclusive). */
  validUntil: DateSchema,
  status: JobStatusSchema,
  /** 驿站已核实: station staff checked this post and found it right. */
  checkedByStaff: z.boolean(),
  postedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  distanceMeters: z.nullable(z.number().check(z.int(), z.nonnegative())),
})
export type Job = z.infer<typeof JobSchema>

/**
 * Each word of a keyword is matched inside title, employer name and duties, or names the job's trade
 * (its name or a colloquial alias from GET /trades: 力工 finds 装卸搬运 jobs); Chinese needs no spaces.
 */
export const KEYWORD_MAX_LENGTH = 30

/** Which jobs come first. Never by anything paid for: only by the sort the person chose. */
export const JobSorts = { newest: '最新发布', nearest: '离我最近', pay: '工资最高' } as const
export const JobSortSchema = z.enum(['newest', 'nearest', 'pay'], { error: '排序方式不对' })
export type JobSort = z.infer<typeof JobSortSchema>

/** Work dates, in the city's time zone: today, tomorrow, or today to the end of this week (Sunday). */
export const WorkDateFilters = { today: '今天', tomorrow: '明天', week: '本周' } as const
export const WorkDateFilterSchema = z.enum(['today', 'tomorrow', 'week'], { error: '工作日期只能选今天、明天或本周' })

const BooleanQuerySchema = z.pipe(
  z.enum(['true', 'false'], { error: '只能是 true 或 false' }),
  z.transform((v: 'true' | 'false') => v === 'true'),
)

export const ListJobsQuerySchema = z
  .object({
    q: z.pipe(
      z.optional(z.string().check(z.trim(), z.maxLength(KEYWORD_MAX_LENGTH, { error: `关键词最多 ${KEYWORD_MAX_LENGTH} 个字` }))),
      z.transform((v: string | undefined) => v || undefined),
    ),
    stationId: z.optional(IdSchema),
    category: z.optional(listOf(JobCategorySchema)),
    employmentType: z.optional(EmploymentTypeSchema),
    payUnit: z.optional(PayUnitSchema),
    /** At least this much per payUnit (required with it: ¥200 a day and ¥200 an hour are not comparable). */
    minPayFen: z.optional(
      z.coerce
        .number({ error: '最低工资应为数字' })
        .check(
          z.int({ error: '最低工资应为整数（分）' }),
          z.positive({ error: '最低工资应大于 0' }),
          z.lte(100_000_000, { error: '最低工资太大了' }),
        ),
    ),
    settlement: z.optional(SettlementSchema),
    date: z.optional(WorkDateFilterSchema),
    welcomesOlder: z.optional(BooleanQuerySchema),
    lat: z.optional(LatSchema),
    lng: z.optional(LngSchema),
    /** With lat/lng: only jobs within this radius. */
    radiusKm: z.optional(
      z.coerce
        .number({ error: '范围应为数字' })
        .check(z.positive({ error: '范围应大于 0' }), z.lte(200, { error: '范围最多 200 公里' })),
    ),
    sort: z._default(JobSortSchema, 'newest'),
    cursor: z.optional(CursorSchema),
    limit: PageLimitSchema,
  })
  .check(
    z.refine((q) => (q.lat === undefined) === (q.lng === undefined), {
      error: '经纬度要一起提供',
      path: ['lat'],
    }),
    z.refine((q) => q.radiusKm === undefined || q.lat !== undefined, {
      error: '按范围筛选需要位置',
      path: ['radiusKm'],
    }),
    z.refine((q) => q.sort !== 'nearest' || q.lat !== undefined, {
      error: '按距离排序需要位置',
      path: ['sort'],
    }),
    z.refine((q) => q.minPayFen === undefined || q.payUnit !== undefined, {
      error: '按最低工资筛选要先选计薪方式（时薪、日薪或计件）',
      path: ['minPayFen'],
    }),
  )
export type ListJobsQuery = z.input<typeof ListJobsQuerySchema>

export const JobPageSchema = pageOf(JobSchema)
export type JobPage = z.infer<typeof JobPageSchema>

export const jobEndpoints = {
  listJobs: endpoint({
    operationId: 'listJobs',
    method: 'GET',
    path: '/jobs',
    summary: '在招的短期岗位：关键词、筛选、排序（最新 / 最近 / 工资），按游标翻页',
    tags: ['jobs'],
    auth: 'none',
    query: ListJobsQuerySchema,
    status: 200,
    response: JobPageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
  getJob: endpoint({
    operationId: 'getJob',
    method: 'GET',
    path: '/jobs/:id',
    summary: '岗位详情',
    tags: ['jobs'],
    auth: 'none',
    params: z.object({ id: IdSchema }),
    query: z.object({ lat: z.optional(LatSchema), lng: z.optional(LngSchema) }),
    status: 200,
    response: JobSchema,
    errors: { 404: ['JOB_NOT_FOUND'] },
  }),
}
