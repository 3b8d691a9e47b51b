import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  ApplicantPageSchema,
  ApplicationStateSchema,
  EmployerJobPageSchema,
  EmployerRatingTags,
  JobSchema,
  JobViewerStateSchema,
  MyApplicationPageSchema,
  MyApplicationSchema,
  RatingSchema,
  WorkerRatingTags,
} from '../../src/shared/contracts/index'
import { createAccount, type TestAccount } from './accounts'
import { JOB_POINT, act, apply, insertJob, newKey } from './applications-fixtures'
import { bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'

forEachDatabase('applications', (target) => {
  let server: TestServer
  let employer: TestAccount
  /** A second user of the same employer (a foreman). */
  let foreman: TestAccount
  let otherEmployer: TestAccount
  let staff: TestAccount

  before(async () => {
    server = await startServer(target)
    employer = await createAccount(server, 'employer')
    foreman = await createAccount(server, 'employer', { employerId: employer.employerId! })
    otherEmployer = await createAccount(server, 'employer')
    staff = await createAccount(server, 'staff')
  })
  after(() => server.close())

  const worker = (displayName?: string) => createAccount(server, 'worker', { displayName })
  const count = async (sql: string, params: unknown[]) => (await server.db.query<{ n: number }>(sql, params))[0]!.n
  const jobRow = async (id: string) =>
    (await server.db.query<{ hired_count: number; status: string }>('select hired_count, status from jobs where id = $1', [id]))[0]!
  const applyOk = async (w: TestAccount, jobId: string) => bodyOf(await apply(server, w, jobId), 201, MyApplicationSchema)
  const actOk = async (who: TestAccount, id: string, body: unknown) => bodyOf(await act(server, who, id, body), 200, ApplicationStateSchema)

  describe('apply', () => {
    it('a review job: applied, its timeline, no contact in the JSON, and the employer’s users are told', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker('张三')
      const res = await apply(server, w, jobId)
      const app = bodyOf(res, 201, MyApplicationSchema)
      assert.equal(app.status, 'applied')
      assert.equal(app.job.id, jobId)
      assert.equal(app.job.hiringMode, 'review')
      assert.deepEqual(app.timeline.map((e) => [e.status, e.by]), [['applied', 'worker']])
      assert.ok(!('contact' in (res.body as object)), 'no contact key before the hire')
      assert.ok(!JSON.stringify(res.body).includes('东门保安室'), 'no meeting point anywhere before the hire')
      assert.deepEqual([app.canCancel, app.canCheckIn, app.canRate, app.myRating], [true, false, false, null])
      const told = await server.db.query<{ user_id: string; kind: string; body: string }>(
        `select user_id, kind, body from messages where dedupe_key = $1 order by user_id`,
        [`received:${app.id}`],
      )
      assert.deepEqual(told.map((m) => m.user_id).sort(), [employer.id, foreman.id].sort())
      assert.ok(told.every((m) => m.kind === 'application_received' && m.body.includes('张三')))
    })

    it('Idempotency-Key: the same key again answers the same application and writes nothing new', async () => {
      const jobId = await insertJob(server, employer.employerId!)
      const w = await worker()
      const key = newKey()
      const first = bodyOf(await apply(server, w, jobId, key), 201, MyApplicationSchema)
      const again = bodyOf(await apply(server, w, jobId, key), 201, MyApplicationSchema)
      assert.equal(again.id, first.id)
      assert.deepEqual(again.timeline, first.timeline)
      assert.equal(await count('select count(*)::int as n from applications where job_id = $1', [jobId]), 1)
      assert.equal(await count('select count(*)::int as n from application_events e join applications a on a.id = e.application_id where a.job_id = $1', [jobId]), 1)
      assert.equal(await count(`select count(*)::int as n from messages where dedupe_key like 'received:%' and link_id = $1`, [jobId]), 2)

      const otherJob = await insertJob(server, employer.employerId!)
      const reused = errorOf(await apply(server, w, otherJob, key), 409)
      assert.equal(reused.code, 'IDEMPOTENCY_KEY_REUSED')
      assert.equal(await count('select count(*)::int as n from applications where job_id = $1', [otherJob]), 0)
    })

    it('a second device (another key): 409 ALREADY_APPLIED; after cancelling, applying again works', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker()
      const first = await applyOk(w, jobId)
      const dup = errorOf(await apply(server, w, jobId), 409)
      assert.equal(dup.code, 'ALREADY_APPLIED')
      assert.match(dup.message, /已经报名/)
      const none = errorOf(await apply(server, w, jobId, undefined), 409)
      assert.equal(none.code, 'ALREADY_APPLIED', 'without a key too')
      await actOk(w, first.id, { action: 'cancel' })
      const second = await applyOk(w, jobId)
      assert.notEqual(second.id, first.id)
      const state = bodyOf(await call(server, 'GET', `/jobs/${jobId}/me`, { as: w }), 200, JobViewerStateSchema)
      assert.equal(state.application?.id, second.id, 'the live application, not the cancelled one')
    })

    it('only workers apply: employer and staff 403, anonymous 401', async () => {
      const jobId = await insertJob(server, employer.employerId!)
      for (const who of [employer, otherEmployer, staff]) assert.equal(errorOf(await apply(server, who, jobId), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'POST', `/jobs/${jobId}/applications`), 401).code, 'UNAUTHORIZED')
      assert.equal(await count('select count(*)::int as n from applications where job_id = $1', [jobId]), 0)
    })

    it('bad input: a malformed id or key 400, an unknown job 404', async () => {
      const w = await worker()
      const badId = errorOf(await apply(server, w, 'not-a-uuid'), 400)
      assert.equal(badId.code, 'VALIDATION_FAILED')
      assert.ok(badId.fields?.id)
      const jobId = await insertJob(server, employer.employerId!)
      const badKey = errorOf(await apply(server, w, jobId, 'short'), 400)
      assert.ok(badKey.fields?.['idempotency-key'])
      assert.equal(errorOf(await apply(server, w, UNKNOWN_ID), 404).code, 'JOB_NOT_FOUND')
    })

    it('closed, expired (shown no longer, or work over) and full jobs refuse with their own codes', async () => {
      const w = await worker()
      const cases: [Parameters<typeof insertJob>[2], string][] = [
        [{ status: 'closed' }, 'JOB_CLOSED'],
        [{ validInDays: -1, startInDays: -3, endInDays: 2 }, 'JOB_EXPIRED'],
        [{ startInDays: -2, endInDays: -1 }, 'JOB_EXPIRED'],
        [{ headcount: 2, hiredCount: 2, status: 'filled' }, 'JOB_FULL'],
        [{ headcount: 2, hiredCount: 2, hiringMode: 'first_come' }, 'JOB_FULL'],
      ]
      for (const [options, code] of cases) {
        const jobId = await insertJob(server, employer.employerId!, options)
        const err = errorOf(await apply(server, w, jobId), 409)
        assert.equal(err.code, code, JSON.stringify(options))
        assert.ok(/[\u4e00-\u9fff]/.test(err.message))
      }
      assert.equal(await count('select count(*)::int as n from applications where worker_id = $1', [w.id]), 0)
    })
  })

  describe('first come', () => {
    it('applicants are hired at once until the places run out; the next gets JOB_FULL and nothing is written', async () => {
      const jobId = await insertJob(server, employer.employerId!, { hiringMode: 'first_come', headcount: 2, startInDays: 1 })
      const [a, b, c] = [await worker(), await worker(), await worker()]
      const first = await applyOk(a, jobId)
      assert.equal(first.status, 'hired')
      assert.deepEqual(first.timeline.map((e) => [e.status, e.by]), [['applied', 'worker'], ['hired', 'system']])
      assert.deepEqual(first.contact, { contactName: '测试联系人', phone: first.contact!.phone, meetingPoint: '东门保安室找王师傅' })
      assert.match(first.contact!.phone, /^1\d{10}$/)
      assert.equal(first.canCancel, true)
      assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'open' })
      await applyOk(b, jobId)
      assert.deepEqual(await jobRow(jobId), { hired_count: 2, status: 'filled' })

      const key = newKey()
      const full = errorOf(await apply(server, c, jobId, key), 409)
      assert.equal(full.code, 'JOB_FULL')
      assert.match(full.message, /名额已满/)
      assert.equal(await count('select count(*)::int as n from applications where worker_id = $1', [c.id]), 0)
      assert.equal(await count('select count(*)::int as n from idempotency_keys where user_id = $1', [c.id]), 0)
      assert.equal(await count(`select count(*)::int as n from service_events where kind = 'job_hired' and job_id = $1`, [jobId]), 2)
      const job = bodyOf(await call(server, 'GET', `/jobs/${jobId}`), 200, JobSchema)
      assert.equal(job.placesLeft, 0)

      // A hired worker cancelling gives the place back: the job opens again and c gets in.
      await actOk(a, first.id, { action: 'cancel' })
      assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'open' })
      assert.equal((await applyOk(c, jobId)).status, 'hired')
    })
  })

  describe('the employer decides', () => {
    it('hire: the worker’s phone unmasked, the employer’s contact shown, a message and a push within WeChat’s limits', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1, title: '一个名字相当长的周末写字楼深度保洁岗位招聘' })
      const w = await createAccount(server, 'worker', { phone: '13712345678', displayName: '李四' })
      const app = await applyOk(w, jobId)

      const before = bodyOf(await call(server, 'GET', `/jobs/${jobId}/applications`, { as: employer }), 200, ApplicantPageSchema)
      assert.equal(before.items.length, 1)
      assert.equal(before.items[0]!.worker.phone, '137****5678')
      assert.equal(before.items[0]!.worker.displayName, '李四')
      assert.equal(before.items[0]!.status, 'applied')

      const hired = await actOk(foreman, app.id, { action: 'hire' })
      assert.equal(hired.status, 'hired')
      assert.deepEqual(hired.timeline.map((e) => [e.status, e.by]), [['applied', 'worker'], ['hired', 'employer']])
      assert.ok(Date.parse(hired.updatedAt) >= Date.parse(app.updatedAt))

      const afterHire = bodyOf(await call(server, 'GET', `/jobs/${jobId}/applications`, { as: employer }), 200, ApplicantPageSchema)
      assert.equal(afterHire.items[0]!.worker.phone, '13712345678')
      const mine = bodyOf(await call(server, 'GET', '/me/applications', { as: w }), 200, MyApplicationPageSchema)
      const [employerRow] = await server.db.query<{ contact_phone: string }>('select contact_phone from employers where id = $1', [employer.employerId])
      assert.deepEqual(mine.items[0]!.contact, { contactName: '测试联系人', phone: employerRow!.contact_phone, meetingPoint: '东门保安室找王师傅' })
      assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'open' })
      assert.equal(await count(`select count(*)::int as n from service_events where kind = 'job_hired' and application_id = $1`, [app.id]), 1)

      const [message] = await server.db.query<{ kind: string; link_id: string }>(`select kind, link_id from messages where user_id = $1 and dedupe_key = $2`, [w.id, `hired:${app.id}`])
      assert.deepEqual(message, { kind: 'application_hired', link_id: app.id })
      const [push] = await server.db.query<{ template_kind: string; payload: Record<string, string> }>(`select template_kind, payload from outbox where user_id = $1`, [w.id])
      assert.equal(push!.template_kind, 'application_result')
      assert.equal(push!.payload.result, '已录用')
      assert.ok(push!.payload.job!.startsWith('一个名字相当长'))
      for (const [field, value] of Object.entries(push!.payload)) {
        const limit = field === 'result' ? 5 : 20
        assert.ok(Array.from(value).length <= limit, `${field} ${value}`)
      }
    })

    it('reject needs a reason; the worker is told it; the place is untouched', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker()
      const app = await applyOk(w, jobId)
      const missing = errorOf(await act(server, employer, app.id, { action: 'reject' }), 400)
      assert.equal(missing.code, 'VALIDATION_FAILED')
      assert.equal(missing.fields?.reason, '请写明不录用的原因')
      const rejected = await actOk(employer, app.id, { action: 'reject', reason: '人已招满' })
      assert.equal(rejected.status, 'rejected')
      assert.equal(rejected.timeline.at(-1)!.reason, '人已招满')
      const [message] = await server.db.query<{ body: string }>(`select body from messages where user_id = $1 and kind = 'application_rejected'`, [w.id])
      assert.match(message!.body, /人已招满/)
      assert.deepEqual(await jobRow(jobId), { hired_count: 0, status: 'open' })
    })

    it('transitions outside the life are 409 INVALID_TRANSITION', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker()
      const app = await applyOk(w, jobId)
      for (const action of ['complete', 'no_show']) {
        assert.equal(errorOf(await act(server, employer, app.id, { action }), 409).code, 'INVALID_TRANSITION', action)
      }
      await actOk(employer, app.id, { action: 'reject', reason: '不合适' })
      for (const body of [{ action: 'hire' }, { action: 'cancel' }, { action: 'reject', reason: '再拒一次' }]) {
        const err = errorOf(await act(server, employer, app.id, body), 409)
        assert.equal(err.code, 'INVALID_TRANSITION')
        assert.match(err.message, /未录用/)
      }
      assert.equal(errorOf(await act(server, w, app.id, { action: 'cancel' }), 409).code, 'INVALID_TRANSITION')
    })

    it('hiring beyond the headcount: JOB_FULL; a no-show gives the place back', async () => {
      const jobId = await insertJob(server, employer.employerId!, { headcount: 1 })
      const [a, b] = [await worker(), await worker()]
      const appA = await applyOk(a, jobId)
      const appB = await applyOk(b, jobId)
      await actOk(employer, appA.id, { action: 'hire' })
      assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'filled' })
      const full = errorOf(await act(server, employer, appB.id, { action: 'hire' }), 409)
      assert.equal(full.code, 'JOB_FULL')
      assert.equal((await server.db.query<{ status: string }>('select status from applications where id = $1', [appB.id]))[0]!.status, 'applied')
      await actOk(employer, appA.id, { action: 'no_show' })
      assert.deepEqual(await jobRow(jobId), { hired_count: 0, status: 'open' })
      await actOk(employer, appB.id, { action: 'hire' })
      assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'filled' })
    })

    it('the worker may cancel only until the work starts; the employer may cancel a hire and the worker is told', async () => {
      const started = await insertJob(server, employer.employerId!, { startInDays: 0, startTime: '00:00' })
      const w = await worker()
      const app = await applyOk(w, started)
      assert.equal(app.canCancel, false)
      const late = errorOf(await act(server, w, app.id, { action: 'cancel' }), 409)
      assert.equal(late.code, 'WORK_STARTED')
      await actOk(employer, app.id, { action: 'hire' })
      const cancelled = await actOk(employer, app.id, { action: 'cancel', reason: '活儿取消了' })
      assert.equal(cancelled.status, 'cancelled')
      assert.deepEqual(await jobRow(started), { hired_count: 0, status: 'open' })
      const [message] = await server.db.query<{ kind: string; body: string }>(`select kind, body from messages where user_id = $1 and dedupe_key = $2`, [w.id, `cancelled:${app.id}`])
      assert.equal(message!.kind, 'application_cancelled')
      assert.match(message!.body, /活儿取消了/)
    })

    it('a worker may only cancel: hiring oneself is 403; others’ applications are 404; anonymous 401; bad input 400', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker()
      const app = await applyOk(w, jobId)
      assert.equal(errorOf(await act(server, w, app.id, { action: 'hire' }), 403).code, 'FORBIDDEN')
      const stranger = await worker()
      for (const who of [stranger, otherEmployer, staff]) {
        assert.equal(errorOf(await act(server, who, app.id, { action: 'cancel' }), 404).code, 'APPLICATION_NOT_FOUND')
      }
      assert.equal(errorOf(await call(server, 'PATCH', `/applications/${app.id}`, { body: { action: 'cancel' } }), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await act(server, employer, UNKNOWN_ID, { action: 'hire' }), 404).code, 'APPLICATION_NOT_FOUND')
      assert.ok(errorOf(await act(server, employer, 'nope', { action: 'hire' }), 400).fields?.id)
      for (const body of [{ action: 'fly' }, {}, { action: 'reject', reason: 'x'.repeat(101) }]) {
        assert.equal(errorOf(await act(server, employer, app.id, body), 400).code, 'VALIDATION_FAILED', JSON.stringify(body))
      }
      const [row] = await server.db.query<{ status: string }>('select status from applications where id = $1', [app.id])
      assert.equal(row!.status, 'applied')
    })
  })

  describe('reading', () => {
    it('my applications: only mine, newest first, paged; a bad cursor is 400', async () => {
      const w = await worker()
      const other = await worker()
      const ids: string[] = []
      for (let i = 0; i < 3; i++) ids.push((await applyOk(w, await insertJob(server, employer.employerId!, { startInDays: 1 }))).id)
      await applyOk(other, await insertJob(server, employer.employerId!))
      const first = bodyOf(await call(server, 'GET', '/me/applications?limit=2', { as: w }), 200, MyApplicationPageSchema)
      assert.deepEqual(first.items.map((a) => a.id), [ids[2], ids[1]])
      assert.ok(first.nextCursor)
      const second = bodyOf(await call(server, 'GET', `/me/applications?limit=2&cursor=${first.nextCursor}`, { as: w }), 200, MyApplicationPageSchema)
      assert.deepEqual(second.items.map((a) => a.id), [ids[0]])
      assert.equal(second.nextCursor, null)
      assert.equal(errorOf(await call(server, 'GET', '/me/applications?cursor=garbage', { as: w }), 400).code, 'INVALID_CURSOR')
      assert.equal(errorOf(await call(server, 'GET', '/me/applications'), 401).code, 'UNAUTHORIZED')
    })

    it('the viewer state: favourite and my application; 404 for an unknown job, 401 anonymous', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const w = await worker()
      assert.deepEqual(bodyOf(await call(server, 'GET', `/jobs/${jobId}/me`, { as: w }), 200, JobViewerStateSchema), { favorite: false, application: null })
      await server.db.query('insert into favorites (user_id, job_id) values ($1, $2)', [w.id, jobId])
      const app = await applyOk(w, jobId)
      const state = bodyOf(await call(server, 'GET', `/jobs/${jobId}/me`, { as: w }), 200, JobViewerStateSchema)
      assert.equal(state.favorite, true)
      assert.equal(state.application?.id, app.id)
      const stranger = bodyOf(await call(server, 'GET', `/jobs/${jobId}/me`, { as: await worker() }), 200, JobViewerStateSchema)
      assert.deepEqual(stranger, { favorite: false, application: null })
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${UNKNOWN_ID}/me`, { as: w }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/me`), 401).code, 'UNAUTHORIZED')
    })

    it('the applicant list is the job’s employer’s only; first come first; paged', async () => {
      const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
      const ws = [await worker(), await worker(), await worker()]
      const ids: string[] = []
      for (const w of ws) ids.push((await applyOk(w, jobId)).id)
      const page1 = bodyOf(await call(server, 'GET', `/jobs/${jobId}/applications?limit=2`, { as: foreman }), 200, ApplicantPageSchema)
      assert.deepEqual(page1.items.map((a) => a.id), ids.slice(0, 2))
      const page2 = bodyOf(await call(server, 'GET', `/jobs/${jobId}/applications?limit=2&cursor=${page1.nextCursor}`, { as: foreman }), 200, ApplicantPageSchema)
      assert.deepEqual(page2.items.map((a) => a.id), ids.slice(2))
      assert.equal(page2.nextCursor, null)
      for (const who of [otherEmployer, ws[0]!, staff]) {
        assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/applications`, { as: who }), 403).code, 'FORBIDDEN')
      }
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/applications`), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${UNKNOWN_ID}/applications`, { as: employer }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/applications?cursor=xx`, { as: employer }), 400).code, 'INVALID_CURSOR')
    })
  })

  describe('after the work', () => {
    /** A worker hired, checked in on the spot and marked done. */
    async function completed(w: TestAccount, jobId: string) {
      const app = await applyOk(w, jobId)
      await actOk(employer, app.id, { action: 'hire' })
      bodyOf(await call(server, 'POST', `/applications/${app.id}/check-in`, { as: w, body: JOB_POINT }), 200, ApplicationStateSchema)
      const done = await actOk(employer, app.id, { action: 'complete' })
      assert.equal(done.status, 'completed')
      return app.id
    }

    it('complete: a service event and a message; rating before completion is 409 NOT_COMPLETED', async () => {
      const jobId = await insertJob(server, employer.employerId!)
      const w = await worker()
      const app = await applyOk(w, jobId)
      const early = errorOf(await call(server, 'POST', `/applications/${app.id}/ratings`, { as: w, body: { stars: 5 } }), 409)
      assert.equal(early.code, 'NOT_COMPLETED')
      await actOk(employer, app.id, { action: 'hire' })
      assert.equal(errorOf(await act(server, employer, app.id, { action: 'complete' }), 409).code, 'INVALID_TRANSITION', 'not checked in yet')
      bodyOf(await call(server, 'POST', `/applications/${app.id}/check-in`, { as: w, body: JOB_POINT }), 200, ApplicationStateSchema)
      await actOk(employer, app.id, { action: 'complete' })
      const kinds = await server.db.query<{ kind: string }>('select kind from service_events where application_id = $1 order by id', [app.id])
      assert.deepEqual(kinds.map((k) => k.kind), ['job_hired', 'job_checked_in', 'job_completed'])
      assert.equal(await count(`select count(*)::int as n from messages where user_id = $1 and kind = 'work_completed'`, [w.id]), 1)
      const mine = bodyOf(await call(server, 'GET', '/me/applications', { as: w }), 200, MyApplicationPageSchema).items[0]!
      assert.equal(mine.status, 'completed')
      assert.equal(mine.canRate, true)
      assert.ok(mine.contact)
    })

    it('both sides rate once, with their own tag lists; the sums move in the same step', async () => {
      const jobId = await insertJob(server, employer.employerId!)
      const w = await worker()
      const id = await completed(w, jobId)
      const before = bodyOf(await call(server, 'GET', `/jobs/${jobId}`), 200, JobSchema).employer.rating

      const wrongTags = errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: w, body: { stars: 4, tags: [WorkerRatingTags[0]] } }), 400)
      assert.equal(wrongTags.code, 'VALIDATION_FAILED')
      assert.ok(wrongTags.fields?.tags)
      for (const body of [{ stars: 6 }, { stars: 0 }, { stars: 2.5 }, {}, { stars: 3, comment: 'x'.repeat(201) }]) {
        assert.equal(errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: w, body }), 400).code, 'VALIDATION_FAILED', JSON.stringify(body))
      }

      const byWorker = bodyOf(
        await call(server, 'POST', `/applications/${id}/ratings`, { as: w, body: { stars: 4, tags: [EmployerRatingTags[0]], comment: ' 挺好 ' } }),
        201,
        RatingSchema,
      )
      assert.deepEqual([byWorker.stars, byWorker.tags, byWorker.comment], [4, [EmployerRatingTags[0]], '挺好'])
      assert.equal(errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: w, body: { stars: 1 } }), 409).code, 'ALREADY_RATED')
      const afterRating = bodyOf(await call(server, 'GET', `/jobs/${jobId}`), 200, JobSchema).employer.rating
      assert.equal(afterRating.count, before.count + 1)
      const mine = bodyOf(await call(server, 'GET', '/me/applications', { as: w }), 200, MyApplicationPageSchema).items[0]!
      assert.equal(mine.canRate, false)
      assert.equal(mine.myRating?.stars, 4)

      const employerTagOnWorker = errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: employer, body: { stars: 5, tags: [EmployerRatingTags[0]] } }), 400)
      assert.ok(employerTagOnWorker.fields?.tags)
      bodyOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: foreman, body: { stars: 5, tags: [WorkerRatingTags[0], WorkerRatingTags[1]] } }), 201, RatingSchema)
      assert.equal(errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: employer, body: { stars: 5 } }), 409).code, 'ALREADY_RATED')
      const [user] = await server.db.query<{ rating_sum: number; rating_count: number }>('select rating_sum, rating_count from users where id = $1', [w.id])
      assert.deepEqual(user, { rating_sum: 5, rating_count: 1 })

      const list = bodyOf(await call(server, 'GET', `/jobs/${jobId}/applications`, { as: employer }), 200, ApplicantPageSchema).items[0]!
      assert.deepEqual(list.worker.rating, { average: 5, count: 1 })
      assert.equal(list.worker.completedCount, 1)
      assert.equal(list.canRate, false)
      assert.deepEqual(list.myRating?.tags, [WorkerRatingTags[0], WorkerRatingTags[1]])

      for (const who of [await worker(), otherEmployer, staff]) {
        assert.equal(errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { as: who, body: { stars: 1 } }), 404).code, 'APPLICATION_NOT_FOUND')
      }
      assert.equal(errorOf(await call(server, 'POST', `/applications/${id}/ratings`, { body: { stars: 1 } }), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await call(server, 'POST', `/applications/${UNKNOWN_ID}/ratings`, { as: w, body: { stars: 1 } }), 404).code, 'APPLICATION_NOT_FOUND')
    })

    it('the applicant list counts the worker’s completed jobs and no-shows across all jobs', async () => {
      const w = await worker()
      await completed(w, await insertJob(server, employer.employerId!))
      await completed(w, await insertJob(server, employer.employerId!))
      const missed = await applyOk(w, await insertJob(server, employer.employerId!))
      await actOk(employer, missed.id, { action: 'hire' })
      await actOk(employer, missed.id, { action: 'no_show' })
      const otherJob = await insertJob(server, otherEmployer.employerId!, { startInDays: 1 })
      await applyOk(w, otherJob)
      const seen = bodyOf(await call(server, 'GET', `/jobs/${otherJob}/applications`, { as: otherEmployer }), 200, ApplicantPageSchema).items[0]!
      assert.equal(seen.worker.completedCount, 2)
      assert.equal(seen.worker.noShowCount, 1)
      assert.match(seen.worker.phone!, /^\d{3}\*{4}\d{4}$/)
    })
  })

  describe('my jobs (employer)', () => {
    it('every job of mine, any status, newest first, with counts per status; workers 403', async () => {
      const boss = await createAccount(server, 'employer')
      const older = await insertJob(server, boss.employerId!, { startInDays: 1 })
      await server.db.query(`update jobs set posted_at = now() - interval '1 hour' where id = $1`, [older])
      const closed = await insertJob(server, boss.employerId!, { status: 'closed' })
      const newest = await insertJob(server, boss.employerId!, { startInDays: 1 })
      const [a, b, c] = [await worker(), await worker(), await worker()]
      const appA = await applyOk(a, newest)
      await applyOk(b, newest)
      await applyOk(c, newest)
      await actOk(boss, appA.id, { action: 'hire' })

      const page = bodyOf(await call(server, 'GET', '/me/jobs?limit=2', { as: boss }), 200, EmployerJobPageSchema)
      assert.equal(page.items.length, 2)
      assert.ok(page.nextCursor)
      const rest = bodyOf(await call(server, 'GET', `/me/jobs?limit=2&cursor=${page.nextCursor}`, { as: boss }), 200, EmployerJobPageSchema)
      const all = [...page.items, ...rest.items]
      assert.deepEqual(new Set(all.map((j) => j.job.id)), new Set([older, closed, newest]))
      assert.equal(all.at(-1)!.job.id, older)
      const top = all.find((j) => j.job.id === newest)!
      assert.deepEqual(top.counts, { applied: 2, hired: 1, checked_in: 0, completed: 0, rejected: 0, cancelled: 0, no_show: 0 })
      assert.equal(top.job.placesLeft, 2)
      assert.equal(all.find((j) => j.job.id === closed)!.job.status, 'closed')

      for (const who of [a, staff]) assert.equal(errorOf(await call(server, 'GET', '/me/jobs', { as: who }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'GET', '/me/jobs'), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await call(server, 'GET', '/me/jobs?cursor=bad', { as: boss }), 400).code, 'INVALID_CURSOR')
      assert.equal(errorOf(await call(server, 'GET', '/me/jobs?limit=0', { as: boss }), 400).code, 'VALIDATION_FAILED')
    })
  })
})
