import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import {
  ApplicationStateSchema,
  EmployerJobPageSchema,
  EmployerJobViewSchema,
  JobPageSchema,
  JobSchema,
  MyApplicationSchema,
  ScreeningResultSchema,
  type EmployerJobView,
  type JobPostBody,
  type MyApplication,
} from '../../src/shared/contracts/index'
import { addDays, cityDate } from '../src/city-time'
import { copiedDates } from '../src/postings/dates'
import { expireJobs } from '../src/postings/expiry'
import { createAccount, sessionFor, type TestAccount } from './accounts'
import { JOB_POINT, act, apply } from './applications-fixtures'
import { bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'
/** 长治's hourly minimum wage as seeded for the demo city (21.30 yuan). */
const MIN_HOURLY_WAGE_FEN = 2130

forEachDatabase('postings', (target) => {
  let server: TestServer
  let today: string
  let employerA: TestAccount
  /** A second user of employer A (a foreman). */
  let foremanA: TestAccount
  let employerB: TestAccount
  let pendingEmployer: TestAccount
  let worker: TestAccount

  /** An employer in the given verification state and one user acting for it. */
  const newEmployer = async (status: 'verified' | 'pending' | 'unverified') => {
    const [row] = await server.db.query<{ id: string }>(
      `insert into employers (name, contact_name, contact_phone, verification_status, verified_at)
       values ($1, '测试联系人', '13900000000', $2, case when $2 = 'verified' then now() end) returning id`,
      [`测试单位${randomUUID().slice(0, 6)}`, status],
    )
    return createAccount(server, 'employer', { employerId: row!.id })
  }

  before(async () => {
    server = await startServer(target)
    const [row] = await server.db.query<{ today: string }>('select current_date::text as today')
    today = row!.today
    assert.equal(today, cityDate(new Date()), 'the database runs in the city’s zone')
    await server.db.query(`insert into city_settings (key, value, source) values ('min_hourly_wage_fen', $1, '测试')`, [JSON.stringify(MIN_HOURLY_WAGE_FEN)])
    employerA = await newEmployer('verified')
    foremanA = await createAccount(server, 'employer', { employerId: employerA.employerId! })
    employerB = await newEmployer('verified')
    pendingEmployer = await newEmployer('pending')
    worker = await createAccount(server, 'worker')
  })
  after(() => server.close())

  /** An honest post: nothing in it for screening to object to. Unique title per call, to find it by search. */
  const honestPost = (over: Partial<JobPostBody> = {}): JobPostBody => ({
    title: `仓库搬运${randomUUID().slice(0, 4)}`,
    category: 'loading',
    headcount: 3,
    duties: '在物流园仓库把纸箱从货车搬到货架，每箱约十公斤，按班组长安排分区码放。',
    requirements: '能搬重物，干活细心',
    conditions: '包午餐，提供手套和工服，仓库有休息室',
    address: '城东物流园 3 号库',
    district: '潞州区',
    location: JOB_POINT,
    pay: { amountFen: 22000, unit: 'day' },
    settlement: 'daily',
    employmentType: 'gig',
    workDateStart: addDays(today, 1),
    workDateEnd: addDays(today, 2),
    workStartTime: '08:00',
    workEndTime: '17:00',
    validUntil: addDays(today, 1),
    meetingPoint: '3 号库门口找李师傅',
    hiringMode: 'review',
    welcomesOlder: true,
    ...over,
  })

  const create = async (as: TestAccount, over: Partial<JobPostBody> = {}) =>
    bodyOf(await call(server, 'POST', '/jobs', { as, body: honestPost(over) }), 201, EmployerJobViewSchema)
  const publish = (as: TestAccount, id: string) => call(server, 'POST', `/jobs/${id}/publish`, { as })
  const publishOk = async (as: TestAccount, id: string) => bodyOf(await publish(as, id), 200, EmployerJobViewSchema)
  const update = (as: TestAccount, id: string, body: unknown) => call(server, 'PATCH', `/jobs/${id}`, { as, body })
  /** A post published and open. */
  const openJob = async (over: Partial<JobPostBody> = {}) => {
    const draft = await create(employerA, over)
    const open = await publishOk(employerA, draft.id)
    assert.equal(open.status, 'open')
    return open
  }
  const search = async (q: string) =>
    bodyOf(await call(server, 'GET', `/jobs?q=${encodeURIComponent(q)}`), 200, JobPageSchema).items.map((j) => j.id)
  const row = async (id: string) =>
    (await server.db.query<{ status: string; duties: string; pay_amount_fen: number; published_at: string | null; close_reason: string | null; hired_count: number }>(
      'select status, duties, pay_amount_fen, published_at, close_reason, hired_count from jobs where id = $1',
      [id],
    ))[0]!

  describe('create and publish', () => {
    it('a draft is the owner’s alone; published (screening passes) it is open and found by search', async () => {
      const body = honestPost({ workStartTime: '20:00', workEndTime: '06:00' })
      const draft = bodyOf(await call(server, 'POST', '/jobs', { as: employerA, body }), 201, EmployerJobViewSchema)
      assert.deepEqual(
        [draft.status, draft.workHours, draft.publishedAt, draft.screening, draft.meetingPoint, draft.employer.id, draft.copiedFrom],
        ['draft', '20:00–次日 06:00', null, null, '3 号库门口找李师傅', employerA.employerId, null],
      )
      const [created] = await server.db.query<{ created_by: string }>('select created_by from jobs where id = $1', [draft.id])
      assert.equal(created!.created_by, employerA.id)

      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: employerB }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: worker }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: { token: 'not-a-session' } }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(bodyOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: foremanA }), 200, JobSchema).status, 'draft')
      assert.ok(!(await search(body.title)).includes(draft.id), 'a draft is not listed')

      const open = await publishOk(employerA, draft.id)
      assert.equal(open.status, 'open')
      assert.equal(open.screening?.verdict, 'pass')
      assert.ok(open.publishedAt && open.screenedAt)
      assert.equal(open.postedAt, open.publishedAt, 'listed as posted when published, not when drafted')
      assert.deepEqual(await search(body.title), [draft.id])
      assert.equal(bodyOf(await call(server, 'GET', `/jobs/${draft.id}`), 200, JobSchema).status, 'open')

      const again = errorOf(await publish(employerA, draft.id), 409)
      assert.equal(again.code, 'JOB_NOT_DRAFT')
    })

    it('押金200元 in the duties: screening says reject, publishing answers 422 with the reason and the law, nothing is shown; fixed, it publishes', async () => {
      const fee = { duties: '在仓库搬运货物，上岗前交押金200元，干满一周退还。' }
      const screened = bodyOf(await call(server, 'POST', '/jobs/screen', { as: employerA, body: honestPost(fee) }), 200, ScreeningResultSchema)
      assert.equal(screened.verdict, 'reject')
      const reason = screened.reasons.find((r) => r.verdict === 'reject' && r.field === 'duties')
      assert.ok(reason, JSON.stringify(screened.reasons))
      assert.ok(reason.law, 'a rejection names the law behind it')

      const draft = await create(employerA, fee)
      const refused = errorOf(await publish(employerA, draft.id), 422)
      assert.equal(refused.code, 'JOB_POST_REJECTED')
      assert.equal(refused.fields?.duties, `${reason.message}（依据：${reason.law}）`)
      assert.match(refused.message, /不符合规定/)
      const stored = await row(draft.id)
      assert.deepEqual([stored.status, stored.published_at], ['draft', null])
      const mine = bodyOf(await call(server, 'GET', `/me/jobs/${draft.id}`, { as: employerA }), 200, EmployerJobViewSchema)
      assert.equal(mine.screening?.verdict, 'reject', 'the rejection is kept on the draft for the form')
      assert.ok(!(await search(draft.title)).includes(draft.id))

      const fixed = bodyOf(await update(employerA, draft.id, { duties: '在仓库搬运货物，按班组长安排码放。' }), 200, EmployerJobViewSchema)
      assert.equal(fixed.status, 'draft')
      assert.equal((await publishOk(employerA, draft.id)).status, 'open')
      assert.deepEqual(await search(draft.title), [draft.id])
    })

    it('a post screening sends to staff waits in pending_review, hidden from lists and from everyone but its employer', async () => {
      const draft = await create(employerA, { requirements: '有意者加微信 zhang888 私聊，不接电话' })
      const screened = bodyOf(await call(server, 'POST', '/jobs/screen', { as: employerA, body: honestPost({ requirements: '有意者加微信 zhang888 私聊，不接电话' }) }), 200, ScreeningResultSchema)
      assert.equal(screened.verdict, 'review', JSON.stringify(screened.reasons))
      const waiting = await publishOk(employerA, draft.id)
      assert.deepEqual([waiting.status, waiting.screening?.verdict, waiting.publishedAt], ['pending_review', 'review', null])
      assert.ok(!(await search(draft.title)).includes(draft.id))
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`), 404).code, 'JOB_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: employerB }), 404).code, 'JOB_NOT_FOUND')
      assert.equal(bodyOf(await call(server, 'GET', `/jobs/${draft.id}`, { as: employerA }), 200, JobSchema).status, 'pending_review')
      assert.equal(bodyOf(await call(server, 'GET', `/me/jobs/${draft.id}`, { as: foremanA }), 200, EmployerJobViewSchema).status, 'pending_review')
      // An edit while waiting leaves the decision with staff.
      const edited = bodyOf(await update(employerA, draft.id, { requirements: '能吃苦' }), 200, EmployerJobViewSchema)
      assert.equal(edited.status, 'pending_review')
    })

    it('an employer not verified writes drafts but cannot publish: 403 EMPLOYER_NOT_VERIFIED', async () => {
      const draft = await create(pendingEmployer)
      const refused = errorOf(await publish(pendingEmployer, draft.id), 403)
      assert.equal(refused.code, 'EMPLOYER_NOT_VERIFIED')
      assert.match(refused.message, /审核中/)
      assert.equal((await row(draft.id)).status, 'draft')

      const unverified = await newEmployer('unverified')
      const other = await create(unverified)
      assert.equal(errorOf(await publish(unverified, other.id), 403).code, 'EMPLOYER_NOT_VERIFIED')
    })

    it('a draft whose dates have passed is 409 JOB_EXPIRED on publishing', async () => {
      const draft = await create(employerA)
      await server.db.query(`update jobs set work_date_start = current_date - 3, work_date_end = current_date - 2, valid_until = current_date - 2 where id = $1`, [draft.id])
      assert.equal(errorOf(await publish(employerA, draft.id), 409).code, 'JOB_EXPIRED')
      assert.equal((await row(draft.id)).status, 'draft')
    })
  })

  describe('who may do what', () => {
    it('a worker can neither post nor screen, nor touch any post: 403 FORBIDDEN everywhere', async () => {
      const job = await openJob()
      const calls: [string, string, unknown?][] = [
        ['POST', '/jobs', honestPost()],
        ['POST', '/jobs/screen', honestPost()],
        ['PATCH', `/jobs/${job.id}`, { title: '改个名字' }],
        ['POST', `/jobs/${job.id}/publish`],
        ['POST', `/jobs/${job.id}/close`],
        ['POST', `/jobs/${job.id}/copy`],
        ['GET', `/me/jobs/${job.id}`],
        ['GET', '/me/jobs'],
      ]
      for (const [method, path, body] of calls) {
        assert.equal(errorOf(await call(server, method, path, { as: worker, body }), 403).code, 'FORBIDDEN', `${method} ${path}`)
      }
      // Written here, not by createAccount: a staff user needs a scope (migration 0008).
      const [staffRow] = await server.db.query<{ id: string }>(
        `insert into users (role, display_name, staff_scope) values ('staff', '测试工作人员', 'city') returning id`,
      )
      const staff = await sessionFor(server, staffRow!.id)
      assert.equal(errorOf(await call(server, 'POST', '/jobs', { as: staff, body: honestPost() }), 403).code, 'FORBIDDEN')
      const signedOut: [string, string, unknown?][] = [['POST', '/jobs', honestPost()], ['PATCH', `/jobs/${job.id}`, {}], ['GET', `/me/jobs/${job.id}`]]
      for (const [method, path, body] of signedOut) {
        assert.equal(errorOf(await call(server, method, path, { body }), 401).code, 'UNAUTHORIZED', `${method} ${path} signed out`)
      }
      const untouched = await row(job.id)
      assert.deepEqual([untouched.status, untouched.close_reason], ['open', null])
    })

    it('another employer gets 403 on every one of A’s posts, and an unknown id is 404', async () => {
      const open = await openJob()
      const draft = await create(employerA)
      const calls: [string, string, unknown?][] = [
        ['PATCH', `/jobs/${open.id}`, { duties: '别人改的工作内容，写够五个字' }],
        ['POST', `/jobs/${draft.id}/publish`],
        ['POST', `/jobs/${open.id}/close`],
        ['POST', `/jobs/${open.id}/copy`],
        ['GET', `/me/jobs/${draft.id}`],
      ]
      for (const [method, path, body] of calls) {
        assert.equal(errorOf(await call(server, method, path, { as: employerB, body }), 403).code, 'FORBIDDEN', `${method} ${path}`)
        const unknown = path.replace(/[0-9a-f-]{36}/, UNKNOWN_ID)
        assert.equal(errorOf(await call(server, method, unknown, { as: employerB, body }), 404).code, 'JOB_NOT_FOUND', `${method} ${unknown}`)
      }
      assert.deepEqual([(await row(open.id)).status, (await row(draft.id)).status], ['open', 'draft'])
      assert.equal((await row(open.id)).duties, open.duties)
      const listed = bodyOf(await call(server, 'GET', '/me/jobs?limit=50', { as: employerB }), 200, EmployerJobPageSchema)
      assert.ok(listed.items.every((i) => i.job.employer.id === employerB.employerId))
      // A's foreman acts for A.
      assert.equal(bodyOf(await call(server, 'GET', `/me/jobs/${draft.id}`, { as: foremanA }), 200, EmployerJobViewSchema).id, draft.id)
    })
  })

  describe('editing', () => {
    it('an open post: a fee added is 422 and the old text stays; pay below the minimum wage is 422; a harmless edit stays open', async () => {
      const job = await openJob()
      const fee = errorOf(await update(employerA, job.id, { duties: '搬运货物，入职需交服装费 100 元。' }), 422)
      assert.equal(fee.code, 'JOB_POST_REJECTED')
      assert.ok(fee.fields?.duties?.includes('依据：'), JSON.stringify(fee.fields))
      assert.deepEqual([(await row(job.id)).duties, (await row(job.id)).status], [job.duties, 'open'])

      // 8 × 21.30 = 170.40 yuan for an 08:00–17:00 day would be the least; 100 yuan is far below.
      const low = errorOf(await update(employerA, job.id, { pay: { amountFen: 10000, unit: 'day' } }), 422)
      assert.equal(low.code, 'JOB_POST_REJECTED')
      assert.ok(low.fields?.pay, JSON.stringify(low.fields))
      assert.equal((await row(job.id)).pay_amount_fen, 22000)
      const lowHour = errorOf(await update(employerA, job.id, { pay: { amountFen: MIN_HOURLY_WAGE_FEN - 1, unit: 'hour' } }), 422)
      assert.equal(lowHour.code, 'JOB_POST_REJECTED')

      const renamed = bodyOf(await update(employerA, job.id, { title: '仓库装卸工', headcount: 5, address: '城东物流园 4 号库' }), 200, EmployerJobViewSchema)
      assert.deepEqual([renamed.status, renamed.title, renamed.headcount, renamed.address, renamed.screening?.verdict], ['open', '仓库装卸工', 5, '城东物流园 4 号库', 'pass'])
      assert.deepEqual(await search('仓库装卸工'), [job.id])
    })

    it('an open post edited into something staff must see goes back to pending_review and leaves the lists', async () => {
      const job = await openJob()
      const edited = bodyOf(await update(employerA, job.id, { requirements: '详情加QQ 12345678 私聊' }), 200, EmployerJobViewSchema)
      assert.deepEqual([edited.status, edited.screening?.verdict], ['pending_review', 'review'])
      assert.ok(!(await search(job.title)).includes(job.id))
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${job.id}`), 404).code, 'JOB_NOT_FOUND')
    })

    it('headcount below those hired is 409; down to exactly those hired, the post is filled', async () => {
      const job = await openJob({ hiringMode: 'first_come', headcount: 3 })
      for (let i = 0; i < 2; i += 1) bodyOf(await apply(server, await createAccount(server, 'worker'), job.id), 201, MyApplicationSchema)
      const below = errorOf(await update(employerA, job.id, { headcount: 1 }), 409)
      assert.equal(below.code, 'HEADCOUNT_BELOW_HIRED')
      assert.match(below.message, /2/)
      const filled = bodyOf(await update(employerA, job.id, { headcount: 2 }), 200, EmployerJobViewSchema)
      assert.deepEqual([filled.status, filled.placesLeft], ['filled', 0])
      assert.equal(errorOf(await update(employerA, job.id, { headcount: 3 }), 409).code, 'JOB_NOT_EDITABLE')
    })

    it('an edit is checked whole: dates out of order are 400 with the field, closed posts are 409', async () => {
      const job = await openJob()
      const bad = errorOf(await update(employerA, job.id, { workDateEnd: addDays(today, 0) }), 400)
      assert.equal(bad.code, 'VALIDATION_FAILED')
      assert.equal(bad.fields?.workDateEnd, '完工日期不能早于开工日期')
      bodyOf(await call(server, 'POST', `/jobs/${job.id}/close`, { as: employerA }), 200, EmployerJobViewSchema)
      const closed = errorOf(await update(employerA, job.id, { title: '再改一下' }), 409)
      assert.equal(closed.code, 'JOB_NOT_EDITABLE')
      assert.match(closed.message, /已停招/)
    })

    it('new times without new words for them: the working-hours text follows the times', async () => {
      const draft = await create(employerA)
      const edited = bodyOf(await update(employerA, draft.id, { workStartTime: '09:00', workEndTime: '12:00' }), 200, EmployerJobViewSchema)
      assert.deepEqual([edited.workStartTime, edited.workEndTime, edited.workHours], ['09:00', '12:00', '09:00–12:00'])
      const worded = bodyOf(await update(employerA, draft.id, { workHours: '09:00–12:00（可提前走）' }), 200, EmployerJobViewSchema)
      assert.equal(worded.workHours, '09:00–12:00（可提前走）')
    })
  })

  describe('closing early', () => {
    it('tells every hired worker (message and push) and every waiting applicant (message), cancels their applications, keeps a checked-in worker', async () => {
      const job = await openJob({ hiringMode: 'review', headcount: 5 })
      const people = await Promise.all([0, 1, 2, 3].map(() => createAccount(server, 'worker')))
      const applications: MyApplication[] = []
      for (const p of people) applications.push(bodyOf(await apply(server, p, job.id), 201, MyApplicationSchema))
      for (const a of applications.slice(0, 3)) bodyOf(await act(server, employerA, a.id, { action: 'hire' }), 200, ApplicationStateSchema)
      // The third hired worker is already at work.
      await server.db.query(`update applications set status = 'checked_in' where id = $1`, [applications[2]!.id])
      assert.equal((await row(job.id)).hired_count, 3)

      const closed = bodyOf(await call(server, 'POST', `/jobs/${job.id}/close`, { as: employerA }), 200, EmployerJobViewSchema)
      assert.deepEqual([closed.status, closed.closeReason], ['closed', 'employer'])
      assert.ok(closed.closedAt)
      assert.equal((await row(job.id)).hired_count, 1, 'the checked-in worker keeps the place')

      const statuses = await server.db.query<{ worker_id: string; status: string }>('select worker_id, status from applications where job_id = $1', [job.id])
      const statusOf = (p: TestAccount) => statuses.find((s) => s.worker_id === p.id)?.status
      assert.deepEqual(people.map(statusOf), ['cancelled', 'cancelled', 'checked_in', 'cancelled'])
      const events = await server.db.query<{ application_id: string; actor: string; actor_user_id: string; reason: string }>(
        `select application_id, actor, actor_user_id, reason from application_events
         where application_id = any($1::uuid[]) and status = 'cancelled' order by application_id`,
        [applications.map((a) => a.id)],
      )
      assert.deepEqual(
        events,
        [0, 1, 3].map((i) => applications[i]!.id).sort().map((id) => ({ application_id: id, actor: 'employer', actor_user_id: employerA.id, reason: '用人单位提前停招' })),
      )

      const messages = await server.db.query<{ user_id: string; kind: string; body: string; link_id: string }>(
        `select user_id, kind, body, link_id from messages where kind = 'job_closed' and user_id = any($1::uuid[])`,
        [people.map((p) => p.id)],
      )
      assert.deepEqual(messages.map((m) => m.user_id).sort(), [people[0]!.id, people[1]!.id, people[3]!.id].sort(), 'each cancelled worker told once; the one at work not')
      assert.ok(messages.every((m) => m.body.includes(job.title)))
      assert.match(messages.find((m) => m.user_id === people[0]!.id)!.body, /录用随之取消/)
      assert.match(messages.find((m) => m.user_id === people[3]!.id)!.body, /报名随之取消/)
      const outbox = await server.db.query<{ user_id: string; template_kind: string; payload: { result: string; note: string } }>(
        `select user_id, template_kind, payload from outbox where user_id = any($1::uuid[]) and dedupe_key like '%:job-closed:%'`,
        [people.map((p) => p.id)],
      )
      assert.deepEqual(outbox.map((o) => o.user_id).sort(), [people[0]!.id, people[1]!.id].sort(), 'pushed to the hired only')
      assert.ok(outbox.every((o) => o.template_kind === 'application_result' && o.payload.result === '已取消' && o.payload.note === '用人单位提前停招'))

      const again = errorOf(await call(server, 'POST', `/jobs/${job.id}/close`, { as: employerA }), 409)
      assert.equal(again.code, 'JOB_NOT_CLOSABLE')
      assert.equal(again.message, '这个岗位现在是“已停招”，不需要停招')
      assert.ok(!(await search(job.title)).includes(job.id))
      const draft = await create(employerA)
      assert.equal(errorOf(await call(server, 'POST', `/jobs/${draft.id}/close`, { as: employerA }), 409).code, 'JOB_NOT_CLOSABLE')
    })
  })

  describe('post again', () => {
    it('copy: a new draft of mine with the same post, the work moved to start today or tomorrow for as many days', async () => {
      const source = await openJob({ workDateStart: addDays(today, 1), workDateEnd: addDays(today, 3), validUntil: addDays(today, 2) })
      await server.db.query(
        `update jobs set work_date_start = current_date - 10, work_date_end = current_date - 8, valid_until = current_date - 9 where id = $1`,
        [source.id],
      )
      const now = new Date()
      const copy = bodyOf(await call(server, 'POST', `/jobs/${source.id}/copy`, { as: foremanA }), 201, EmployerJobViewSchema)
      const start = copiedDates({ workDateStart: addDays(today, -10), workDateEnd: addDays(today, -8), validUntil: addDays(today, -9), workStartTime: '08:00' }, now).workDateStart
      assert.ok([today, addDays(today, 1)].includes(start))
      assert.deepEqual(
        { start: copy.workDateStart, end: copy.workDateEnd, valid: copy.validUntil },
        { start, end: addDays(start, 2), valid: addDays(start, 1) },
      )
      assert.deepEqual(
        [copy.status, copy.copiedFrom, copy.title, copy.duties, copy.pay, copy.meetingPoint, copy.placesLeft, copy.screening, copy.publishedAt],
        ['draft', source.id, source.title, source.duties, source.pay, source.meetingPoint, source.headcount, null, null],
      )
      assert.notEqual(copy.id, source.id)
      assert.equal((await publishOk(employerA, copy.id)).status, 'open')
    })

    it('copied dates: start today while today’s start time is ahead, else tomorrow; validity kept within today and the last day', () => {
      const source = { workDateStart: '2026-03-01', workDateEnd: '2026-03-04', validUntil: '2026-02-27', workStartTime: '08:00' }
      // 07:59 and 08:00 in the city (UTC+8) on 2026-12-02.
      assert.deepEqual(copiedDates(source, new Date('2026-12-01T23:59:00Z')), { workDateStart: '2026-12-02', workDateEnd: '2026-12-05', validUntil: '2026-12-02' })
      assert.deepEqual(copiedDates(source, new Date('2026-12-02T00:00:00Z')), { workDateStart: '2026-12-03', workDateEnd: '2026-12-06', validUntil: '2026-12-02' })
      const longValid = { ...source, validUntil: '2026-03-04' }
      assert.equal(copiedDates(longValid, new Date('2026-12-02T00:00:00Z')).validUntil, '2026-12-06')
    })
  })

  describe('my posts', () => {
    it('GET /me/jobs lists drafts, waiting, open and closed posts with their counts, and filters by status', async () => {
      const employer = await newEmployer('verified')
      const draft = await create(employer)
      const open = bodyOf(await publish(employer, (await create(employer)).id), 200, EmployerJobViewSchema)
      const closed = bodyOf(await publish(employer, (await create(employer)).id), 200, EmployerJobViewSchema)
      bodyOf(await call(server, 'POST', `/jobs/${closed.id}/close`, { as: employer }), 200, EmployerJobViewSchema)
      bodyOf(await apply(server, worker, open.id), 201, MyApplicationSchema)

      const all = bodyOf(await call(server, 'GET', '/me/jobs', { as: employer }), 200, EmployerJobPageSchema)
      assert.deepEqual(new Set(all.items.map((i) => i.job.id)), new Set([draft.id, open.id, closed.id]))
      const openItem = all.items.find((i) => i.job.id === open.id)!
      assert.deepEqual([openItem.counts.applied, openItem.job.meetingPoint, openItem.job.screening?.verdict], [1, '3 号库门口找李师傅', 'pass'])
      for (const [status, id] of [['draft', draft.id], ['open', open.id], ['closed', closed.id]] as const) {
        const page = bodyOf(await call(server, 'GET', `/me/jobs?status=${status}`, { as: employer }), 200, EmployerJobPageSchema)
        assert.deepEqual(page.items.map((i) => i.job.id), [id], status)
      }
      // Several statuses at once (a tab of 我发布的岗位), newest first across them.
      const several = bodyOf(await call(server, 'GET', '/me/jobs?status=open,closed', { as: employer }), 200, EmployerJobPageSchema)
      assert.deepEqual(new Set(several.items.map((i) => i.job.id)), new Set([open.id, closed.id]))
      const none = bodyOf(await call(server, 'GET', '/me/jobs?status=expired', { as: employer }), 200, EmployerJobPageSchema)
      assert.deepEqual(none.items, [])
      const bad = errorOf(await call(server, 'GET', '/me/jobs?status=gone', { as: employer }), 400)
      assert.equal(bad.fields?.status, '岗位状态不对')
      const paged = bodyOf(await call(server, 'GET', '/me/jobs?limit=2', { as: employer }), 200, EmployerJobPageSchema)
      const rest = bodyOf(await call(server, 'GET', `/me/jobs?limit=2&cursor=${paged.nextCursor}`, { as: employer }), 200, EmployerJobPageSchema)
      assert.deepEqual([paged.items.length, rest.items.length, rest.nextCursor], [2, 1, null])
    })
  })

  describe('expiry', () => {
    it('the sweep marks live posts past their validity or last work day as expired, and nothing else', async () => {
      // Posts other tests left behind with past dates are swept first: the counts below are this test's.
      await expireJobs(server.db, today, 10_000)
      const employer = await newEmployer('verified')
      const make = async (status: string, workEnd: number, validUntil: number) => {
        const view: EmployerJobView = await create(employer)
        await server.db.query(
          `update jobs set status = $2, work_date_start = current_date + $3::int - 1, work_date_end = current_date + $3::int,
             valid_until = current_date + $4::int where id = $1`,
          [view.id, status, workEnd, validUntil],
        )
        return view.id
      }
      const pastValidity = await make('open', 2, -1)
      const pastWork = await make('filled', -1, -1)
      const current = await make('open', 1, 0)
      const draftPast = await make('draft', -3, -3)
      const closedPast = await make('closed', -3, -3)
      const reviewPast = await make('pending_review', -3, -3)

      // One at a time: a batch is a limit, the rest wait for the next round.
      assert.equal(await expireJobs(server.db, today, 1), 1)
      assert.equal(await expireJobs(server.db, today), 1)
      assert.equal(await expireJobs(server.db, today), 0)
      const rows = await server.db.query<{ id: string; status: string; close_reason: string | null; closed_at: string | null }>(
        'select id, status, close_reason, closed_at from jobs where id = any($1::uuid[])',
        [[pastValidity, pastWork, current, draftPast, closedPast, reviewPast]],
      )
      const byId = new Map(rows.map((r) => [r.id, r]))
      assert.deepEqual(
        [pastValidity, pastWork, current, draftPast, closedPast, reviewPast].map((id) => byId.get(id)!.status),
        ['expired', 'expired', 'open', 'draft', 'closed', 'pending_review'],
      )
      assert.equal(byId.get(pastValidity)!.close_reason, 'expired')
      assert.ok(byId.get(pastWork)!.closed_at)
      const page = bodyOf(await call(server, 'GET', '/me/jobs?status=expired', { as: employer }), 200, EmployerJobPageSchema)
      assert.deepEqual(new Set(page.items.map((i) => i.job.id)), new Set([pastValidity, pastWork]))
      // Tomorrow, today's last valid day is past too.
      await expireJobs(server.db, addDays(today, 1), 10_000)
      assert.equal((await row(current)).status, 'expired')
    })
  })

  describe('bad bodies', () => {
    it('are 400 VALIDATION_FAILED with a Chinese message per field', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ title: undefined }, 'title', '请填写岗位名称'],
        [{ title: '工' }, 'title', '岗位名称至少 2 个字'],
        [{ category: 'astronaut' }, 'category', '工种不在列表里'],
        [{ category: undefined }, 'category', '请选择工种'],
        [{ headcount: 0 }, 'headcount', '至少招 1 人'],
        [{ headcount: 501 }, 'headcount', '一次最多招 500 人'],
        [{ headcount: 2.5 }, 'headcount', '招聘人数应为整数'],
        [{ duties: '搬' }, 'duties', '工作内容至少 5 个字'],
        [{ pay: { amountFen: 0, unit: 'day' } }, 'pay.amountFen', '工资应大于 0'],
        [{ pay: { amountFen: 20000, unit: 'month' } }, 'pay.unit', '计薪方式只能是时薪、日薪或计件'],
        [{ workStartTime: '25:00' }, 'workStartTime', '每天上班时间格式应为 HH:MM（如 08:00）'],
        [{ workDateStart: '2026-02-30' }, 'workDateStart', '开工日期不是有效的日期'],
        [{ workDateEnd: addDays(today, 0) }, 'workDateEnd', '完工日期不能早于开工日期'],
        [{ workDateEnd: addDays(today, 200) }, 'workDateEnd', '短期岗位的工期最长 180 天'],
        [{ validUntil: addDays(today, 5) }, 'validUntil', '招聘截止日期不能晚于最后一个工作日'],
        [{ location: undefined }, 'location', '请在地图上选择工作地点'],
        [{ hiringMode: undefined }, 'hiringMode', '请选择录用方式'],
        [{ meetingPoint: 'x'.repeat(101) }, 'meetingPoint', '集合地点最多 100 个字'],
      ]
      for (const [over, field, message] of cases) {
        const error = errorOf(await call(server, 'POST', '/jobs', { as: employerA, body: { ...honestPost(), ...over } }), 400)
        assert.equal(error.code, 'VALIDATION_FAILED', field)
        assert.equal(error.fields?.[field], message, `${field}: ${JSON.stringify(error.fields)}`)
      }
      // What only the server knows: today, the stations.
      const past = errorOf(
        await call(server, 'POST', '/jobs', { as: employerA, body: honestPost({ workDateStart: addDays(today, -2), workDateEnd: addDays(today, -1), validUntil: addDays(today, -1) }) }),
        400,
      )
      assert.equal(past.fields?.validUntil, '招聘截止日期已过，请改到今天或以后')
      const station = errorOf(await call(server, 'POST', '/jobs', { as: employerA, body: honestPost({ stationId: UNKNOWN_ID }) }), 400)
      assert.equal(station.fields?.stationId, '没有这个驿站')
      const edit = errorOf(await update(employerA, (await create(employerA)).id, { headcount: -1 }), 400)
      assert.equal(edit.fields?.headcount, '至少招 1 人')
      const screen = errorOf(await call(server, 'POST', '/jobs/screen', { as: employerA, body: { title: '搬运' } }), 400)
      assert.equal(screen.code, 'VALIDATION_FAILED')
    })
  })
})
