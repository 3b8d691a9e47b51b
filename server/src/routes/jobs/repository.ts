import type { GeoPoint, Job, JobCategory } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'
import type { JobCursor } from './cursor'

interface JobRow {
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
  posted_at: string
  updated_at: string
  distance_meters: number | null
}

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
  postedAt: row.posted_at,
  updatedAt: row.updated_at,
  distanceMeters: row.distance_meters,
})

/** $1/$2 are the caller's point (or null): the distance column is null without one. */
const SELECT = `
  select j.id, j.title, j.category, j.employer_id, e.name as employer_name, e.verified as employer_verified,
    e.rating_sum as employer_rating_sum, e.rating_count as employer_rating_count,
    j.station_id, s.name as station_name, j.headcount, j.hired_count, j.hiring_mode, j.welcomes_older, j.duties, j.requirements, j.conditions,
    j.address, j.district, j.lat, j.lng, j.pay_amount_fen, j.pay_unit, j.settlement, j.employment_type,
    j.work_date_start, j.work_date_end, j.work_hours,
    to_char(j.work_start_time, 'HH24:MI') as work_start_time, to_char(j.work_end_time, 'HH24:MI') as work_end_time,
    j.valid_until, j.status, j.posted_at, j.updated_at,
    case when $1::float8 is null then null
      else round(distance_m($1::float8, $2::float8, j.lat, j.lng))::int end as distance_meters
  from jobs j
  join employers e on e.id = j.employer_id
  left join stations s on s.id = j.station_id`

const METRES_PER_DEGREE_LAT = 111_320

export interface JobFilter {
  stationId?: string
  category?: JobCategory[]
  from: GeoPoint | null
  radiusKm?: number
  after?: JobCursor
  limit: number
}

export function createJobRepository(db: Db) {
  return {
    /**
     * Jobs still shown (open, valid through today in the city's zone), newest first, one page
     * after the cursor. Fetches one extra row to know whether another page follows.
     */
    async listOpen(filter: JobFilter): Promise<{ items: Job[]; last: JobCursor | null }> {
      const params: unknown[] = [filter.from?.lat ?? null, filter.from?.lng ?? null]
      const add = (value: unknown) => `$${params.push(value)}`
      const where = [`j.status = 'open'`, `j.valid_until >= current_date`]
      if (filter.stationId) where.push(`j.station_id = ${add(filter.stationId)}`)
      if (filter.category) where.push(`j.category = any(${add(filter.category)}::text[])`)
      if (filter.from && filter.radiusKm !== undefined) {
        const metres = filter.radiusKm * 1000
        // A bounding box the index can use, then the exact distance.
        const dLat = metres / METRES_PER_DEGREE_LAT
        const dLng = metres / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((filter.from.lat * Math.PI) / 180), 0.01))
        where.push(`j.lat between ${add(filter.from.lat - dLat)} and ${add(filter.from.lat + dLat)}`)
        where.push(`j.lng between ${add(filter.from.lng - dLng)} and ${add(filter.from.lng + dLng)}`)
        where.push(`distance_m($1::float8, $2::float8, j.lat, j.lng) <= ${add(metres)}`)
      }
      if (filter.after) {
        where.push(`(j.posted_at, j.id) < (${add(filter.after.postedAt)}::timestamptz, ${add(filter.after.id)}::uuid)`)
      }
      const rows = await db.query<JobRow>(
        `${SELECT} where ${where.join(' and ')} order by j.posted_at desc, j.id desc limit ${add(filter.limit + 1)}`,
        params,
      )
      const items = rows.slice(0, filter.limit).map(toJob)
      const lastItem = items[items.length - 1]
      const last = rows.length > filter.limit && lastItem ? { postedAt: lastItem.postedAt, id: lastItem.id } : null
      return { items, last }
    },

    /** Any job by id, whatever its status: a link to a filled job still shows what it was. */
    async byId(id: string, from: GeoPoint | null): Promise<Job | null> {
      const rows = await db.query<JobRow>(`${SELECT} where j.id = $3`, [from?.lat ?? null, from?.lng ?? null, id])
      return rows[0] ? toJob(rows[0]) : null
    },
  }
}
export type JobRepository = ReturnType<typeof createJobRepository>
