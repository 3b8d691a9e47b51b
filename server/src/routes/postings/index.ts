import type { FastifyInstance } from 'fastify'
import {
  JobPostBodySchema,
  JobStatuses,
  api,
  type EmployerJobView,
  type JobStatus,
  type ScreeningResultBody,
} from '../../../../src/shared/contracts/index'
import { employerIdOf } from '../../auth/roles'
import { cityDate } from '../../city-time'
import type { Db } from '../../db/types'
import { HttpError, forbidden } from '../../http/errors'
import type { AuthUser } from '../../http/route'
import { route, validationFailed } from '../../http/route'
import { copiedDates, workHoursText } from '../../postings/dates'
import { jobNotFound } from '../../postings/errors'
import { conflict } from '../../http/errors'
import { employerJobView, postOf } from '../../postings/repository'
import { SCREENED_FIELDS, rejectionFields, screenPost } from '../../postings/screening'
import { STOPPABLE } from '../../postings/status'
import { stopApplications } from '../../postings/stop-applications'
import { workHasEnded } from '../applications/schedule'

type Post = ReturnType<typeof postOf>

const notYours = () => forbidden('这不是你发布的岗位')

/** Statuses an employer may edit in: a post that stopped is copied instead ("再发一次"). */
const EDITABLE: readonly JobStatus[] = ['draft', 'pending_review', 'open']

/** The caller's employer; 403 for anyone who does not act for one. */
async function callerEmployer(db: Db, user: AuthUser): Promise<string> {
  const employerId = await employerIdOf(db, user)
  if (!employerId) throw forbidden('只有用人单位可以发布和管理岗位')
  return employerId
}

/** The caller's post, locked for the change: 404 when there is none, 403 when it is another employer's. */
async function lockOwnJob(tx: Db, id: string, employerId: string): Promise<EmployerJobView & { hiredCount: number }> {
  const [row] = await tx.query<{ employer_id: string; hired_count: number }>('select employer_id, hired_count from jobs where id = $1 for update', [id])
  if (!row) throw jobNotFound()
  if (row.employer_id !== employerId) throw notYours()
  return { ...(await employerJobView(tx, id))!, hiredCount: row.hired_count }
}

/** Issues of a zod parse as the API's 400 (field → first message), as route() answers a bad body. */
/**
 * The checks the contract cannot make: the validity date against the city's today, the trade still in
 * use, the station there. Answered as field errors, like the contract's own.
 */
async function checkAgainstServer(db: Db, post: Post, today: string): Promise<void> {
  const fields: Record<string, string> = {}
  if (post.validUntil < today) fields.validUntil = '招聘截止日期已过，请改到今天或以后'
  const [found] = await db.query<{ retired: boolean | null; station: boolean }>(
    `select (select retired from trades where id = $1) as retired,
       $2::uuid is null or exists (select 1 from stations where id = $2::uuid) as station`,
    [post.category, post.stationId],
  )
  if (found?.retired !== false) fields.category = '这个工种已停用，请换一个'
  if (!found?.station) fields.stationId = '没有这个驿站'
  if (Object.keys(fields).length > 0) throw new HttpError(400, 'VALIDATION_FAILED', Object.values(fields)[0]!, fields)
}

/** The columns a post's fields are stored in, in the order `postValues` gives them. */
const POST_COLUMNS = [
  'title', 'category', 'station_id', 'headcount', 'duties', 'requirements', 'conditions', 'address', 'district', 'lat', 'lng',
  'pay_amount_fen', 'pay_unit', 'settlement', 'employment_type', 'work_date_start', 'work_date_end', 'work_hours',
  'work_start_time', 'work_end_time', 'valid_until', 'meeting_point', 'hiring_mode', 'welcomes_older',
] as const

const postValues = (p: Post): unknown[] => [
  p.title, p.category, p.stationId, p.headcount, p.duties, p.requirements, p.conditions, p.address, p.district, p.location.lat, p.location.lng,
  p.pay.amountFen, p.pay.unit, p.settlement, p.employmentType, p.workDateStart, p.workDateEnd, p.workHours,
  p.workStartTime, p.workEndTime, p.validUntil, p.meetingPoint, p.hiringMode, p.welcomesOlder,
]

