import type { z } from 'zod'
import type { GeoPoint, Job, JobCategory, JobSort, ListJobsQuerySchema } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'
import type { JobCursor } from './cursor'
import { createTradeTerms, type TradeTermsSource } from '../trades/repository'
import { nameTrades, type KeywordSearch } from './keyword'
import { boxCells } from './place-cells'

export interface JobRow {
  id: string
  title: string
  category: Job['category']
  employer_id: string
  employer_name: string
  employer_verified: boolean
  employer_rating_sum: number
  employer_rating_count: number
  station_id: string | null
  station_name: string | null
  headcount: number
  hired_count: number
  hiring_mode: Job['hiringMode']
  welcomes_older: boolean
  duties: string
  requirements: string
  conditions: string
  address: string
  district: string
  lat: number
  lng: number
  pay_amount_fen: number
  pay_unit: Job['pay']['unit']
  settlement: Job['settlement']
  employment_type: Job['employmentType']
  work_date_start: string
  work_date_end: string
  work_hours: string
  work_start_time: string
  work_end_time: string
  valid_until: string
  status: Job['status']
  checked_by_staff: boolean
  posted_at: string
  updated_at: string
  distance_meters: number | null
}

/** Drafts and posts waiting for staff: not public, so to anyone but their employer they do not exist. */
export const isUnpublished = (status: Job['status']) => status === 'draft' || status === 'pending_review'

/** One decimal, as people read stars; null while nobody has rated. */
export const ratingSummary = (sum: number, count: number) => ({
  average: count > 0 ? Math.round((sum / count) * 10) / 10 : null,
  count,
})

export const toJob = (row: JobRow): Job => ({
  id: row.id,
  title: row.title,
  category: row.category,
  employer: {
    id: row.employer_id,
    name: row.employer_name,
    verified: row.employer_verified,
    rating: ratingSummary(row.employer_rating_sum, row.employer_rating_count),
  },
  stationId: row.station_id,
  stationName: row.station_name,
  headcount: row.headcount,
  placesLeft: Math.max(row.headcount - row.hired_count, 0),
  hiringMode: row.hiring_mode,
  welcomesOlder: row.welcomes_older,
  duties: row.duties,
  requirements: row.requirements,
  conditions: row.conditions,
  address: row.address,
  district: row.district,
  location: { lat: row.lat, lng: row.lng },
  pay: { amountFen: row.pay_amount_fen, unit: row.pay_unit },
  settlement: row.settlement,
  employmentType: row.employment_type,
  workDateStart: row.work_date_start,
  workDateEnd: row.work_date_end,
  workHours: row.work_hours,
  workStartTime: row.work_start_time,
  workEndTime: row.work_end_time,
  validUntil: row.valid_until,
  status: row.status,
  checkedByStaff: row.checked_by_staff,
  postedAt: row.posted_at,
  updatedAt: row.updated_at,
  distanceMeters: row.distance_meters,
})

/** The columns `toJob` reads, under its names, but the distance (it needs the caller's point). */
export const JOB_COLUMNS = `
  j.id, j.title, j.category, j.employer_id, e.name as employer_name, e.verified as employer_verified,
  e.rating_sum as employer_rating_sum, e.rating_count as employer_rating_count,
  j.station_id, s.name as station_name, j.headcount, j.hired_count, j.hiring_mode, j.welcomes_older, j.duties, j.requirements, j.conditions,
  j.address, j.district, j.lat, j.lng, j.pay_amount_fen, j.pay_unit, j.settlement, j.employment_type,
  j.work_date_start, j.work_date_end, j.work_hours,
  to_char(j.work_start_time, 'HH24:MI') as work_start_time, to_char(j.work_end_time, 'HH24:MI') as work_end_time,
  j.valid_until, j.status, j.staff_checked_at is not null as checked_by_staff, j.posted_at, j.updated_at`

/** What `JOB_COLUMNS` reads besides the job row j. */
export const JOB_JOINS = `join employers e on e.id = j.employer_id left join stations s on s.id = j.station_id`

/**
 * $1/$2 are the caller's point (or null): the distance column is null without one. `extra` adds
 * columns; `source` may be a subquery of job rows named j (the list picks its page before joining).
 */
export const selectJobs = (extra = '', source = 'jobs j') => `
  select ${JOB_COLUMNS},
    case when $1::float8 is null then null
      else round(distance_m($1::float8, $2::float8, j.lat, j.lng))::int end as distance_meters${extra}
  from ${source}
  ${JOB_JOINS}`

