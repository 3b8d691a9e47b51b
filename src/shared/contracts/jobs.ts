import { z } from 'zod'
import {
  CursorSchema,
  DateSchema,
  GeoPointSchema,
  IdSchema,
  LatSchema,
  LngSchema,
  PageLimitSchema,
  TimestampSchema,
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
  message: '工种不在列表里',
})
export type JobCategory = z.infer<typeof JobCategorySchema>

export const PayUnits = { hour: '小时', day: '天', piece: '件' } as const
export const PayUnitSchema = z.enum(['hour', 'day', 'piece'])
export type PayUnit = z.infer<typeof PayUnitSchema>

/** When the worker is paid: 日结 same day, 周结 weekly, 完工结 when the job is done. */
export const Settlements = { daily: '日结', weekly: '周结', on_completion: '完工结' } as const
export const SettlementSchema = z.enum(['daily', 'weekly', 'on_completion'])

export const EmploymentTypes = { gig: '零工', part_time: '非全日制', temporary: '临时工' } as const
export const EmploymentTypeSchema = z.enum(['gig', 'part_time', 'temporary'])

export const JobStatusSchema = z.enum(['open', 'filled', 'closed'])

export const EmployerSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** Registered and checked by station staff (business licence seen). */
  verified: z.boolean(),
})

/** A short-term job post with the fields the job-post rules require (人力资源市场暂行条例 Art. 24). */
export const JobSchema = z.object({
  id: IdSchema,
  title: z.string(),
  category: JobCategorySchema,
  employer: EmployerSummarySchema,
  stationId: IdSchema.nullable(),
  stationName: z.string().nullable(),
  headcount: z.number().int().positive(),
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
    amountFen: z.number().int().positive(),
    unit: PayUnitSchema,
  }),
  settlement: SettlementSchema,
  employmentType: EmploymentTypeSchema,
  workDateStart: DateSchema,
  workDateEnd: DateSchema,
  /** Daily working time in plain words, e.g. 08:00–17:00. */
  workHours: z.string(),
  /** The post is shown until this date (inclusive). */
  validUntil: DateSchema,
  status: JobStatusSchema,
  postedAt: TimestampSchema,
  distanceMeters: z.number().int().nonnegative().nullable(),
})
export type Job = z.infer<typeof JobSchema>

export const ListJobsQuerySchema = z
  .object({
    stationId: IdSchema.optional(),
    category: JobCategorySchema.optional(),
    lat: LatSchema.optional(),
    lng: LngSchema.optional(),
    /** With lat/lng: only jobs within this radius. */
    radiusKm: z.coerce.number({ message: '范围应为数字' }).positive({ message: '范围应大于 0' }).max(200, { message: '范围最多 200 公里' }).optional(),
    cursor: CursorSchema.optional(),
    limit: PageLimitSchema,
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: '经纬度要一起提供',
    path: ['lat'],
  })
  .refine((q) => q.radiusKm === undefined || q.lat !== undefined, {
    message: '按范围筛选需要位置',
    path: ['radiusKm'],
  })
export type ListJobsQuery = z.input<typeof ListJobsQuerySchema>

export const JobPageSchema = pageOf(JobSchema)
export type JobPage = z.infer<typeof JobPageSchema>

export const jobEndpoints = {
  listJobs: endpoint({
    operationId: 'listJobs',
    method: 'GET',
    path: '/jobs',
    summary: '在招的短期岗位，最新发布在前，按游标翻页',
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
    query: z.object({ lat: LatSchema.optional(), lng: LngSchema.optional() }),
    status: 200,
    response: JobSchema,
    errors: { 404: ['JOB_NOT_FOUND'] },
  }),
}
