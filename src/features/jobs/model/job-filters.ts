import {
  EmploymentTypeSchema,
  JobCategorySchema,
  JobSortSchema,
  PayUnitSchema,
  SettlementSchema,
  WorkDateFilterSchema,
  KEYWORD_MAX_LENGTH,
  type GeoPoint,
  type JobCategory,
  type JobSort,
  type ListJobsQuery,
  type PayUnit,
} from '@/shared/contracts'
import { z } from 'zod/mini'

type EmploymentType = z.infer<typeof EmploymentTypeSchema>
type Settlement = z.infer<typeof SettlementSchema>
type WorkDateFilter = z.infer<typeof WorkDateFilterSchema>

/** What a person chose on the home feed: the keyword, the filter sheet and the sort. */
export interface JobFilters {
  q: string
  categories: JobCategory[]
  employmentType: EmploymentType | null
  payUnit: PayUnit | null
  /** Whole yuan per payUnit, as typed; only sent with a payUnit (¥200 a day and ¥200 an hour differ). */
  minPayYuan: number | null
  settlement: Settlement | null
  date: WorkDateFilter | null
  welcomesOlder: boolean
  /** Only jobs this close to the feed's origin; null: any distance. */
  radiusKm: number | null
  sort: JobSort
}

/** The distances the sheet offers, in km. */
export const RADIUS_CHOICES = [3, 10, 30] as const

export const DEFAULT_FILTERS: JobFilters = {
  q: '',
  categories: [],
  employmentType: null,
  payUnit: null,
  minPayYuan: null,
  settlement: null,
  date: null,
  welcomesOlder: false,
  radiusKm: null,
  // The feed is "near you" unless the person asks for something else.
  sort: 'nearest',
}

const nullable = <T extends z.ZodMiniType>(schema: T) => z.catch(z.nullable(schema), null)

/**
 * Filters as stored: anything that no longer fits (an app update renamed a category, storage was
 * edited) falls back to its default field by field, so one stale value never loses the rest.
 */
const StoredFiltersSchema = z.object({
  q: z.catch(z.string().check(z.maxLength(KEYWORD_MAX_LENGTH)), ''),
  categories: z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((items: unknown[]) => items.flatMap((item) => (JobCategorySchema.safeParse(item).success ? [item as JobCategory] : []))),
  ),
  employmentType: nullable(EmploymentTypeSchema),
  payUnit: nullable(PayUnitSchema),
  minPayYuan: nullable(z.number().check(z.int(), z.positive(), z.lte(1_000_000))),
  settlement: nullable(SettlementSchema),
  date: nullable(WorkDateFilterSchema),
  welcomesOlder: z.catch(z.boolean(), false),
  radiusKm: nullable(z.number().check(z.positive(), z.lte(200))),
  sort: z.catch(JobSortSchema, DEFAULT_FILTERS.sort),
})

/** Filters from storage (or anything else); the defaults when there is nothing usable. */
export function parseStoredFilters(value: unknown): JobFilters {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_FILTERS }
  const parsed = StoredFiltersSchema.safeParse({ ...DEFAULT_FILTERS, ...value })
  return parsed.success ? parsed.data : { ...DEFAULT_FILTERS }
}

/** A category on or off. */
export function toggleCategory(filters: JobFilters, category: JobCategory): JobFilters {
  const categories = filters.categories.includes(category)
    ? filters.categories.filter((c) => c !== category)
    : [...filters.categories, category]
  return { ...filters, categories }
}

/** How many sheet filters are on (the keyword and the sort are shown elsewhere): the 筛选 button's count. */
export function activeFilterCount(filters: JobFilters): number {
  return (
    (filters.categories.length > 0 ? 1 : 0) +
    (filters.employmentType ? 1 : 0) +
    (filters.payUnit ? 1 : 0) +
    (filters.settlement ? 1 : 0) +
    (filters.date ? 1 : 0) +
    (filters.welcomesOlder ? 1 : 0) +
    (filters.radiusKm !== null ? 1 : 0)
  )
}

/** The sheet's filters back to none, keeping the keyword and the sort. */
export function clearSheetFilters(filters: JobFilters): JobFilters {
  return { ...DEFAULT_FILTERS, q: filters.q, sort: filters.sort }
}

/** Parses what was typed as a minimum pay: whole yuan, or null when empty or not a positive number. */
export function parseMinPay(text: string): number | null {
  const value = Number(text.trim())
  return text.trim() !== '' && Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : null
}

/** Everything the list request says except the page: the query key and the request's query. */
export type JobListQuery = Omit<ListJobsQuery, 'cursor' | 'limit'>

/**
 * The listJobs query for these filters around `origin`, honouring the contract's rules: a distance
 * (sort or radius) only with a point, a minimum pay only with its unit. Without a point `nearest`
 * becomes `newest` rather than a request the server must refuse.
 */
export function toListQuery(filters: JobFilters, origin: GeoPoint | null): JobListQuery {
  const query: JobListQuery = {}
  const q = filters.q.trim().slice(0, KEYWORD_MAX_LENGTH)
  if (q) query.q = q
  if (filters.categories.length > 0) query.category = [...filters.categories].sort()
  if (filters.employmentType) query.employmentType = filters.employmentType
  if (filters.payUnit) {
    query.payUnit = filters.payUnit
    if (filters.minPayYuan !== null) query.minPayFen = filters.minPayYuan * 100
  }
  if (filters.settlement) query.settlement = filters.settlement
  if (filters.date) query.date = filters.date
  if (filters.welcomesOlder) query.welcomesOlder = 'true'
  if (origin) {
    query.lat = origin.lat
    query.lng = origin.lng
    if (filters.radiusKm !== null) query.radiusKm = filters.radiusKm
  }
  query.sort = filters.sort === 'nearest' && !origin ? 'newest' : filters.sort
  return query
}