async function insertDraft(db: Db, post: Post, by: { employerId: string; userId: string; copiedFrom: string | null }): Promise<EmployerJobView> {
  const values = [...postValues(post), by.employerId, by.userId, by.copiedFrom]
  const [row] = await db.query<{ id: string }>(
    `insert into jobs (${POST_COLUMNS.join(', ')}, employer_id, created_by, copied_from, status)
     values (${values.map((_, i) => `$${i + 1}`).join(', ')}, 'draft') returning id`,
    values,
  )
  return (await employerJobView(db, row!.id))!
}

/** A checked body with the server's defaults filled in: stored as it is. */
function completePost(body: Omit<Post, 'workHours' | 'meetingPoint' | 'welcomesOlder' | 'stationId'> & Partial<Post>): Post {
  return {
    ...body,
    stationId: body.stationId ?? null,
    workHours: body.workHours || workHoursText(body.workStartTime, body.workEndTime),
    meetingPoint: body.meetingPoint ?? '',
    welcomesOlder: body.welcomesOlder ?? false,
  }
}

const rejected = (screening: ScreeningResultBody) => {
  const first = screening.reasons.find((r) => r.verdict === 'reject')
  return new HttpError(
    422,
    'JOB_POST_REJECTED',
    `岗位信息不符合规定，请修改后再发布：${first?.message ?? '请查看各项说明'}`,
    rejectionFields(screening),
  )
}

const screeningChanged = (before: Post, after: Post) =>
  SCREENED_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))

