import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import {
  ApplicationStateSchema,
  AuditLogPageSchema,
  DecidedReportSchema,
  DrawnSamplesSchema,
  EmployerDecisionResultSchema,
  JobSchema,
  JobViewerStateSchema,
  MyApplicationSchema,
  MyReportPageSchema,
  ReportReceiptSchema,
  ReviewQueueSchema,
  ReviewedJobSchema,
  SampleAuditListSchema,
  SampleAuditSchema,
  StaffDashboardSchema,
  type AuditEntry,
  type QueueItem,
} from '../../src/shared/contracts/index'
import { cityDate, cityDateAfter } from '../src/city-time'
import { REPORTS_PER_DAY, chineseDate } from '../src/reviews/reports'
import { cityMonth, monthsUpTo } from '../src/reviews/samples'
import { createAccount, sessionFor, type TestAccount } from './accounts'
import { act, apply, insertJob } from './applications-fixtures'
import { allPages, bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'
const SCREENING = {
  verdict: 'review',
  reasons: [{ code: 'PRIVATE_CONTACT', message: '只留了微信号，请改用平台联系', field: 'duties', law: '网络招聘服务管理规定 第十五条' }],
}

forEachDatabase('reviews', (target) => {
  let server: TestServer
  let worker: TestAccount
  let otherEmployer: TestAccount
  let cityStaff: TestAccount

  before(async () => {
    server = await startServer(target)
    worker = await createAccount(server, 'worker', { displayName: '王小明' })
    cityStaff = await staffOf(null, '市局李科长')
    otherEmployer = (await employerIn(randomDistrict())).boss
  })
  after(() => server.close())

  const randomDistrict = () => `测试区${randomUUID().slice(0, 6)}`
  const one = async <T>(sql: string, params: unknown[] = []) => (await server.db.query<T>(sql, params))[0]!

  /** A staff member of `district`, or city-wide with null. Written straight to the database. */
  async function staffOf(district: string | null, displayName = `驿站${district ?? '市'}工作人员`): Promise<TestAccount> {
    const [row] = await server.db.query<{ id: string }>(
      `insert into users (role, phone, display_name, staff_scope, staff_district) values ('staff', $1, $2, $3, $4) returning id`,
      [`137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, displayName, district === null ? 'city' : 'district', district],
    )
    return sessionFor(server, row!.id)
  }

  interface EmployerOptions {
    status?: 'unverified' | 'pending' | 'verified' | 'rejected'
    creditCodeValid?: boolean | null
    licence?: boolean
  }

  /** An employer in `district` with two users (the boss and a foreman). */
  async function employerIn(district: string | null, o: EmployerOptions = {}) {
    const { id } = await one<{ id: string }>(
      `insert into employers (name, contact_name, contact_phone, district, verification_status, credit_code, credit_code_valid, kind)
       values ($1, '赵经理', '13912345678', $2, $3, $4, $5, 'enterprise') returning id`,
      [`测试公司${randomUUID().slice(0, 6)}`, district, o.status ?? 'verified', `91${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`, o.creditCodeValid ?? true],
    )
    const boss = await createAccount(server, 'employer', { employerId: id, displayName: '赵老板' })
    const foreman = await createAccount(server, 'employer', { employerId: id, displayName: '工头老钱' })
    if (o.licence) {
      const file = await one<{ id: string }>(
        `insert into stored_files (purpose, owner_id, mime_type, size_bytes, sha256, storage_key)
         values ('employer_licence', $1, 'image/jpeg', 1234, $2, 'ab/cd') returning id`,
        [boss.id, 'a'.repeat(64)],
      )
      await server.db.query('update employers set licence_file_id = $2 where id = $1', [id, file.id])
    }
    return { id, boss, foreman }
  }

  /** A post of the employer's in `district`, in the state another part of the app would have left it. */
  async function jobIn(employerId: string, district: string, status: 'draft' | 'pending_review' | 'open' | 'filled' | 'closed' = 'open', title?: string) {
    const id = await insertJob(server, employerId, { title })
    await server.db.query(
      `update jobs set district = $2, status = $3, screening = case when $3 = 'pending_review' then $4::jsonb end,
         published_at = case when $3 in ('open', 'filled') then posted_at end
       where id = $1`,
      [id, district, status, JSON.stringify(SCREENING)],
    )
    return id
  }

  const report = (who: TestAccount | undefined, jobId: string, body: unknown) => call(server, 'POST', `/jobs/${jobId}/reports`, { as: who, body })
  const reportOk = async (who: TestAccount, jobId: string, body: unknown = { reason: 'fee' }) => bodyOf(await report(who, jobId, body), 201, ReportReceiptSchema)
  const queue = async (who: TestAccount, qs = '') => bodyOf(await call(server, 'GET', `/staff/review-queue${qs}`, { as: who }), 200, ReviewQueueSchema)
  const review = (who: TestAccount, jobId: string, body: unknown) => call(server, 'POST', `/staff/jobs/${jobId}/review`, { as: who, body })
  const decideReport = (who: TestAccount, reportId: string, body: unknown) => call(server, 'POST', `/staff/reports/${reportId}/decision`, { as: who, body })
  const decideEmployer = (who: TestAccount, employerId: string, body: unknown) => call(server, 'POST', `/staff/employers/${employerId}/verification`, { as: who, body })
  const messagesOf = (userId: string, kind: string) =>
    server.db.query<{ title: string; body: string; link_kind: string | null; link_id: string | null; dedupe_key: string }>(
      'select title, body, link_kind, link_id, dedupe_key from messages where user_id = $1 and kind = $2 order by created_at',
      [userId, kind],
    )
  const auditOf = async (who: TestAccount, targetKind: string, targetId: string) =>
    bodyOf(await call(server, 'GET', `/staff/audit-log?targetKind=${targetKind}&targetId=${targetId}`, { as: who }), 200, AuditLogPageSchema).items
  const publicJob = async (id: string) => bodyOf(await call(server, 'GET', `/jobs/${id}`), 200, JobSchema)

  describe('reportJob', () => {
    it('first report: 201 with the answer date (3 calendar days, city time) in the receipt and its message', async () => {
      const e = await employerIn(randomDistrict())
      const jobId = await jobIn(e.id, '城区')
      const before = new Date()
      const receipt = await reportOk(worker, jobId, { reason: 'fee', note: '  面试要交 200 元服装费  ' })
      const expected = cityDateAfter(before, 3)
      assert.equal(receipt.status, 'open')
      assert.equal(receipt.answerBy, expected)
      assert.ok(receipt.message.includes(chineseDate(expected)), receipt.message)
      const row = await one<{ reason: string; note: string; reporter_id: string; answer_by: string }>(
        'select reason, note, reporter_id, answer_by from job_reports where id = $1',
        [receipt.id],
      )
      assert.deepEqual(row, { reason: 'fee', note: '面试要交 200 元服装费', reporter_id: worker.id, answer_by: expected })
    })

    it('a second report by the same person while one is open: 200 with the same report, no second row', async () => {
      const e = await employerIn(randomDistrict())
      const jobId = await jobIn(e.id, '城区')
      const first = await reportOk(worker, jobId)
      const again = await report(worker, jobId, { reason: 'fake', note: '又看到了' })
      const second = bodyOf(again, 200, ReportReceiptSchema)
      assert.equal(second.id, first.id)
      assert.equal((await one<{ n: number }>('select count(*)::int as n from job_reports where job_id = $1', [jobId])).n, 1)
      // Someone else reporting the same post is a report of its own.
      const other = await createAccount(server, 'worker')
      assert.notEqual((await reportOk(other, jobId)).id, first.id)
    })

    it('the employer’s own users cannot report its post (409); another employer can', async () => {
      const e = await employerIn(randomDistrict())
      const jobId = await jobIn(e.id, '城区')
      assert.equal(errorOf(await report(e.boss, jobId, { reason: 'other' }), 409).code, 'CANNOT_REPORT_OWN_JOB')
      assert.equal(errorOf(await report(e.foreman, jobId, { reason: 'other' }), 409).code, 'CANNOT_REPORT_OWN_JOB')
      await reportOk(otherEmployer, jobId)
    })

    it('anonymous 401; unknown, draft and pending posts 404', async () => {
      const e = await employerIn(randomDistrict())
      const open = await jobIn(e.id, '城区')
      assert.equal(errorOf(await report(undefined, open, { reason: 'fee' }), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await report(worker, UNKNOWN_ID, { reason: 'fee' }), 404).code, 'JOB_NOT_FOUND')
      for (const status of ['draft', 'pending_review'] as const) {
        assert.equal(errorOf(await report(worker, await jobIn(e.id, '城区', status), { reason: 'fee' }), 404).code, 'JOB_NOT_FOUND')
      }
      assert.equal((await one<{ n: number }>('select count(*)::int as n from job_reports where job_id = $1', [open])).n, 0)
    })

    it('reason must be one of the list; the note may be empty or absent, at most 500 characters', async () => {
      const e = await employerIn(randomDistrict())
      const bad = errorOf(await report(worker, await jobIn(e.id, '城区'), { reason: 'ugly' }), 400)
      assert.equal(bad.code, 'VALIDATION_FAILED')
      assert.equal(bad.fields?.reason, '请选择举报原因')
      assert.equal(errorOf(await report(worker, await jobIn(e.id, '城区'), {}), 400).fields?.reason, '请选择举报原因')
      const long = errorOf(await report(worker, await jobIn(e.id, '城区'), { reason: 'other', note: '字'.repeat(501) }), 400)
      assert.equal(long.fields?.note, '补充说明最多 500 个字')
      assert.equal((await reportOk(worker, await jobIn(e.id, '城区'), { reason: 'other', note: '' })).status, 'open')
      assert.equal((await reportOk(worker, await jobIn(e.id, '城区'), { reason: 'pay' })).status, 'open')
      const full = await reportOk(worker, await jobIn(e.id, '城区'), { reason: 'other', note: '字'.repeat(500) })
      assert.equal((await one<{ n: number }>('select length(note)::int as n from job_reports where id = $1', [full.id])).n, 500)
    })

    it(`at most ${REPORTS_PER_DAY.limit} reports a day per person: the next is 429 with Retry-After; repeats do not count`, async () => {
      const reporter = await createAccount(server, 'worker')
      const e = await employerIn(randomDistrict())
      const jobs = []
      for (let i = 0; i <= REPORTS_PER_DAY.limit; i += 1) jobs.push(await jobIn(e.id, '城区'))
      for (const jobId of jobs.slice(0, REPORTS_PER_DAY.limit)) await reportOk(reporter, jobId)
      // Tapping again on one already reported still answers it.
      bodyOf(await report(reporter, jobs[0]!, { reason: 'fee' }), 200, ReportReceiptSchema)
      const refused = await report(reporter, jobs[REPORTS_PER_DAY.limit]!, { reason: 'fee' })
      assert.equal(errorOf(refused, 429).code, 'RATE_LIMITED')
      assert.ok(Number(refused.headers.get('retry-after')) > 0)
      assert.equal((await one<{ n: number }>('select count(*)::int as n from job_reports where reporter_id = $1', [reporter.id])).n, REPORTS_PER_DAY.limit)
    })
  })

  describe('getReviewQueue', () => {
    it('one queue per scope, oldest first: district staff see only their district, city-wide staff see every district', async () => {
      const a = randomDistrict()
      const b = randomDistrict()
      const staffA = await staffOf(a)
      const staffB = await staffOf(b)
      const eA = await employerIn(a, { status: 'pending', creditCodeValid: false, licence: true })
      const eB = await employerIn(b, { status: 'pending' })
      const pendingA = await jobIn(eA.id, a, 'pending_review', '仓库理货员')
      const pendingB = await jobIn(eB.id, b, 'pending_review')
      const openA = await jobIn(otherEmployer.employerId!, a, 'open', '商场保洁')
      const openB = await jobIn(otherEmployer.employerId!, b)
      const reporter2 = await createAccount(server, 'worker', { displayName: '李四' })
      const r1 = await reportOk(worker, openA, { reason: 'contact', note: '只让加微信' })
      const r2 = await reportOk(reporter2, openA, { reason: 'fee' })
      const rB = await reportOk(worker, openB)
      // Make the order certain, and one report overdue.
      await server.db.query(`update employers set updated_at = now() - interval '3 hours' where id = $1`, [eA.id])
      await server.db.query(`update jobs set updated_at = now() - interval '2 hours' where id = $1`, [pendingA])
      await server.db.query(`update job_reports set created_at = now() - interval '5 days', answer_by = $2 where id = $1`, [r1.id, cityDateAfter(new Date(), -2)])

      const qA = await queue(staffA)
      assert.deepEqual(
        qA.items.map((i) => [i.kind, i.id]),
        [['report', r1.id], ['employer', eA.id], ['job', pendingA], ['report', r2.id]],
      )
      assert.deepEqual(qA.counts, { job: 1, employer: 1, report: 2, overdueReports: 1 })
      const [first, employer, job, second] = qA.items as [QueueItem & { kind: 'report' }, QueueItem & { kind: 'employer' }, QueueItem & { kind: 'job' }, QueueItem & { kind: 'report' }]
      assert.deepEqual(
        { reason: first.reason, note: first.note, reporter: first.reporterName, count: first.openReportsOnJob, overdue: first.overdue, job: first.job.title, status: first.job.status },
        { reason: 'contact', note: '只让加微信', reporter: '王**', count: 2, overdue: true, job: '商场保洁', status: 'open' },
      )
      assert.equal(second.overdue, false)
      assert.equal(second.reporterName, '李*')
      assert.ok(!JSON.stringify(qA).includes(worker.id), 'reporters are not identified')
      assert.deepEqual(
        [employer.creditCodeValid, employer.district, employer.licencePath, employer.employerKind],
        [false, a, `/api/v1/employers/${eA.id}/licence`, 'enterprise'],
      )
      assert.deepEqual([job.title, job.district, job.employer.id, job.reasons], ['仓库理货员', a, eA.id, [{ code: 'PRIVATE_CONTACT', message: '只留了微信号，请改用平台联系', field: 'duties', law: '网络招聘服务管理规定 第十五条' }]])

      const qB = await queue(staffB)
      assert.deepEqual(new Set(qB.items.map((i) => i.id)), new Set([eB.id, pendingB, rB.id]))
      assert.equal((qB.items.find((i) => i.id === eB.id) as QueueItem & { kind: 'employer' }).licencePath, null)

      const all = await allPages(async (cursor) => queue(cityStaff, `?limit=50${cursor ? `&cursor=${cursor}` : ''}`))
      const ids = all.items.map((i) => i.id)
      for (const id of [r1.id, r2.id, rB.id, eA.id, eB.id, pendingA, pendingB]) assert.ok(ids.includes(id), `city-wide staff see ${id}`)
      const since = all.items.map((i) => i.since)
      assert.deepEqual(since, [...since].sort((x, y) => Date.parse(x) - Date.parse(y)), 'oldest first')

      // Pages of one follow the same order; a kind filter keeps the counts of the whole queue.
      const paged = await allPages(async (cursor) => queue(staffA, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`))
      assert.deepEqual(paged.items.map((i) => i.id), qA.items.map((i) => i.id))
      const reportsOnly = await queue(staffA, '?kind=report')
      assert.deepEqual(reportsOnly.items.map((i) => i.id), [r1.id, r2.id])
      assert.deepEqual(reportsOnly.counts, qA.counts)
      assert.equal(errorOf(await call(server, 'GET', '/staff/review-queue?kind=station', { as: staffA }), 400).code, 'VALIDATION_FAILED')
      assert.equal(errorOf(await call(server, 'GET', '/staff/review-queue?cursor=nonsense', { as: staffA }), 400).code, 'INVALID_CURSOR')
    })

    it('workers, employers and the anonymous cannot see it', async () => {
      assert.equal(errorOf(await call(server, 'GET', '/staff/review-queue', { as: worker }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'GET', '/staff/review-queue', { as: otherEmployer }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'GET', '/staff/review-queue'), 401).code, 'UNAUTHORIZED')
    })
  })

  describe('reviewJob', () => {
    it('approve: pending → open, published now, 驿站已核实 on GET /jobs/:id, the employer’s users told the reason, recorded', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d, '张站长')
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d, 'pending_review')
      await server.db.query(`update jobs set posted_at = now() - interval '2 days' where id = $1`, [jobId])
      const res = bodyOf(await review(staff, jobId, { decision: 'approve', reason: '已电话核实，工资日结属实' }), 200, ReviewedJobSchema)
      assert.deepEqual([res.status, res.checkedByStaff, res.staffNote], ['open', true, '已电话核实，工资日结属实'])
      const row = await one<{ fresh: boolean; checked_by: string }>(
        `select published_at > now() - interval '1 minute' and posted_at > now() - interval '1 minute' as fresh, staff_checked_by as checked_by from jobs where id = $1`,
        [jobId],
      )
      assert.deepEqual(row, { fresh: true, checked_by: staff.id })
      const shown = await publicJob(jobId)
      assert.deepEqual([shown.status, shown.checkedByStaff], ['open', true])
      for (const u of [e.boss, e.foreman]) {
        const [m] = await messagesOf(u.id, 'job_review_result')
        assert.equal(m?.title, '岗位审核通过')
        assert.ok(m?.body.includes('已电话核实，工资日结属实'))
        assert.deepEqual([m?.link_kind, m?.link_id], ['job', jobId])
      }
      const [entry] = await auditOf(cityStaff, 'job', jobId)
      assert.equal(entry?.action, 'job.approve')
      assert.deepEqual(entry?.staff, { id: staff.id, displayName: '张站长' })
      assert.equal(entry?.reason, '已电话核实，工资日结属实')
      assert.deepEqual([entry?.before?.status, entry?.after?.status, entry?.before?.staffCheckedAt, entry?.after?.staffCheckedBy], ['pending_review', 'open', null, staff.id])
      assert.equal(errorOf(await review(staff, jobId, { decision: 'approve', reason: '再来一次' }), 409).code, 'JOB_NOT_PENDING_REVIEW')
      assert.equal(errorOf(await review(staff, jobId, { decision: 'reject', reason: '再来一次' }), 409).code, 'JOB_NOT_PENDING_REVIEW')
    })

    it('reject: pending → draft with the reason as the staff note; the employer is told', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d, 'pending_review')
      const res = bodyOf(await review(staff, jobId, { decision: 'reject', reason: '工作内容写得太笼统，请写明具体干什么' }), 200, ReviewedJobSchema)
      assert.deepEqual([res.status, res.checkedByStaff, res.staffNote], ['draft', false, '工作内容写得太笼统，请写明具体干什么'])
      const [m] = await messagesOf(e.boss.id, 'job_review_result')
      assert.equal(m?.title, '岗位审核未通过')
      assert.ok(m?.body.includes('工作内容写得太笼统'))
      const [entry] = await auditOf(staff, 'job', jobId)
      assert.deepEqual([entry?.action, entry?.before?.status, entry?.after?.status, entry?.after?.staffNote], ['job.reject', 'pending_review', 'draft', '工作内容写得太笼统，请写明具体干什么'])
      assert.equal(errorOf(await review(staff, jobId, { decision: 'take_down', reason: '草稿不能下架' }), 409).code, 'JOB_NOT_LIVE')
    })

    it('take down: closed as taken_down; applied and hired cancelled by staff, places freed, each told (hired and at work pushed); checked-in keeps the place; open reports upheld and their reporters told', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d, 'open', '夜班装卸')
      const [hired, checkedIn, applied] = [await createAccount(server, 'worker'), await createAccount(server, 'worker'), await createAccount(server, 'worker')]
      const apps: Record<string, string> = {}
      for (const w of [hired, checkedIn, applied]) apps[w.id] = bodyOf(await apply(server, w, jobId), 201, MyApplicationSchema).id
      for (const w of [hired, checkedIn]) bodyOf(await act(server, e.boss, apps[w.id]!, { action: 'hire' }), 200, ApplicationStateSchema)
      await server.db.query(`update applications set status = 'checked_in' where id = $1`, [apps[checkedIn.id]])
      assert.equal((await one<{ hired_count: number }>('select hired_count from jobs where id = $1', [jobId])).hired_count, 2)
      const reporterB = await createAccount(server, 'worker')
      const r1 = await reportOk(worker, jobId, { reason: 'fee' })
      const r2 = await reportOk(reporterB, jobId, { reason: 'fake' })

      const res = bodyOf(await review(staff, jobId, { decision: 'take_down', reason: '要求工人先交押金' }), 200, ReviewedJobSchema)
      assert.equal(res.status, 'closed')
      const row = await one<{ status: string; close_reason: string; closed: boolean; staff_note: string }>(
        'select status, close_reason, closed_at is not null as closed, staff_note from jobs where id = $1',
        [jobId],
      )
      assert.deepEqual(row, { status: 'closed', close_reason: 'taken_down', closed: true, staff_note: '要求工人先交押金' })
      assert.equal((await one<{ hired_count: number }>('select hired_count from jobs where id = $1', [jobId])).hired_count, 1, 'the worker at work keeps the place')
      const statuses = await server.db.query<{ id: string; status: string }>('select id, status from applications where job_id = $1', [jobId])
      const statusOf = (w: TestAccount) => statuses.find((a) => a.id === apps[w.id])?.status
      assert.deepEqual([hired, checkedIn, applied].map(statusOf), ['cancelled', 'checked_in', 'cancelled'])
      const events = await server.db.query<{ application_id: string; actor: string; actor_user_id: string; reason: string }>(
        `select application_id, actor, actor_user_id, reason from application_events where application_id = any($1::uuid[]) and status = 'cancelled' order by application_id`,
        [Object.values(apps)],
      )
      assert.deepEqual(
        events,
        [apps[hired.id]!, apps[applied.id]!].sort().map((id) => ({ application_id: id, actor: 'staff', actor_user_id: staff.id, reason: '要求工人先交押金' })),
      )
      // The worker's own view says who stopped it and why.
      const seen = bodyOf(await call(server, 'GET', `/jobs/${jobId}/me`, { as: hired }), 200, JobViewerStateSchema).application!
      const last = seen.timeline[seen.timeline.length - 1]
      assert.deepEqual([seen.status, last?.status, last?.by, last?.reason], ['cancelled', 'cancelled', 'staff', '要求工人先交押金'])
      for (const [w, words] of [[hired, /录用随之取消/], [checkedIn, /已签到/], [applied, /报名随之取消/]] as const) {
        const told = await messagesOf(w.id, 'job_closed')
        assert.equal(told.length, 1, 'told once')
        assert.ok(told[0]!.body.includes('夜班装卸') && told[0]!.body.includes('要求工人先交押金'), told[0]!.body)
        assert.match(told[0]!.body, words)
        assert.deepEqual([told[0]!.title, told[0]!.link_kind, told[0]!.link_id], ['岗位已下架', 'application', apps[w.id]])
      }
      for (const w of [hired, checkedIn]) {
        const pushes = await server.db.query<{ template_kind: string; payload: { result: string; note: string } }>(
          `select template_kind, payload from outbox where user_id = $1 and dedupe_key like '%:job-closed:%'`,
          [w.id],
        )
        assert.deepEqual(pushes.map((p) => [p.template_kind, p.payload.result, p.payload.note]), [['application_result', '已下架', '要求工人先交押金']])
      }
      assert.deepEqual(await server.db.query('select 1 from outbox where user_id = $1', [applied.id]), [], 'a waiting applicant reads it in the app')
      const reports = await server.db.query<{ id: string; status: string; outcome_note: string; decided_by: string }>(
        'select id, status, outcome_note, decided_by from job_reports where job_id = $1 order by created_at',
        [jobId],
      )
      assert.deepEqual(reports, [r1.id, r2.id].map((id) => ({ id, status: 'upheld', outcome_note: '要求工人先交押金', decided_by: staff.id })))
      for (const w of [worker, reporterB]) {
        const told = (await messagesOf(w.id, 'report_outcome')).filter((m) => m.link_id === jobId)
        assert.equal(told.length, 1)
        assert.ok(told[0]!.body.includes('属实') && told[0]!.body.includes('要求工人先交押金'))
      }
      const [m] = await messagesOf(e.foreman.id, 'job_review_result')
      assert.equal(m?.title, '岗位已被下架')
      const actions = (await auditOf(staff, 'job', jobId)).map((x) => [x.action, x.before?.status, x.after?.status, x.after?.closeReason])
      assert.deepEqual(actions, [['job.take_down', 'open', 'closed', 'taken_down']])
      assert.deepEqual((await auditOf(staff, 'report', r2.id)).map((x) => [x.action, x.before?.status, x.after?.status]), [['report.uphold', 'open', 'upheld']])
      assert.equal((await publicJob(jobId)).status, 'closed')
      assert.equal(errorOf(await review(staff, jobId, { decision: 'take_down', reason: '再下架一次' }), 409).code, 'JOB_NOT_LIVE')
    })

    it('refusals: unknown 404, another district 403, workers and employers 403, a reason of one character 400, no decision 400', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const other = await staffOf(randomDistrict())
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d, 'pending_review')
      assert.equal(errorOf(await review(staff, UNKNOWN_ID, { decision: 'approve', reason: '没问题' }), 404).code, 'JOB_NOT_FOUND')
      for (const decision of ['approve', 'reject', 'take_down']) {
        assert.equal(errorOf(await review(other, jobId, { decision, reason: '不归我管' }), 403).code, 'FORBIDDEN')
      }
      assert.equal(errorOf(await review(worker, jobId, { decision: 'approve', reason: '我觉得行' }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await review(e.boss, jobId, { decision: 'approve', reason: '自己批准' }), 403).code, 'FORBIDDEN')
      const short = errorOf(await review(staff, jobId, { decision: 'reject', reason: ' 不 ' }), 400)
      assert.deepEqual([short.code, short.fields?.reason], ['VALIDATION_FAILED', '理由至少 2 个字，对方会看到'])
      assert.equal(errorOf(await review(staff, jobId, { reason: '没写决定' }), 400).fields?.decision, '请选择通过、退回或下架')
      assert.equal((await one<{ status: string }>('select status from jobs where id = $1', [jobId])).status, 'pending_review')
      assert.equal((await auditOf(cityStaff, 'job', jobId)).length, 0, 'a refused decision records nothing')
      // City-wide staff decide in any district.
      assert.equal(bodyOf(await review(cityStaff, jobId, { decision: 'approve', reason: '市局核实' }), 200, ReviewedJobSchema).status, 'open')
    })
  })

  describe('checkJob', () => {
    it('marks a shown post 驿站已核实 (checkedByStaff in GET /jobs/:id); a draft 409; another district 403; a worker 403', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d)
      assert.equal((await publicJob(jobId)).checkedByStaff, false)
      assert.equal(errorOf(await call(server, 'POST', `/staff/jobs/${jobId}/check`, { as: await staffOf(randomDistrict()), body: {} }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'POST', `/staff/jobs/${jobId}/check`, { as: worker, body: {} }), 403).code, 'FORBIDDEN')
      const res = bodyOf(await call(server, 'POST', `/staff/jobs/${jobId}/check`, { as: staff, body: { reason: '到现场看过' } }), 200, ReviewedJobSchema)
      assert.deepEqual([res.checkedByStaff, res.staffNote, res.status], [true, '到现场看过', 'open'])
      assert.equal((await publicJob(jobId)).checkedByStaff, true)
      const [entry] = await auditOf(staff, 'job', jobId)
      assert.deepEqual([entry?.action, entry?.before?.staffCheckedAt, entry?.after?.staffCheckedBy], ['job.check', null, staff.id])
      const draft = await jobIn(e.id, d, 'draft')
      assert.equal(errorOf(await call(server, 'POST', `/staff/jobs/${draft}/check`, { as: staff, body: {} }), 409).code, 'JOB_NOT_LIVE')
      assert.equal(errorOf(await call(server, 'POST', `/staff/jobs/${UNKNOWN_ID}/check`, { as: staff, body: {} }), 404).code, 'JOB_NOT_FOUND')
    })
  })

  describe('decideEmployerVerification', () => {
    it('verify: pending → verified with the date and note; the employer’s users told; again 409', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d, { status: 'pending' })
      const res = bodyOf(await decideEmployer(staff, e.id, { decision: 'verify', reason: '营业执照与信用代码一致' }), 200, EmployerDecisionResultSchema)
      assert.deepEqual([res.verificationStatus, res.verificationNote, res.verifiedAt !== null], ['verified', '营业执照与信用代码一致', true])
      assert.equal((await one<{ verified: boolean }>('select verified from employers where id = $1', [e.id])).verified, true)
      for (const u of [e.boss, e.foreman]) assert.equal((await messagesOf(u.id, 'employer_verification'))[0]?.title, '单位认证通过')
      const [entry] = await auditOf(staff, 'employer', e.id)
      assert.deepEqual([entry?.action, entry?.before?.verificationStatus, entry?.after?.verificationStatus], ['employer.verify', 'pending', 'verified'])
      assert.equal(errorOf(await decideEmployer(staff, e.id, { decision: 'reject', reason: '改主意了' }), 409).code, 'EMPLOYER_NOT_PENDING')
    })

    it('reject: pending → rejected with the reason; unknown 404; other district 403; no district: only city-wide; workers 403', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d, { status: 'pending' })
      assert.equal(errorOf(await decideEmployer(await staffOf(randomDistrict()), e.id, { decision: 'verify', reason: '看着不错' }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await decideEmployer(worker, e.id, { decision: 'verify', reason: '看着不错' }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await decideEmployer(e.boss, e.id, { decision: 'verify', reason: '看着不错' }), 403).code, 'FORBIDDEN')
      const res = bodyOf(await decideEmployer(staff, e.id, { decision: 'reject', reason: '执照照片看不清，请重新拍' }), 200, EmployerDecisionResultSchema)
      assert.deepEqual([res.verificationStatus, res.verificationNote, res.verifiedAt], ['rejected', '执照照片看不清，请重新拍', null])
      const [m] = await messagesOf(e.boss.id, 'employer_verification')
      assert.ok(m?.title === '单位认证未通过' && m.body.includes('执照照片看不清'))
      assert.equal(errorOf(await decideEmployer(staff, UNKNOWN_ID, { decision: 'verify', reason: '没有这家' }), 404).code, 'EMPLOYER_NOT_FOUND')
      const nowhere = await employerIn(null, { status: 'pending' })
      assert.equal(errorOf(await decideEmployer(staff, nowhere.id, { decision: 'verify', reason: '看着不错' }), 403).code, 'FORBIDDEN')
      assert.equal(bodyOf(await decideEmployer(cityStaff, nowhere.id, { decision: 'verify', reason: '市局核实' }), 200, EmployerDecisionResultSchema).verificationStatus, 'verified')
      const unverified = await employerIn(d, { status: 'unverified' })
      assert.equal(errorOf(await decideEmployer(staff, unverified.id, { decision: 'verify', reason: '还没提交' }), 409).code, 'EMPLOYER_NOT_PENDING')
    })
  })

  describe('decideReport and listMyReports', () => {
    it('dismiss closes this report only; the reporter sees the outcome in 我的举报 and a message; again 409', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d, 'open', '超市理货')
      const reporter = await createAccount(server, 'worker')
      const second = await createAccount(server, 'worker')
      const r = await reportOk(reporter, jobId, { reason: 'pay', note: '工资比说的少' })
      const other = await reportOk(second, jobId)

      const mine = bodyOf(await call(server, 'GET', '/me/reports', { as: reporter }), 200, MyReportPageSchema)
      assert.deepEqual(mine.items.map((i) => [i.id, i.status, i.outcomeNote, i.job.title]), [[r.id, 'open', null, '超市理货']])

      assert.equal(errorOf(await decideReport(await staffOf(randomDistrict()), r.id, { decision: 'dismiss', reason: '不归我管' }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await decideReport(worker, r.id, { decision: 'dismiss', reason: '我说了算' }), 403).code, 'FORBIDDEN')
      const res = bodyOf(await decideReport(staff, r.id, { decision: 'dismiss', reason: '核对了工资条，按约定发放' }), 200, DecidedReportSchema)
      assert.deepEqual([res.status, res.outcomeNote, res.job.status, res.closedReports], ['dismissed', '核对了工资条，按约定发放', 'open', 1])
      assert.equal((await one<{ status: string }>('select status from job_reports where id = $1', [other.id])).status, 'open')

      const after = bodyOf(await call(server, 'GET', '/me/reports', { as: reporter }), 200, MyReportPageSchema)
      const [item] = after.items
      assert.deepEqual([item?.status, item?.outcomeNote, item?.decidedAt !== null, item?.reason, item?.note], ['dismissed', '核对了工资条，按约定发放', true, 'pay', '工资比说的少'])
      const [m] = await messagesOf(reporter.id, 'report_outcome')
      assert.ok(m?.body.includes('核对了工资条'))
      assert.equal(errorOf(await decideReport(staff, r.id, { decision: 'uphold', reason: '又改主意' }), 409).code, 'REPORT_ALREADY_DECIDED')
      assert.equal(errorOf(await decideReport(staff, UNKNOWN_ID, { decision: 'uphold', reason: '没有这条' }), 404).code, 'REPORT_NOT_FOUND')
      const [entry] = await auditOf(staff, 'report', r.id)
      assert.deepEqual([entry?.action, entry?.before?.status, entry?.after?.status, entry?.reason], ['report.dismiss', 'open', 'dismissed', '核对了工资条，按约定发放'])
      // Others do not see this person's reports.
      assert.ok(!bodyOf(await call(server, 'GET', '/me/reports', { as: second }), 200, MyReportPageSchema).items.some((i) => i.id === r.id))
      assert.equal(errorOf(await call(server, 'GET', '/me/reports'), 401).code, 'UNAUTHORIZED')
    })

    it('uphold takes the post down and closes every open report on it; upholding on a post already closed leaves the post as it was', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const jobId = await jobIn(e.id, d)
      const [a, b] = [await createAccount(server, 'worker'), await createAccount(server, 'worker')]
      const ra = await reportOk(a, jobId, { reason: 'discrimination', note: '只要本地人' })
      const rb = await reportOk(b, jobId)
      const res = bodyOf(await decideReport(cityStaff, ra.id, { decision: 'uphold', reason: '岗位要求限本地户籍，违反就业促进法' }), 200, DecidedReportSchema)
      assert.deepEqual([res.status, res.job.status, res.closedReports], ['upheld', 'closed', 2])
      assert.equal((await one<{ close_reason: string }>('select close_reason from jobs where id = $1', [jobId])).close_reason, 'taken_down')
      for (const [w, r] of [[a, ra], [b, rb]] as const) {
        const mine = bodyOf(await call(server, 'GET', '/me/reports', { as: w }), 200, MyReportPageSchema)
        assert.deepEqual(mine.items.map((i) => [i.id, i.status, i.outcomeNote]), [[r.id, 'upheld', '岗位要求限本地户籍，违反就业促进法']])
        assert.equal((await messagesOf(w.id, 'report_outcome')).length, 1)
      }

      const closed = await jobIn(e.id, d, 'closed')
      await server.db.query(`update jobs set close_reason = 'employer' where id = $1`, [closed])
      const late = await reportOk(a, closed)
      const upheld = bodyOf(await decideReport(staff, late.id, { decision: 'uphold', reason: '确有收费，已提醒单位' }), 200, DecidedReportSchema)
      assert.deepEqual([upheld.status, upheld.job.status, upheld.closedReports], ['upheld', 'closed', 1])
      assert.equal((await one<{ close_reason: string }>('select close_reason from jobs where id = $1', [closed])).close_reason, 'employer')
      assert.deepEqual((await auditOf(staff, 'job', closed)).length, 0)
    })

    it('我的举报 pages newest first', async () => {
      const reporter = await createAccount(server, 'worker')
      const e = await employerIn(randomDistrict())
      const made = []
      for (let i = 0; i < 5; i += 1) made.push((await reportOk(reporter, await jobIn(e.id, '城区'))).id)
      const all = await allPages(async (cursor) =>
        bodyOf(await call(server, 'GET', `/me/reports?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { as: reporter }), 200, MyReportPageSchema),
      )
      assert.deepEqual(all.items.map((i) => i.id), made.reverse())
      assert.equal(all.pages, 3)
    })
  })

  describe('listAuditLog', () => {
    it('district staff see what their district’s staff did and what anyone did in their district; city-wide staff see all; paging', async () => {
      const a = randomDistrict()
      const b = randomDistrict()
      const staffA = await staffOf(a, '甲区小周')
      const staffB = await staffOf(b, '乙区小吴')
      const eA = await employerIn(a)
      const eB = await employerIn(b)
      const jobA = await jobIn(eA.id, a)
      const jobB = await jobIn(eB.id, b)
      const jobB2 = await jobIn(eB.id, b)
      await call(server, 'POST', `/staff/jobs/${jobA}/check`, { as: staffA, body: {} })
      await call(server, 'POST', `/staff/jobs/${jobB}/check`, { as: staffB, body: {} })
      // A city-wide colleague acts in district A: district A answers for it too.
      await call(server, 'POST', `/staff/jobs/${jobA}/review`, { as: cityStaff, body: { decision: 'take_down', reason: '市局抽查发现收费' } })
      // Staff of A acting elsewhere (recorded straight: the API would refuse it) is still A's to see.
      await server.db.query(
        `insert into staff_audit_log (staff_id, action, target_kind, target_id, reason) values ($1, 'setting.update', 'setting', 'min_hourly_wage_fen', '测试')`,
        [staffA.id],
      )
      await call(server, 'POST', `/staff/jobs/${jobB2}/check`, { as: cityStaff, body: {} })

      const seen = async (who: TestAccount) =>
        (await allPages(async (cursor) => bodyOf(await call(server, 'GET', `/staff/audit-log?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { as: who }), 200, AuditLogPageSchema))).items
      const mineA = (await seen(staffA)).map((x) => [x.action, x.targetId, x.staff.displayName])
      assert.deepEqual(mineA.filter((x) => [jobA, jobB, jobB2, 'min_hourly_wage_fen'].includes(x[1]!)), [
        ['setting.update', 'min_hourly_wage_fen', '甲区小周'],
        ['job.take_down', jobA, '市局李科长'],
        ['job.check', jobA, '甲区小周'],
      ])
      const mineB = (await seen(staffB)).map((x) => [x.action, x.targetId])
      assert.deepEqual(mineB.filter((x) => [jobA, jobB, jobB2, 'min_hourly_wage_fen'].includes(x[1]!)), [
        ['job.check', jobB2],
        ['job.check', jobB],
      ])
      const everything: AuditEntry[] = await seen(cityStaff)
      const direct = await server.db.query<{ n: number }>('select count(*)::int as n from staff_audit_log')
      assert.equal(everything.length, direct[0]!.n, 'city-wide staff page through the whole log')
      const ats = everything.map((x) => Date.parse(x.at))
      assert.deepEqual(ats, [...ats].sort((x, y) => y - x), 'newest first')
      assert.equal(new Set(everything.map((x) => x.id)).size, everything.length, 'no entry twice across pages')

      const entry = everything.find((x) => x.targetId === jobA && x.action === 'job.take_down')!
      assert.deepEqual(entry.staff, { id: cityStaff.id, displayName: '市局李科长' })
      assert.equal(entry.reason, '市局抽查发现收费')
      assert.ok(!Number.isNaN(Date.parse(entry.at)))
      assert.deepEqual([entry.before?.status, entry.after?.status], ['open', 'closed'])

      assert.equal(errorOf(await call(server, 'GET', '/staff/audit-log?cursor=bm9wZQ', { as: cityStaff }), 400).code, 'INVALID_CURSOR')
      assert.equal(errorOf(await call(server, 'GET', '/staff/audit-log', { as: worker }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'GET', '/staff/audit-log', { as: eA.boss }), 403).code, 'FORBIDDEN')
    })

    it('cannot be changed or deleted (the trigger refuses)', async () => {
      const [entry] = await server.db.query<{ id: number }>('select id from staff_audit_log order by id limit 1')
      assert.ok(entry, 'earlier tests recorded actions')
      await assert.rejects(server.db.query(`update staff_audit_log set reason = '改过' where id = $1`, [entry.id]), /append-only/)
      await assert.rejects(server.db.query('delete from staff_audit_log where id = $1', [entry.id]), /append-only/)
      assert.notEqual((await one<{ reason: string | null }>('select reason from staff_audit_log where id = $1', [entry.id])).reason, '改过')
    })
  })

  describe('sample audits and the dashboard', () => {
    it('draw: random shown posts of the district not drawn this month, never more than there are; rated; the monthly share on the dashboard', async () => {
      const d = randomDistrict()
      const staff = await staffOf(d)
      const e = await employerIn(d)
      const shown = []
      for (let i = 0; i < 5; i += 1) shown.push(await jobIn(e.id, d))
      const hidden = [await jobIn(e.id, d, 'draft'), await jobIn(e.id, d, 'closed'), await jobIn(e.id, d, 'pending_review'), await jobIn(e.id, d, 'filled')]
      const expired = await jobIn(e.id, d)
      await server.db.query('update jobs set valid_until = current_date - 1 where id = $1', [expired])
      await jobIn(e.id, randomDistrict())

      const drawn = async (size: number) =>
        bodyOf(await call(server, 'POST', '/staff/sample-audits', { as: staff, body: { size } }), 201, DrawnSamplesSchema).items
      const first = await drawn(3)
      assert.equal(first.length, 3)
      const rest = await drawn(10)
      assert.equal(rest.length, 2, 'only the two not drawn yet this month')
      assert.deepEqual(await drawn(5), [])
      const sampledJobs = [...first, ...rest].map((s) => s.job.id)
      assert.deepEqual(new Set(sampledJobs), new Set(shown))
      assert.ok(!sampledJobs.some((id) => hidden.includes(id) || id === expired))
      assert.ok(first.every((s) => s.compliant === null && s.drawnBy.id === staff.id && s.job.district === d))
      assert.equal((await auditOf(staff, 'sample_audit', first[0]!.id))[0]?.action, 'sample_audit.draw')

      const rate = (who: TestAccount, id: string, body: unknown) => call(server, 'PUT', `/staff/sample-audits/${id}`, { as: who, body })
      const samples = [...first, ...rest]
      assert.equal(errorOf(await rate(staff, samples[0]!.id, { compliant: false }), 400).fields?.note, '请写明哪里不合规')
      assert.equal(errorOf(await rate(staff, samples[0]!.id, { compliant: 'yes' }), 400).code, 'VALIDATION_FAILED')
      assert.equal(errorOf(await rate(await staffOf(randomDistrict()), samples[0]!.id, { compliant: true }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await rate(worker, samples[0]!.id, { compliant: true }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await rate(staff, UNKNOWN_ID, { compliant: true }), 404).code, 'SAMPLE_AUDIT_NOT_FOUND')
      const bad = bodyOf(await rate(staff, samples[0]!.id, { compliant: false, note: '未写明结算日期' }), 200, SampleAuditSchema)
      assert.deepEqual([bad.compliant, bad.note, bad.ratedAt !== null], [false, '未写明结算日期', true])
      for (const s of samples.slice(1, 4)) bodyOf(await rate(staff, s.id, { compliant: true }), 200, SampleAuditSchema)
      // Changing a rating is recorded with what it was.
      bodyOf(await rate(staff, samples[1]!.id, { compliant: false, note: '复查发现要求自带工具押金' }), 200, SampleAuditSchema)
      bodyOf(await rate(staff, samples[1]!.id, { compliant: true, note: '押金条款已删' }), 200, SampleAuditSchema)
      const history = (await auditOf(staff, 'sample_audit', samples[1]!.id)).map((x) => [x.action, x.before?.compliant, x.after?.compliant])
      assert.deepEqual(history, [['sample_audit.rate', false, true], ['sample_audit.rate', true, false], ['sample_audit.rate', null, true], ['sample_audit.draw', undefined, null]])

      // Five drawn, four rated, one not compliant: 1 / 4.
      const month = cityMonth(new Date())
      const list = bodyOf(await call(server, 'GET', `/staff/sample-audits?month=${month}`, { as: staff }), 200, SampleAuditListSchema)
      assert.deepEqual(list.summary, { month, sampled: 5, rated: 4, nonCompliant: 1, share: 0.25 })
      assert.equal(list.items.length, 5)
      assert.equal(list.items[0]!.compliant, null, 'the one still to rate comes first')
      assert.deepEqual(bodyOf(await call(server, 'GET', '/staff/sample-audits', { as: staff }), 200, SampleAuditListSchema).summary, list.summary)
      assert.equal(errorOf(await call(server, 'GET', '/staff/sample-audits?month=2026-13', { as: staff }), 400).code, 'VALIDATION_FAILED')
      assert.equal(errorOf(await call(server, 'POST', '/staff/sample-audits', { as: staff, body: { size: 51 } }), 400).fields?.size, '一次最多抽 50 条')
      assert.equal(errorOf(await call(server, 'POST', '/staff/sample-audits', { as: staff, body: { size: 0 } }), 400).fields?.size, '至少抽 1 条')
      assert.equal(errorOf(await call(server, 'POST', '/staff/sample-audits', { as: e.boss, body: { size: 1 } }), 403).code, 'FORBIDDEN')

      // A sample from last month, and one just after midnight on the 1st (city time; still last month in UTC).
      const months = monthsUpTo(month, 6)
      const lastMonth = months[4]!
      const oldJob = await jobIn(e.id, d)
      const edgeJob = await jobIn(e.id, d)
      await server.db.query(
        `insert into sample_audits (job_id, drawn_by, drawn_at, compliant, note, rated_by, rated_at)
         values ($1, $3, $4::timestamptz, false, '收取服装费', $3, $4::timestamptz), ($2, $3, $5::timestamptz, null, null, null, null)`,
        [oldJob, edgeJob, staff.id, `${lastMonth}-15T12:00:00+08:00`, `${month}-01T00:30:00+08:00`],
      )
      const dash = bodyOf(await call(server, 'GET', '/staff/dashboard', { as: staff }), 200, StaffDashboardSchema)
      assert.equal(dash.district, d)
      assert.deepEqual(dash.samples.map((m) => m.month), months)
      assert.deepEqual(dash.samples[5], { month, sampled: 6, rated: 4, nonCompliant: 1, share: 0.25 })
      assert.deepEqual(dash.samples[4], { month: lastMonth, sampled: 1, rated: 1, nonCompliant: 1, share: 1 })
      assert.deepEqual(dash.samples[0], { month: months[0], sampled: 0, rated: 0, nonCompliant: 0, share: null })
      // The district's queue: one post waiting (pending_review above), nothing else.
      assert.deepEqual(dash.queue, { job: 1, employer: 0, report: 0, overdueReports: 0 })
      const city = bodyOf(await call(server, 'GET', '/staff/dashboard', { as: cityStaff }), 200, StaffDashboardSchema)
      assert.equal(city.district, null)
      assert.ok(city.samples[5]!.sampled >= 6)
      assert.equal(errorOf(await call(server, 'GET', '/staff/dashboard', { as: worker }), 403).code, 'FORBIDDEN')
      assert.equal(cityDate(new Date()).slice(0, 7), month)
    })
  })
})