const METRES_PER_DEGREE_LAT = 111_320
/** Beyond this a bounding box in degrees stops meaning much (poles, the date line): no box at all. */
const MAX_BOX_METRES = 2_000_000
/** A city's jobs lie densest around its stations: a few hundred metres there hold a page. */
const FIRST_RING_METRES = 300
/** The widest ring a keyword search near a point reads whole before it uses the keyword index. */
const KEYWORD_RING_MAX_METRES = 1_200

/**
 * How much wider the next ring is, from how many of the `wanted` jobs the last one held: jobs
 * spread over an area, so r × √(wanted / found) would just hold them if they were spread evenly,
 * and a third more allows for unevenness. An empty ring says nothing of density: four times wider.
 * Growing by too little costs another query; by too much, a ring that reads thousands of jobs.
 */
const ringGrowth = (found: number, wanted: number) =>
  found === 0 ? 4 : Math.min(4, Math.max(1.5, Math.sqrt(wanted / found) * 1.3))

/**
 * What the keyword index (migrations 0007, 0009) holds for a job: its grams, the cells of its place
 * and its trade ('#loading').
 */
const SEARCH_KEYS = `(search_grams(j.search_text) || job_place_cells(j.lat, j.lng) || array['#' || j.category])`
const tradeTokens = (keyword: KeywordSearch) => keyword.trades.map((t) => `#${t.id}`)

/**
 * The exact keyword check on job rows j (search_text and category): every term in the text, or, for a
 * job of a trade the keyword names, every term but those naming it. One branch per trade named, so
 * the statement's shape follows how many trades a keyword names (nearly always none or one).
 */
function keywordCheck(keyword: KeywordSearch, add: (value: unknown) => string): string {
  const all = `j.search_text like all (${add(keyword.patterns)}::text[])`
  if (keyword.trades.length === 0) return all
  const byTrade = keyword.trades.map((t) => `(j.category = ${add(t.id)} and j.search_text like all (${add(t.patterns)}::text[]))`)
  return `(${[all, ...byTrade].join(' or ')})`
}

/** A box around `from` holding every point within `metres` of it: an index can narrow by it. */
function boundingBox(from: GeoPoint, metres: number) {
  const dLat = metres / METRES_PER_DEGREE_LAT
  const dLng = metres / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((from.lat * Math.PI) / 180), 0.01))
  return { latMin: from.lat - dLat, latMax: from.lat + dLat, lngMin: from.lng - dLng, lngMax: from.lng + dLng }
}

type ListQuery = z.output<typeof ListJobsQuerySchema>
type WorkDateFilter = NonNullable<ListQuery['date']>

/** Work dates overlapping the day(s) asked for, in the city's zone (sessions run in it). */
const DATE_CONDITIONS: Record<WorkDateFilter, string> = {
  today: 'j.work_date_start <= current_date and j.work_date_end >= current_date',
  tomorrow: 'j.work_date_start <= current_date + 1 and j.work_date_end >= current_date + 1',
  // Today to this Sunday (ISO day 7).
  week: 'j.work_date_start <= current_date + (7 - extract(isodow from current_date)::int) and j.work_date_end >= current_date',
}

export interface JobFilter {
  keyword?: KeywordSearch | null
  stationId?: string
  category?: JobCategory[]
  employmentType?: ListQuery['employmentType']
  payUnit?: ListQuery['payUnit']
  minPayFen?: number
  settlement?: ListQuery['settlement']
  date?: WorkDateFilter
  welcomesOlder?: boolean
  from: GeoPoint | null
  radiusKm?: number
  sort: JobSort
  after?: JobCursor
  limit: number
}

type JobRowWithKeys = JobRow & { pay_rank: number; distance_exact: number | null }

const cursorOf = (sort: JobSort, row: JobRowWithKeys, from: GeoPoint | null): JobCursor => {
  if (sort === 'pay') return { sort, payRank: row.pay_rank, id: row.id }
  if (sort === 'nearest') return { sort, distance: row.distance_exact!, id: row.id, origin: from! }
  return { sort, postedAt: row.posted_at, id: row.id }
}

/**
 * How many jobs, in list order, a keyword search reads before it turns to the keyword index. A
 * common word (保洁 is in one job of ten) fills a page within the first few hundred; a rare one is
 * found faster through the index, whose candidates are then all read and sorted.
 */
const KEYWORD_WALK_BUDGET = 1_000

