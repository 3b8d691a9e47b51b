import {
  type Applicant,
  type ApplicationEvent,
  type ApplicationStatus,
  type EmployerJob,
  type Job,
  type JobStatus,
  type MyApplication,
  type Rating,
} from '../../../../src/shared/contracts/index'
import { maskPhone } from '../../auth/phone'
import type { Db } from '../../db/types'
import { afterKeyset, pageSlice } from '../../http/cursor'
import { EMPLOYER_JOB_COLUMNS, EMPLOYER_JOB_FROM, toEmployerJobView, type EmployerJobRow } from '../../postings/repository'
import { JOB_COLUMNS, JOB_JOINS, ratingSummary, toJob, type JobRow } from '../jobs/repository'
import { isWorkDay, workHasStarted } from './schedule'

/** No caller location here, so no distance. */
const JOB_COLUMNS_NO_DISTANCE = `${JOB_COLUMNS}, null::int as distance_meters`
const JOB_FROM = `jobs j ${JOB_JOINS}`

/** Statuses in which the worker holds a place and the two sides may reach each other. */
export const HIRED_STATUSES: readonly ApplicationStatus[] = ['hired', 'checked_in', 'completed']

interface MyApplicationRow extends JobRow {
  application_id: string
  application_status: ApplicationStatus
  application_created_at: string
  application_updated_at: string
  contact_name: string
  contact_phone: string
  meeting_point: string
}

const MY_APPLICATION_SELECT = `
  select a.id as application_id, a.status as application_status, a.created_at as application_created_at,
    a.updated_at as application_updated_at, e.contact_name, e.contact_phone, j.meeting_point, ${JOB_COLUMNS_NO_DISTANCE}
  from applications a join ${JOB_FROM} on j.id = a.job_id`

interface RatingRow {
  application_id: string
  rater: 'worker' | 'employer'
  stars: number
  tags: string[]
  comment: string
  created_at: string
}

const toRating = (r: RatingRow): Rating => ({ stars: r.stars, tags: r.tags, comment: r.comment, createdAt: r.created_at })

/** Timelines of several applications at once, in the order things happened. */
export async function timelines(db: Db, ids: string[]): Promise<Map<string, ApplicationEvent[]>> {
  const byId = new Map<string, ApplicationEvent[]>(ids.map((id) => [id, []]))
  if (ids.length === 0) return byId
  const rows = await db.query<{ application_id: string; status: ApplicationStatus; actor: ApplicationEvent['by']; reason: string | null; at: string }>(
    `select application_id, status, actor, reason, at from application_events where application_id = any($1::uuid[]) order by id`,
    [ids],
  )
  for (const r of rows) byId.get(r.application_id)?.push({ status: r.status, at: r.at, by: r.actor, reason: r.reason })
  return byId
}

/** The rating one side gave, per application. */
async function ratingsBy(db: Db, ids: string[], rater: RatingRow['rater']): Promise<Map<string, Rating>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<RatingRow>(
    `select application_id, rater, stars, tags, comment, created_at from ratings where application_id = any($1::uuid[]) and rater = $2`,
    [ids, rater],
  )
  return new Map(rows.map((r) => [r.application_id, toRating(r)]))
}

const applicationJob = (job: Job): MyApplication['job'] => ({
  id: job.id,
  title: job.title,
  category: job.category,
  employer: job.employer,
  address: job.address,
  district: job.district,
  location: job.location,
  pay: job.pay,
  settlement: job.settlement,
  workDateStart: job.workDateStart,
  workDateEnd: job.workDateEnd,
  workHours: job.workHours,
  workStartTime: job.workStartTime,
  workEndTime: job.workEndTime,
  status: job.status,
  hiringMode: job.hiringMode,
})

async function toMyApplications(db: Db, rows: MyApplicationRow[], now: Date): Promise<MyApplication[]> {
  const ids = rows.map((r) => r.application_id)
  const [events, ratings] = await Promise.all([timelines(db, ids), ratingsBy(db, ids, 'worker')])
  return rows.map((r) => {
    const job = toJob(r)
    const status = r.application_status
    const myRating = ratings.get(r.application_id) ?? null
    return {
      id: r.application_id,
      job: applicationJob(job),
      status,
      timeline: events.get(r.application_id) ?? [],
      // Absent, not empty, before the hire: the app cannot show what it never receives.
      ...(HIRED_STATUSES.includes(status) ? { contact: { contactName: r.contact_name, phone: r.contact_phone, meetingPoint: r.meeting_point } } : {}),
      canCancel: (status === 'applied' || status === 'hired') && !workHasStarted(job, now),
      canCheckIn: status === 'hired' && isWorkDay(job, now),
      canRate: status === 'completed' && myRating === null,
      myRating,
      createdAt: r.application_created_at,
      updatedAt: r.application_updated_at,
    }
  })
}

interface ApplicantRow {
  id: string
  status: ApplicationStatus
  created_at: string
  worker_id: string
  display_name: string
  phone: string | null
  rating_sum: number
  rating_count: number
  completed_count: number
  no_show_count: number
}

