import type { FastifyInstance } from 'fastify'
import {
  ApplicationActions,
  ApplicationStatuses,
  EmployerRatingTags,
  WorkerRatingTags,
  api,
  type ApplicationState,
  type ApplicationStatus,
  type Job,
} from '../../../../src/shared/contracts/index'
import { consumeRate, rateLimited } from '../../auth/rate-limit'
import { employerIdOf } from '../../auth/roles'
import { cityDate } from '../../city-time'
import type { Config } from '../../config'
import type { Db } from '../../db/types'
import type { AuthUser } from '../../http/route'
import { HttpError, conflict, forbidden, notFound } from '../../http/errors'
import { jobNotFound } from '../../postings/errors'
import { route } from '../../http/route'
import { notify } from '../../messages/notify'
import { fitValue } from '../../outbox/template-data'
import { recordServiceEvent, type ServiceEventKind } from '../../service-events/record'
import { createJobRepository, isUnpublished } from '../jobs/repository'
import { checkInKey, issueCheckInCode, verifyCheckInCode } from './check-in-code'
import { createApplicationRepository, timelines } from './repository'
import { checkInOpen, workHasEnded, workHasStarted, type WorkSchedule } from './schedule'
import { ACTION_STATUS, canMove, freesPlace } from './transitions'

/** Location check-in counts within this distance of the job's address. */
export const CHECK_IN_RADIUS_METRES = 500
/**
 * Six digits are a million values and two windows are open at a time: without a limit a script
 * could try them all. Ten tries per person and application in ten minutes leave a chance of about
 * one in 50,000 of guessing, and plenty for typos.
 */
export const CHECK_IN_CODE_TRIES = { limit: 10, windowSeconds: 600 }

// Someone else's application answers as if it did not exist: its existence is not theirs to learn.
const applicationNotFound = () => notFound('APPLICATION_NOT_FOUND', '没有找到这条报名记录')
const jobFull = () => conflict('JOB_FULL', '名额已满，这个岗位招够人了，看看别的岗位吧')

/** Within WeChat's limits already here (free text is a `thing`, ≤ 20 characters): the stored payload is what gets sent. */
const clip = (text: string) => fitValue('thing', text)
/** The values by name (notify.ts, PushValues['application_result']); the outbox worker maps them to template keys. */
const resultPush = (a: { title: string; employer_name: string }, result: '已录用' | '未录用' | '已取消', note: string) => ({
  templateKind: 'application_result' as const,
  data: { job: clip(a.title), result, employer: clip(a.employer_name), note: clip(note || '详情请在驿站小程序里查看') },
})

/** An application with what deciding on it needs from its job, locked for the change. */
interface LockedApplication extends WorkSchedule {
  id: string
  status: ApplicationStatus
  worker_id: string
  job_id: string
  employer_id: string
  station_id: string | null
  title: string
  employer_name: string
  hiring_mode: Job['hiringMode']
}

async function lockApplication(tx: Db, id: string): Promise<LockedApplication | null> {
  // The post first, then the application: closing a post and taking it down lock in that order too
  // (then its applications), so a hire racing a close waits instead of deadlocking.
  await tx.query(`select 1 from jobs where id = (select job_id from applications where id = $1) for no key update`, [id])
  const [row] = await tx.query<LockedApplication>(
    `select a.id, a.status, a.worker_id, a.job_id, j.employer_id, e.name as employer_name, j.station_id, j.title, j.hiring_mode,
       j.work_date_start as "workDateStart", j.work_date_end as "workDateEnd",
       to_char(j.work_start_time, 'HH24:MI') as "workStartTime", to_char(j.work_end_time, 'HH24:MI') as "workEndTime"
     from applications a join jobs j on j.id = a.job_id join employers e on e.id = j.employer_id
     where a.id = $1 for update of a`,
    [id],
  )
  return row ?? null
}

