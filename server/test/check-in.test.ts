import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import { ApplicationStateSchema, CheckInCodeSchema, MyApplicationSchema, type CheckInCode } from '../../src/shared/contracts/index'
import { checkInKey, issueCheckInCode } from '../src/routes/applications/check-in-code'
import { createAccount, type TestAccount } from './accounts'
import { JOB_POINT, act, apply, insertJob, type JobOptions } from './applications-fixtures'
import { bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

/** About `metres` north of the job (one degree of latitude ≈ 111.32 km). */
const north = (metres: number) => ({ lat: JOB_POINT.lat + metres / 111_320, lng: JOB_POINT.lng })

forEachDatabase('check-in', (target) => {
  let server: TestServer
  let employer: TestAccount
  let otherEmployer: TestAccount

  before(async () => {
    server = await startServer(target)
    employer = await createAccount(server, 'employer')
    otherEmployer = await createAccount(server, 'employer')
  })
  after(() => server.close())

  /** A worker hired for a new job (today 00:00–23:59 unless told otherwise). */
  async function hired(options: JobOptions = {}) {
    const jobId = await insertJob(server, employer.employerId!, options)
    const worker = await createAccount(server, 'worker')
    const app = bodyOf(await apply(server, worker, jobId), 201, MyApplicationSchema)
    bodyOf(await act(server, employer, app.id, { action: 'hire' }), 200, ApplicationStateSchema)
    return { jobId, worker, id: app.id }
  }
  const checkIn = (who: TestAccount | undefined, id: string, body: unknown) => call(server, 'POST', `/applications/${id}/check-in`, { as: who, body })
  const codeFor = async (jobId: string): Promise<CheckInCode> =>
    bodyOf(await call(server, 'GET', `/jobs/${jobId}/check-in-code`, { as: employer }), 200, CheckInCodeSchema)
  /** What the server would have shown `secondsAgo` ago: derived with the server's own secret. */
  const issuedAgo = (jobId: string, secondsAgo: number) => issueCheckInCode(checkInKey(server.config.authSecret), jobId, new Date(Date.now() - secondsAgo * 1000))

  it('the code screen: the job’s employer only; it changes by the minute', async () => {
    const { jobId } = await hired()
    const shown = await codeFor(jobId)
    assert.match(shown.code, /^\d{6}$/)
    assert.equal(shown.periodSeconds, 60)
    const left = Date.parse(shown.expiresAt) - Date.now()
    assert.ok(left > 0 && left <= 60_000, `expires in ${left} ms`)
    for (const who of [otherEmployer, await createAccount(server, 'worker'), await createAccount(server, 'staff')]) {
      assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/check-in-code`, { as: who }), 403).code, 'FORBIDDEN')
    }
    assert.equal(errorOf(await call(server, 'GET', `/jobs/${jobId}/check-in-code`), 401).code, 'UNAUTHORIZED')
    assert.equal(errorOf(await call(server, 'GET', '/jobs/3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c/check-in-code', { as: employer }), 404).code, 'JOB_NOT_FOUND')
    assert.ok(errorOf(await call(server, 'GET', '/jobs/x/check-in-code', { as: employer }), 400).fields?.id)
  })

  it('the six digits check the worker in, once; timeline, method and service event recorded', async () => {
    const { jobId, worker, id } = await hired()
    const shown = await codeFor(jobId)
    const state = bodyOf(await checkIn(worker, id, { code: shown.code }), 200, ApplicationStateSchema)
    assert.equal(state.status, 'checked_in')
    assert.deepEqual(state.timeline.at(-1)!.status, 'checked_in')
    assert.equal(state.timeline.at(-1)!.by, 'worker')
    const [row] = await server.db.query<{ check_in_method: string; checked_in_at: string | null }>('select check_in_method, checked_in_at from applications where id = $1', [id])
    assert.equal(row!.check_in_method, 'code')
    assert.ok(row!.checked_in_at)
    const events = await server.db.query<{ n: number }>(`select count(*)::int as n from service_events where kind = 'job_checked_in' and application_id = $1`, [id])
    assert.equal(events[0]!.n, 1)
    // Replaying the same code (or any proof) after the check-in changes nothing.
    const again = errorOf(await checkIn(worker, id, { code: shown.code }), 409)
    assert.equal(again.code, 'INVALID_TRANSITION')
  })

  it('the scanned QR checks in; last minute’s still does', async () => {
    const first = await hired()
    bodyOf(await checkIn(first.worker, first.id, { qr: (await codeFor(first.jobId)).qr }), 200, ApplicationStateSchema)
    const second = await hired()
    bodyOf(await checkIn(second.worker, second.id, { qr: issuedAgo(second.jobId, 60).qr }), 200, ApplicationStateSchema)
    const third = await hired()
    bodyOf(await checkIn(third.worker, third.id, { code: issuedAgo(third.jobId, 60).code }), 200, ApplicationStateSchema)
  })

  it('an older code or QR: 400 CHECK_IN_CODE_EXPIRED', async () => {
    const { jobId, worker, id } = await hired()
    const old = issuedAgo(jobId, 5 * 60)
    const current = await codeFor(jobId)
    // The old digits could equal the current ones by a one-in-a-million chance; then there is nothing to test.
    if (old.code !== current.code) assert.equal(errorOf(await checkIn(worker, id, { code: old.code }), 400).code, 'CHECK_IN_CODE_EXPIRED')
    const expired = errorOf(await checkIn(worker, id, { qr: old.qr }), 400)
    assert.equal(expired.code, 'CHECK_IN_CODE_EXPIRED')
    assert.match(expired.message, /过期/)
  })

  it('wrong digits, another job’s QR, a tampered or made-up QR: 400 CHECK_IN_CODE_INVALID', async () => {
    const { jobId, worker, id } = await hired()
    const other = await hired()
    const shown = await codeFor(jobId)
    const wrong = String((Number(shown.code) + 500_001) % 1_000_000).padStart(6, '0')
    const previous = issuedAgo(jobId, 60).code
    if (wrong !== previous) assert.equal(errorOf(await checkIn(worker, id, { code: wrong }), 400).code, 'CHECK_IN_CODE_INVALID')
    const otherQr = (await codeFor(other.jobId)).qr
    const sig = shown.qr.split(':').at(-1)!
    const tampered = shown.qr.slice(0, -sig.length) + [...sig].reverse().join('')
    const forged = issueCheckInCode(checkInKey('not-the-server-secret-but-long-enough-0000'), jobId, new Date()).qr
    for (const qr of [otherQr, tampered, forged, 'https://example.com/not-ours']) {
      assert.equal(errorOf(await checkIn(worker, id, { qr }), 400).code, 'CHECK_IN_CODE_INVALID', qr)
    }
    const [row] = await server.db.query<{ status: string }>('select status from applications where id = $1', [id])
    assert.equal(row!.status, 'hired')
  })

  it('code tries are limited: after 10 in 10 minutes even the right code waits (429 with Retry-After)', async () => {
    const { jobId, worker, id } = await hired()
    const shown = await codeFor(jobId)
    const previous = issuedAgo(jobId, 60).code
    const wrong = Array.from({ length: 12 }, (_, i) => String(100_000 + i * 7919)).filter((c) => c !== shown.code && c !== previous)
    for (const code of wrong.slice(0, 10)) assert.equal(errorOf(await checkIn(worker, id, { code }), 400).code, 'CHECK_IN_CODE_INVALID')
    const limited = await checkIn(worker, id, { code: shown.code })
    assert.equal(errorOf(limited, 429).code, 'RATE_LIMITED')
    assert.ok(Number(limited.headers.get('retry-after')) > 0)
    // Someone else's tries are their own: another hired worker of the same job is not held back.
    const other = await createAccount(server, 'worker')
    const otherApp = bodyOf(await apply(server, other, jobId), 201, MyApplicationSchema)
    bodyOf(await act(server, employer, otherApp.id, { action: 'hire' }), 200, ApplicationStateSchema)
    bodyOf(await checkIn(other, otherApp.id, { code: (await codeFor(jobId)).code }), 200, ApplicationStateSchema)
    // Location needs no secret, so it is not limited.
    bodyOf(await checkIn(worker, id, JOB_POINT), 200, ApplicationStateSchema)
  })

  it('by location: within 500 m checks in, farther is 400 CHECK_IN_TOO_FAR', async () => {
    const { worker, id } = await hired()
    const far = errorOf(await checkIn(worker, id, north(800)), 400)
    assert.equal(far.code, 'CHECK_IN_TOO_FAR')
    assert.match(far.message, /米/)
    bodyOf(await checkIn(worker, id, north(300)), 200, ApplicationStateSchema)
    const [row] = await server.db.query<{ check_in_method: string }>('select check_in_method from applications where id = $1', [id])
    assert.equal(row!.check_in_method, 'location')
  })

  it('not a work day (or outside the hours): 400 CHECK_IN_NOT_NOW, by code and by location', async () => {
    const tomorrow = await hired({ startInDays: 1 })
    assert.equal(errorOf(await checkIn(tomorrow.worker, tomorrow.id, JOB_POINT), 400).code, 'CHECK_IN_NOT_NOW')
    const code = (await codeFor(tomorrow.jobId)).code
    assert.equal(errorOf(await checkIn(tomorrow.worker, tomorrow.id, { code }), 400).code, 'CHECK_IN_NOT_NOW')
    // Today's shift of 00:00–00:01 is over (unless this runs in the first minutes after midnight).
    if (new Date(Date.now() + 8 * 3_600_000).toISOString().slice(11, 16) > '00:05') {
      const over = await hired()
      // Hired while it was open; then the hours turn out to be over (applying now would be JOB_EXPIRED).
      await server.db.query(`update jobs set work_start_time = '00:00', work_end_time = '00:01' where id = $1`, [over.jobId])
      assert.equal(errorOf(await checkIn(over.worker, over.id, JOB_POINT), 400).code, 'CHECK_IN_NOT_NOW')
    }
    const yesterday = await hired({ startInDays: -1, endInDays: 0, validInDays: 0 })
    // Its last day is today, so it is a work day: open unless today's hours are over (they run to 23:59).
    bodyOf(await checkIn(yesterday.worker, yesterday.id, JOB_POINT), 200, ApplicationStateSchema)
  })

  it('only the worker’s own hired application: not hired 409, others 404, anonymous 401, bad bodies 400', async () => {
    const { jobId, worker, id } = await hired()
    const applicant = await createAccount(server, 'worker')
    const applied = bodyOf(await apply(server, applicant, jobId), 201, MyApplicationSchema)
    assert.equal(errorOf(await checkIn(applicant, applied.id, JOB_POINT), 409).code, 'INVALID_TRANSITION')
    for (const who of [applicant, employer, otherEmployer]) {
      assert.equal(errorOf(await checkIn(who, id, JOB_POINT), 404).code, 'APPLICATION_NOT_FOUND')
    }
    assert.equal(errorOf(await checkIn(undefined, id, JOB_POINT), 401).code, 'UNAUTHORIZED')
    for (const body of [{}, { code: '12ab56' }, { code: '1234567' }, { qr: '' }, { lat: 100, lng: 0 }, { lat: 'x', lng: 1 }]) {
      assert.equal(errorOf(await checkIn(worker, id, body), 400).code, 'VALIDATION_FAILED', JSON.stringify(body))
    }
    assert.ok(errorOf(await checkIn(worker, 'bad', JOB_POINT), 400).fields?.id)
    const [row] = await server.db.query<{ status: string }>('select status from applications where id = $1', [id])
    assert.equal(row!.status, 'hired')
  })
})