export function createApplicationRepository(db: Db) {
  return {
    async myApplication(id: string, now: Date): Promise<MyApplication | null> {
      const rows = await db.query<MyApplicationRow>(`${MY_APPLICATION_SELECT} where a.id = $1`, [id])
      const [first] = await toMyApplications(db, rows, now)
      return first ?? null
    },

    /** The worker's application for a job: the live one, else the latest cancelled one. */
    async myApplicationForJob(workerId: string, jobId: string, now: Date): Promise<MyApplication | null> {
      const rows = await db.query<MyApplicationRow>(
        `${MY_APPLICATION_SELECT} where a.worker_id = $1 and a.job_id = $2
         order by (a.status <> 'cancelled') desc, a.created_at desc limit 1`,
        [workerId, jobId],
      )
      const [first] = await toMyApplications(db, rows, now)
      return first ?? null
    },

    /** The worker's applications, newest first. */
    async myApplications(workerId: string, page: { cursor?: string; limit: number }, now: Date) {
      const params: unknown[] = [workerId]
      const after = afterKeyset(page.cursor, ['a.created_at', 'a.id'], 'desc', params)
      params.push(page.limit + 1)
      const rows = await db.query<MyApplicationRow>(
        `${MY_APPLICATION_SELECT} where a.worker_id = $1 and ${after} order by a.created_at desc, a.id desc limit $${params.length}`,
        params,
      )
      const slice = pageSlice(rows, page.limit, (r) => ({ at: r.application_created_at, id: r.application_id }))
      return { items: await toMyApplications(db, slice.rows, now), nextCursor: slice.nextCursor }
    },

    /** A job's applicants, first come first. Phones in full only for those holding a place. */
    async applicants(jobId: string, page: { cursor?: string; limit: number }) {
      const params: unknown[] = [jobId]
      const after = afterKeyset(page.cursor, ['a.created_at', 'a.id'], 'asc', params)
      params.push(page.limit + 1)
      const rows = await db.query<ApplicantRow>(
        `select a.id, a.status, a.created_at, u.id as worker_id, u.display_name, u.phone, u.rating_sum, u.rating_count,
           (select count(*) from applications x where x.worker_id = u.id and x.status = 'completed')::int as completed_count,
           (select count(*) from applications x where x.worker_id = u.id and x.status = 'no_show')::int as no_show_count
         from applications a join users u on u.id = a.worker_id
         where a.job_id = $1 and ${after} order by a.created_at, a.id limit $${params.length}`,
        params,
      )
      const slice = pageSlice(rows, page.limit, (r) => ({ at: r.created_at, id: r.id }))
      const ids = slice.rows.map((r) => r.id)
      const [events, ratings] = await Promise.all([timelines(db, ids), ratingsBy(db, ids, 'employer')])
      const items: Applicant[] = slice.rows.map((r) => {
        const myRating = ratings.get(r.id) ?? null
        return {
          id: r.id,
          status: r.status,
          timeline: events.get(r.id) ?? [],
          worker: {
            id: r.worker_id,
            displayName: r.display_name,
            phone: r.phone === null ? null : HIRED_STATUSES.includes(r.status) ? r.phone : maskPhone(r.phone),
            completedCount: r.completed_count,
            noShowCount: r.no_show_count,
            rating: ratingSummary(r.rating_sum, r.rating_count),
          },
          canRate: r.status === 'completed' && myRating === null,
          myRating,
          createdAt: r.created_at,
        }
      })
      return { items, nextCursor: slice.nextCursor }
    },

    /**
     * An employer's jobs of any status (or of one), newest first by when they were posted (a draft:
     * written), with how many applications are in each status.
     */
    async employerJobs(employerId: string, page: { cursor?: string; limit: number; status?: JobStatus[] }) {
      const params: unknown[] = [employerId]
      const status = page.status ? `j.status = any($${params.push(page.status)}::text[])` : 'true'
      const after = afterKeyset(page.cursor, ['j.posted_at', 'j.id'], 'desc', params)
      params.push(page.limit + 1)
      const rows = await db.query<EmployerJobRow>(
        `select ${EMPLOYER_JOB_COLUMNS} from ${EMPLOYER_JOB_FROM} where j.employer_id = $1 and ${status} and ${after}
         order by j.posted_at desc, j.id desc limit $${params.length}`,
        params,
      )
      const slice = pageSlice(rows, page.limit, (r) => ({ at: r.posted_at, id: r.id }))
      const counts = new Map<string, EmployerJob['counts']>(
        slice.rows.map((r) => [r.id, { applied: 0, hired: 0, checked_in: 0, completed: 0, rejected: 0, cancelled: 0, no_show: 0 }]),
      )
      if (slice.rows.length > 0) {
        const countRows = await db.query<{ job_id: string; status: ApplicationStatus; n: number }>(
          `select job_id, status, count(*)::int as n from applications where job_id = any($1::uuid[]) group by job_id, status`,
          [slice.rows.map((r) => r.id)],
        )
        for (const c of countRows) {
          const forJob = counts.get(c.job_id)
          if (forJob) forJob[c.status] = c.n
        }
      }
      const items: EmployerJob[] = slice.rows.map((r) => ({ job: toEmployerJobView(r), counts: counts.get(r.id)! }))
      return { items, nextCursor: slice.nextCursor }
    },

    async favorite(userId: string, jobId: string): Promise<boolean> {
      const rows = await db.query('select 1 from favorites where user_id = $1 and job_id = $2', [userId, jobId])
      return rows.length > 0
    },
  }
}
export type ApplicationRepository = ReturnType<typeof createApplicationRepository>