/** Which side of the application the caller is on, or null when it is none of their business. */
async function sideOf(db: Db, user: AuthUser, a: LockedApplication): Promise<'worker' | 'employer' | null> {
  if (a.worker_id === user.id) return 'worker'
  return (await employerIdOf(db, user)) === a.employer_id ? 'employer' : null
}

/**
 * Takes one place under the job row's lock: concurrent hires queue on the row, and the condition is
 * checked again after the one before commits, so a job is never oversold.
 */
async function takePlace(tx: Db, jobId: string): Promise<void> {
  const taken = await tx.query(
    `update jobs set hired_count = hired_count + 1,
       status = case when status = 'open' and hired_count + 1 >= headcount then 'filled' else status end,
       updated_at = now()
     where id = $1 and hired_count < headcount returning id`,
    [jobId],
  )
  if (taken.length === 0) throw jobFull()
}

async function freePlace(tx: Db, jobId: string): Promise<void> {
  await tx.query(
    `update jobs set hired_count = hired_count - 1, status = case when status = 'filled' then 'open' else status end, updated_at = now()
     where id = $1`,
    [jobId],
  )
}

async function recordEvent(tx: Db, applicationId: string, status: ApplicationStatus, by: 'worker' | 'employer' | 'system', userId: string | null, reason: string | null = null) {
  await tx.query(
    `insert into application_events (application_id, status, actor, actor_user_id, reason) values ($1, $2, $3, $4, $5)`,
    [applicationId, status, by, userId, reason],
  )
}

async function state(tx: Db, id: string): Promise<ApplicationState> {
  const [row] = await tx.query<{ status: ApplicationStatus; updated_at: string }>('select status, updated_at from applications where id = $1', [id])
  const events = await timelines(tx, [id])
  return { id, status: row!.status, timeline: events.get(id) ?? [], updatedAt: row!.updated_at }
}

function serviceEvent(tx: Db, kind: ServiceEventKind, a: Pick<LockedApplication, 'id' | 'worker_id' | 'job_id' | 'employer_id' | 'station_id' | 'hiring_mode'>, data: Record<string, unknown> = {}) {
  return recordServiceEvent(tx, {
    kind,
    userId: a.worker_id,
    applicationId: a.id,
    jobId: a.job_id,
    employerId: a.employer_id,
    stationId: a.station_id,
    data: { hiringMode: a.hiring_mode, ...data },
  })
}

/**
 * The first request with an Idempotency-Key claims it (the row stays locked until this transaction
 * ends, so a concurrent repeat waits here); a repeat gets the id of what the first one created.
 * Returns null when this request is the first.
 */
async function claimIdempotencyKey(tx: Db, userId: string, key: string, operation: string, target: string): Promise<string | null> {
  const claimed = await tx.query(
    `insert into idempotency_keys (user_id, key, operation, target, status_code) values ($1, $2, $3, $4, 201)
     on conflict (user_id, key) do nothing returning key`,
    [userId, key, operation, target],
  )
  if (claimed.length > 0) return null
  const [row] = await tx.query<{ operation: string; target: string; result_id: string | null }>(
    'select operation, target, result_id from idempotency_keys where user_id = $1 and key = $2',
    [userId, key],
  )
  if (!row || row.operation !== operation || row.target !== target || !row.result_id) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', '这个请求编号已用于另一次操作，请刷新后重试')
  }
  return row.result_id
}