export interface JobRepositoryOptions {
  /** The trades' names and aliases for keyword search; by default read from `db` and kept a few seconds. */
  tradeTerms?: TradeTermsSource
}

export function createJobRepository(db: Db, options: JobRepositoryOptions = {}) {
  const tradeTerms = options.tradeTerms ?? createTradeTerms(db)

  /**
   * One page of the list. The SQL text depends only on which filters are present (never on their
   * values), so each shape is one prepared statement. `withinMetres` bounds a `nearest` search.
   * The page is chosen from `jobs` alone and only its rows are joined to employers and stations.
   * `keywordBy`: 'index' finds keyword candidates by the gram index; 'walk' reads jobs in list order,
   * at most KEYWORD_WALK_BUDGET of them, and keeps those containing the keyword; 'filter' checks the
   * keyword on every job the other conditions leave (a small ring around a point).
   */
  async function listPage(
    filter: JobFilter,
    keyword: KeywordSearch | null,
    withinMetres: number | null,
    keywordBy: 'index' | 'walk' | 'filter',
  ): Promise<JobRowWithKeys[]> {
    const params: unknown[] = [filter.from?.lat ?? null, filter.from?.lng ?? null]
    const add = (value: unknown) => `$${params.push(value)}`
    const distance = 'distance_m($1::float8, $2::float8, j.lat, j.lng)'
    const where = [`j.status = 'open'`, `j.valid_until >= current_date`]
    const radiusMetres = filter.from && filter.radiusKm !== undefined ? filter.radiusKm * 1000 : null
    const bound = withinMetres ?? radiusMetres
    const box = filter.from && bound !== null && bound < MAX_BOX_METRES ? boundingBox(filter.from, bound) : null
    if (keyword && keywordBy === 'index') {
      // Candidates by the index, then the exact check: the grams of 保洁员 also occur in 保洁 + 洁员.
      // Jobs of a trade the keyword names are candidates too, by their trade's token (a BitmapOr).
      // Within a box, only the candidates in the cells covering it (migration 0007): in each branch,
      // so that both are index scans (a condition over the OR would be checked row by row).
      const cells = box && boxCells(box)
      const inCells = cells ? ` and ${SEARCH_KEYS} && ${add(cells)}::text[]` : ''
      const byGrams = `${SEARCH_KEYS} @> ${add(keyword.grams)}::text[]${inCells}`
      where.push(keyword.trades.length > 0 ? `((${byGrams}) or (${SEARCH_KEYS} && ${add(tradeTokens(keyword))}::text[]${inCells}))` : byGrams)
      where.push(keywordCheck(keyword, add))
    }
    if (keyword && keywordBy === 'filter') where.push(keywordCheck(keyword, add))
    if (filter.stationId) where.push(`j.station_id = ${add(filter.stationId)}::uuid`)
    if (filter.category) where.push(`j.category = any(${add(filter.category)}::text[])`)
    if (filter.employmentType) where.push(`j.employment_type = ${add(filter.employmentType)}`)
    if (filter.payUnit) where.push(`j.pay_unit = ${add(filter.payUnit)}`)
    if (filter.minPayFen !== undefined) where.push(`j.pay_amount_fen >= ${add(filter.minPayFen)}::int`)
    if (filter.settlement) where.push(`j.settlement = ${add(filter.settlement)}`)
    if (filter.date) where.push(DATE_CONDITIONS[filter.date])
    if (filter.welcomesOlder) where.push('j.welcomes_older')
    if (filter.from && bound !== null) {
      if (box) {
        // With a keyword found by the index the box only filters: `+ 0` keeps the planner from
        // reading the whole box by the lat/lng index instead (its estimate of a keyword's jobs is blind).
        const at = keyword && keywordBy === 'index' ? ' + 0' : ''
        where.push(`j.lat${at} between ${add(box.latMin)}::float8 and ${add(box.latMax)}::float8`)
        where.push(`j.lng${at} between ${add(box.lngMin)}::float8 and ${add(box.lngMax)}::float8`)
      }
      where.push(`${distance} <= ${add(bound)}::float8`)
    }
    let order: string
    let outerOrder: string
    const after = filter.after
    switch (filter.sort) {
      case 'newest':
        if (after?.sort === 'newest') {
          where.push(`(j.posted_at, j.id) < (${add(after.postedAt)}::timestamptz, ${add(after.id)}::uuid)`)
        }
        order = outerOrder = 'j.posted_at desc, j.id desc'
        break
      case 'pay':
        if (after?.sort === 'pay') where.push(`(j.pay_rank, j.id) < (${add(after.payRank)}::bigint, ${add(after.id)}::uuid)`)
        order = outerOrder = 'j.pay_rank desc, j.id desc'
        break
      case 'nearest':
        if (after?.sort === 'nearest') where.push(`(${distance}, j.id) > (${add(after.distance)}::float8, ${add(after.id)}::uuid)`)
        order = `${distance}, j.id`
        outerOrder = 'j.distance_exact, j.id'
        break
    }
    const exact = `case when $1::float8 is null then null else ${distance} end as distance_exact`
    const limit = add(filter.limit + 1)
    // The page carries only its order's keys: sorting a few thousand candidates costs far less when
    // each is a few numbers rather than a whole job row. The page's rows are read whole afterwards.
    const keys = `j.id, j.posted_at, j.pay_rank, ${exact}`
    let page: string
    if (keyword && keywordBy === 'walk') {
      const walked = `select ${keys}, j.search_text, j.category from jobs j where ${where.join(' and ')} order by ${order} limit ${add(KEYWORD_WALK_BUDGET)}::int`
      page = `select j.id, j.posted_at, j.pay_rank, j.distance_exact from (${walked}) j
        where ${keywordCheck(keyword, add)} order by ${outerOrder} limit ${limit}::int`
    } else {
      page = `select ${keys} from jobs j where ${where.join(' and ')} order by ${order} limit ${limit}::int`
    }
    return db.query<JobRowWithKeys>(
      `${selectJobs(', j.pay_rank, p.distance_exact', `(${page}) p join jobs j on j.id = p.id`)} order by ${outerOrder.replace('j.distance_exact', 'p.distance_exact')}`,
      params,
      { prepare: true },
    )
  }

  return {
    /**
     * Jobs still shown (open, valid through today in the city's zone), in the chosen order, one page
     * after the cursor. Fetches one extra row to know whether another page follows.
     */
    async listOpen(filter: JobFilter): Promise<{ items: Job[]; last: JobCursor | null }> {
      const keyword = filter.keyword ? nameTrades(filter.keyword, await tradeTerms.get()) : null
      let rows: JobRowWithKeys[]
      if (filter.sort === 'nearest' && filter.from) {
        // Sorting every job by distance reads the whole table. Rings outward instead: all jobs within
        // r of the point, nearest first; a full page (plus one) within r is exactly the nearest page,
        // since everything left out is farther than r. Otherwise widen r, at last to no bound at all.
        const limit = filter.radiusKm !== undefined ? filter.radiusKm * 1000 : Infinity
        const start = filter.after?.sort === 'nearest' ? filter.after.distance : 0
        let within = start + FIRST_RING_METRES
        for (;;) {
          const ring = within < limit && within < MAX_BOX_METRES ? within : null
          // With a keyword, small rings are read whole and checked; wider ones take the keyword
          // index's candidates inside the ring's box (a common word has filled a small ring, a rare
          // one has few candidates anywhere).
          const keywordBy = keyword && ring !== null && within - start <= KEYWORD_RING_MAX_METRES ? 'filter' : 'index'
          rows = await listPage(filter, keyword, ring, keywordBy)
          if (ring === null || rows.length > filter.limit) break
          within = start + (within - start) * ringGrowth(rows.length, filter.limit + 1)
        }
      } else if (keyword) {
        // A full page from the walk is the true page: the jobs it read are the first ones in order.
        rows = await listPage(filter, keyword, null, 'walk')
        if (rows.length <= filter.limit) rows = await listPage(filter, keyword, null, 'index')
      } else {
        rows = await listPage(filter, null, null, 'index')
      }
      const items = rows.slice(0, filter.limit)
      const lastRow = items[items.length - 1]
      const last = rows.length > filter.limit && lastRow ? cursorOf(filter.sort, lastRow, filter.from) : null
      return { items: items.map(toJob), last }
    },

    /** Any job by id, whatever its status: a link to a filled job still shows what it was. */
    async byId(id: string, from: GeoPoint | null): Promise<Job | null> {
      const rows = await db.query<JobRow>(`${selectJobs()} where j.id = $3`, [from?.lat ?? null, from?.lng ?? null, id])
      return rows[0] ? toJob(rows[0]) : null
    },
  }
}
export type JobRepository = ReturnType<typeof createJobRepository>