export default async function postingsRoutes(app: FastifyInstance) {
  const db = app.db

  route(app, api.screenJob, async ({ body, user }) => {
    const employerId = await callerEmployer(db, user)
    return screenPost(db, employerId, completePost(body))
  })

  route(app, api.createJob, async ({ body, user }) => {
    const employerId = await callerEmployer(db, user)
    const post = completePost(body)
    await checkAgainstServer(db, post, cityDate(new Date()))
    return insertDraft(db, post, { employerId, userId: user.id, copiedFrom: null })
  })

  route(app, api.updateJob, async ({ params, body, user }) => {
    const employerId = await callerEmployer(db, user)
    return db.transaction(async (tx) => {
      const job = await lockOwnJob(tx, params.id, employerId)
      if (!EDITABLE.includes(job.status)) {
        throw conflict('JOB_NOT_EDITABLE', `这个岗位现在是“${JobStatuses[job.status]}”，不能再修改；可以用“再发一次”复制成新岗位`)
      }
      const before = postOf(job)
      const merged = { ...before, ...body }
      // Times changed without new words for them: the old words would describe the old hours.
      const timesChanged = merged.workStartTime !== before.workStartTime || merged.workEndTime !== before.workEndTime
      if (body.workHours === undefined && timesChanged) merged.workHours = ''
      const checked = JobPostBodySchema.safeParse(merged)
      if (!checked.success) throw validationFailed(checked.error.issues)
      const after = completePost(checked.data)
      await checkAgainstServer(tx, after, cityDate(new Date()))
      if (after.headcount < job.hiredCount) {
        throw conflict('HEADCOUNT_BELOW_HIRED', `已经录用了 ${job.hiredCount} 人，招聘人数不能少于 ${job.hiredCount}`)
      }

      // A draft is screened when published; a live or waiting post whenever what screening reads changes.
      let status = job.status
      let screening: ScreeningResultBody | null = null
      if (job.status !== 'draft' && screeningChanged(before, after)) {
        screening = await screenPost(tx, employerId, after)
        if (screening.verdict === 'reject') throw rejected(screening)
        // Staff decide on a waiting post; a live one goes back to them if screening asks for it.
        if (screening.verdict === 'review') status = 'pending_review'
      }
      // Fewer places, all of them taken (the row is locked: hired_count cannot move meanwhile).
      if (status === 'open' && job.hiredCount >= after.headcount) status = 'filled'
      const values = [...postValues(after), status, screening ? JSON.stringify(screening) : null]
      const n = POST_COLUMNS.length
      await tx.query(
        `update jobs set ${POST_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')},
           status = $${n + 2}, screening = coalesce($${n + 3}::jsonb, screening),
           screened_at = case when $${n + 3}::jsonb is null then screened_at else now() end,
           updated_at = now()
         where id = $1`,
        [job.id, ...values],
      )
      return (await employerJobView(tx, job.id))!
    })
  })

  route(app, api.publishJob, async ({ params, user }) => {
    const employerId = await callerEmployer(db, user)
    const now = new Date()
    const outcome = await db.transaction(async (tx) => {
      const [employer] = await tx.query<{ verification_status: string }>('select verification_status from employers where id = $1', [employerId])
      const job = await lockOwnJob(tx, params.id, employerId)
      if (employer?.verification_status !== 'verified') {
        throw new HttpError(
          403,
          'EMPLOYER_NOT_VERIFIED',
          employer?.verification_status === 'pending'
            ? '单位认证还在审核中，通过后才能发布岗位；草稿已保存'
            : '单位通过认证后才能发布岗位；请先提交营业执照或身份信息，草稿已保存',
        )
      }
      if (job.status !== 'draft') throw conflict('JOB_NOT_DRAFT', `这个岗位现在是“${JobStatuses[job.status]}”，不是草稿，不需要再发布`)
      if (job.validUntil < cityDate(now) || workHasEnded(job, now)) {
        throw conflict('JOB_EXPIRED', '招聘截止日期或工作日期已过，请改好日期再发布')
      }
      const screening = await screenPost(tx, employerId, postOf(job))
      const status: JobStatus = screening.verdict === 'pass' ? 'open' : screening.verdict === 'review' ? 'pending_review' : 'draft'
      // A rejection is kept on the draft too: the form shows it beside the fields to fix.
      await tx.query(
        `update jobs set status = $2, screening = $3::jsonb, screened_at = now(), updated_at = now(),
           published_at = case when $2 = 'open' then now() else published_at end,
           posted_at = case when $2 = 'open' then now() else posted_at end
         where id = $1`,
        [job.id, status, JSON.stringify(screening)],
      )
      return { screening, view: (await employerJobView(tx, job.id))! }
    })
    if (outcome.screening.verdict === 'reject') throw rejected(outcome.screening)
    return outcome.view
  })

  route(app, api.closeJob, async ({ params, user }) => {
    const employerId = await callerEmployer(db, user)
    return db.transaction(async (tx) => {
      const job = await lockOwnJob(tx, params.id, employerId)
      if (!STOPPABLE.includes(job.status)) {
        throw conflict('JOB_NOT_CLOSABLE', job.status === 'draft' ? '草稿还没有发布，不需要停招' : `这个岗位现在是“${JobStatuses[job.status]}”，不需要停招`)
      }
      await stopApplications(tx, { id: job.id, title: job.title, employerName: job.employer.name }, { actor: 'employer', userId: user.id }, {
        title: '岗位已停招',
        reason: '用人单位提前停招',
        result: '已取消',
        applied: `「${job.title}」已被用人单位提前停招，你的报名随之取消。可以看看别的岗位。`,
        hired: `「${job.title}」已被用人单位提前停招，你的录用随之取消，不用再去上工。可以看看别的岗位。`,
        // The employer stops hiring, not the work already under way: nothing changes for them.
        checkedIn: null,
      })
      await tx.query(`update jobs set status = 'closed', close_reason = 'employer', closed_at = now(), updated_at = now() where id = $1`, [job.id])
      return (await employerJobView(tx, job.id))!
    })
  })

  route(app, api.copyJob, async ({ params, user }) => {
    const employerId = await callerEmployer(db, user)
    const source = await employerJobView(db, params.id)
    if (!source) throw jobNotFound()
    if (source.employer.id !== employerId) throw notYours()
    const dates = copiedDates(source, new Date())
    const post: Post = { ...postOf(source), ...dates }
    return insertDraft(db, post, { employerId, userId: user.id, copiedFrom: source.id })
  })

  route(app, api.getMyJob, async ({ params, user }) => {
    const employerId = await callerEmployer(db, user)
    const job = await employerJobView(db, params.id)
    if (!job) throw jobNotFound()
    if (job.employer.id !== employerId) throw notYours()
    return job
  })
}