export default async function applicationsRoutes(app: FastifyInstance, opts: { config: Config }) {
  const db = app.db
  const codeKey = checkInKey(opts.config.authSecret)

  route(app, api.applyToJob, async ({ params, headers, user }) => {
    if (user.role !== 'worker') throw forbidden('只有求职者可以报名')
    const now = new Date()
    const key = headers['idempotency-key']
    return db.transaction(async (tx) => {
      const applications = createApplicationRepository(tx)
      if (key) {
        const earlier = await claimIdempotencyKey(tx, user.id, key, 'applyToJob', params.id)
        if (earlier) return (await applications.myApplication(earlier, now))!
      }
      const job = await createJobRepository(tx).byId(params.id, null)
      if (!job || isUnpublished(job.status)) throw jobNotFound()
      const live = await tx.query(`select 1 from applications where job_id = $1 and worker_id = $2 and status <> 'cancelled'`, [job.id, user.id])
      if (live.length > 0) throw conflict('ALREADY_APPLIED', '你已经报名了这个岗位')
      if (job.status === 'closed') throw conflict('JOB_CLOSED', '这个岗位已停止招聘，看看别的岗位吧')
      if (job.status === 'expired' || job.validUntil < cityDate(now) || workHasEnded(job, now)) throw conflict('JOB_EXPIRED', '这个岗位已过期，看看别的岗位吧')
      if (job.status === 'filled' || job.placesLeft === 0) throw jobFull()

      const firstCome = job.hiringMode === 'first_come'
      // Another device of the same person may be inserting right now: the partial unique index makes
      // this insert wait for it, then find the conflict.
      const [inserted] = await tx.query<{ id: string }>(
        `insert into applications (job_id, worker_id, status) values ($1, $2, $3)
         on conflict (job_id, worker_id) where status <> 'cancelled' do nothing returning id`,
        [job.id, user.id, firstCome ? 'hired' : 'applied'],
      )
      if (!inserted) throw conflict('ALREADY_APPLIED', '你已经报名了这个岗位')
      const id = inserted.id
      await recordEvent(tx, id, 'applied', 'worker', user.id)
      const locked = { id, worker_id: user.id, job_id: job.id, employer_id: job.employer.id, station_id: job.stationId, hiring_mode: job.hiringMode }
      if (firstCome) {
        // Nothing of this request stays if the place is gone: JOB_FULL rolls the insert back.
        await takePlace(tx, job.id)
        await recordEvent(tx, id, 'hired', 'system', null)
        await serviceEvent(tx, 'job_hired', locked)
        // The worker sees the result on screen at once: a message for the record, no push.
        await notify(tx, {
          userId: user.id,
          kind: 'application_hired',
          title: '录用通知',
          body: `你已被「${job.title}」录用，请按时到岗。`,
          link: { kind: 'application', id },
          dedupeKey: `hired:${id}`,
        })
      } else {
        const [worker] = await tx.query<{ display_name: string }>('select display_name from users where id = $1', [user.id])
        const staff = await tx.query<{ id: string }>('select id from users where employer_id = $1', [job.employer.id])
        for (const s of staff) {
          await notify(tx, {
            userId: s.id,
            kind: 'application_received',
            title: '新的报名',
            body: `${worker?.display_name ?? '有人'} 报名了「${job.title}」，请及时处理。`,
            link: { kind: 'job', id: job.id },
            dedupeKey: `received:${id}`,
          })
        }
      }
      if (key) await tx.query('update idempotency_keys set result_id = $3 where user_id = $1 and key = $2', [user.id, key, id])
      return (await applications.myApplication(id, now))!
    })
  })

  route(app, api.listMyApplications, async ({ query, user }) =>
    createApplicationRepository(db).myApplications(user.id, query, new Date()),
  )

  route(app, api.getJobViewerState, async ({ params, user }) => {
    const job = await createJobRepository(db).byId(params.id, null)
    if (!job || isUnpublished(job.status)) throw jobNotFound()
    const applications = createApplicationRepository(db)
    const [favorite, application] = await Promise.all([
      applications.favorite(user.id, job.id),
      applications.myApplicationForJob(user.id, job.id, new Date()),
    ])
    return { favorite, application }
  })

  route(app, api.listJobApplications, async ({ params, query, user }) => {
    const job = await createJobRepository(db).byId(params.id, null)
    if (!job) throw jobNotFound()
    if ((await employerIdOf(db, user)) !== job.employer.id) throw forbidden('只有发布这个岗位的用人单位可以查看报名人')
    return createApplicationRepository(db).applicants(job.id, query)
  })

  route(app, api.updateApplication, async ({ params, body, user }) => {
    const now = new Date()
    return db.transaction(async (tx) => {
      const a = await lockApplication(tx, params.id)
      const side = a ? await sideOf(tx, user, a) : null
      if (!a || !side) throw applicationNotFound()
      if (side === 'worker' && body.action !== 'cancel') throw forbidden('求职者只能取消自己的报名')
      const to = ACTION_STATUS[body.action]
      if (!canMove(a.status, to)) {
        throw conflict('INVALID_TRANSITION', `这条报名现在是“${ApplicationStatuses[a.status]}”，不能${ApplicationActions[body.action]}`)
      }
      if (side === 'worker' && workHasStarted(a, now)) throw conflict('WORK_STARTED', '工作已经开始，不能再取消了，请直接联系用人单位')
      if (to === 'hired') await takePlace(tx, a.job_id)
      if (freesPlace(a.status, to)) await freePlace(tx, a.job_id)
      const reason = body.action === 'reject' || body.action === 'cancel' ? (body.reason ?? null) || null : null
      await tx.query('update applications set status = $2, updated_at = now() where id = $1', [a.id, to])
      await recordEvent(tx, a.id, to, side, user.id, reason)

      const link = { kind: 'application' as const, id: a.id }
      if (to === 'hired') {
        await serviceEvent(tx, 'job_hired', a)
        await notify(tx, {
          userId: a.worker_id,
          kind: 'application_hired',
          title: '录用通知',
          body: `你报名的「${a.title}」已录用，请按时到岗。用人单位电话和集合地点见报名详情。`,
          link,
          dedupeKey: `hired:${a.id}`,
          push: resultPush(a, '已录用', '请按时到岗'),
        })
      } else if (to === 'rejected') {
        await notify(tx, {
          userId: a.worker_id,
          kind: 'application_rejected',
          title: '未录用通知',
          body: `很遗憾，你报名的「${a.title}」未被录用：${reason}`,
          link,
          dedupeKey: `rejected:${a.id}`,
          push: resultPush(a, '未录用', reason ?? ''),
        })
      } else if (to === 'cancelled' && side === 'employer') {
        await notify(tx, {
          userId: a.worker_id,
          kind: 'application_cancelled',
          title: '报名已取消',
          body: `用人单位取消了你在「${a.title}」的报名${reason ? `：${reason}` : '。'}`,
          link,
          dedupeKey: `cancelled:${a.id}`,
          push: resultPush(a, '已取消', reason ?? ''),
        })
      } else if (to === 'completed') {
        await serviceEvent(tx, 'job_completed', a)
        await notify(tx, {
          userId: a.worker_id,
          kind: 'work_completed',
          title: '完工确认',
          body: `「${a.title}」已确认完工，欢迎给用人单位评价。`,
          link,
          dedupeKey: `completed:${a.id}`,
        })
      }
      return state(tx, a.id)
    })
  })

  route(app, api.checkIn, async ({ params, body, user, reply }) => {
    if (!('lat' in body)) {
      // Counted before (and outside) the transaction: a refused try rolls back, its count must not.
      const decision = await consumeRate(db, [{ bucket: `check-in-code:${user.id}:${params.id}`, ...CHECK_IN_CODE_TRIES }])
      if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)
    }
    const now = new Date()
    return db.transaction(async (tx) => {
      const a = await lockApplication(tx, params.id)
      if (!a || a.worker_id !== user.id) throw applicationNotFound()
      if (a.status !== 'hired') {
        throw conflict('INVALID_TRANSITION', a.status === 'checked_in' ? '你已经签到过了' : `这条报名现在是“${ApplicationStatuses[a.status]}”，不能签到`)
      }
      if (!checkInOpen(a, now)) {
        throw new HttpError(400, 'CHECK_IN_NOT_NOW', `签到时间是工作日开工前 1 小时到收工（${a.workStartTime}–${a.workEndTime}）`)
      }
      let method: 'code' | 'location'
      if ('lat' in body) {
        const [row] = await tx.query<{ metres: number }>('select distance_m($1::float8, $2::float8, lat, lng) as metres from jobs where id = $3', [body.lat, body.lng, a.job_id])
        const metres = Math.round(row!.metres)
        if (metres > CHECK_IN_RADIUS_METRES) {
          throw new HttpError(400, 'CHECK_IN_TOO_FAR', `你离工作地点约 ${metres} 米，请到 ${CHECK_IN_RADIUS_METRES} 米以内再签到，或扫用人单位的签到码`)
        }
        method = 'location'
      } else {
        const verdict = verifyCheckInCode(codeKey, a.job_id, body, now)
        if (verdict === 'expired') throw new HttpError(400, 'CHECK_IN_CODE_EXPIRED', '签到码已过期，请用用人单位屏幕上最新的签到码')
        if (verdict === 'invalid') {
          throw new HttpError(400, 'CHECK_IN_CODE_INVALID', 'code' in body ? '签到码不对，请核对用人单位屏幕上的 6 位数字' : '这不是这个岗位的签到二维码')
        }
        method = 'code'
      }
      await tx.query(
        `update applications set status = 'checked_in', checked_in_at = now(), check_in_method = $2, updated_at = now() where id = $1`,
        [a.id, method],
      )
      await recordEvent(tx, a.id, 'checked_in', 'worker', user.id)
      await serviceEvent(tx, 'job_checked_in', a, { method })
      return state(tx, a.id)
    })
  })

  route(app, api.getCheckInCode, async ({ params, user }) => {
    const job = await createJobRepository(db).byId(params.id, null)
    if (!job) throw jobNotFound()
    if ((await employerIdOf(db, user)) !== job.employer.id) throw forbidden('只有发布这个岗位的用人单位可以出示签到码')
    const issued = issueCheckInCode(codeKey, job.id, new Date())
    return { code: issued.code, qr: issued.qr, expiresAt: issued.expiresAt.toISOString(), periodSeconds: issued.periodSeconds }
  })

  route(app, api.rateApplication, async ({ params, body, user }) =>
    db.transaction(async (tx) => {
      const a = await lockApplication(tx, params.id)
      const side = a ? await sideOf(tx, user, a) : null
      if (!a || !side) throw applicationNotFound()
      // The worker rates the employer with the employer's tags, and the other way round.
      const allowed: readonly string[] = side === 'worker' ? EmployerRatingTags : WorkerRatingTags
      const unknown = body.tags.filter((t) => !allowed.includes(t))
      if (unknown.length > 0) throw new HttpError(400, 'VALIDATION_FAILED', `标签不在列表里：${unknown.join('、')}`, { tags: '标签不在列表里' })
      if (a.status !== 'completed') throw conflict('NOT_COMPLETED', '完工以后才能评价')
      const [rating] = await tx.query<{ stars: number; tags: string[]; comment: string; created_at: string }>(
        `insert into ratings (application_id, rater, rater_user_id, stars, tags, comment) values ($1, $2, $3, $4, $5, $6)
         on conflict (application_id, rater) do nothing returning stars, tags, comment, created_at`,
        [a.id, side, user.id, body.stars, [...new Set(body.tags)], body.comment],
      )
      if (!rating) throw conflict('ALREADY_RATED', '你已经评价过了')
      if (side === 'worker') {
        await tx.query('update employers set rating_sum = rating_sum + $2, rating_count = rating_count + 1 where id = $1', [a.employer_id, body.stars])
      } else {
        await tx.query('update users set rating_sum = rating_sum + $2, rating_count = rating_count + 1 where id = $1', [a.worker_id, body.stars])
      }
      return { stars: rating.stars, tags: rating.tags, comment: rating.comment, createdAt: rating.created_at }
    }),
  )

  route(app, api.listMyJobs, async ({ query, user }) => {
    const employerId = await employerIdOf(db, user)
    if (!employerId) throw forbidden('只有用人单位可以查看发布的岗位')
    return createApplicationRepository(db).employerJobs(employerId, query)
  })
}
