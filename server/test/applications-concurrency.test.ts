import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ApplicationStateSchema, ErrorBodySchema, MyApplicationSchema } from '../../src/shared/contracts/index'
import { createAccount, type TestAccount } from './accounts'
import { act, apply, insertJob, newKey } from './applications-fixtures'
import { bodyOf, call, databaseTargets, startServer, type TestServer } from './helper'

// PGlite has one connection: its requests never overlap, so races are only real on PostgreSQL.
const postgres = databaseTargets().find((t) => t.kind === 'postgres')

describe('applications under concurrency [postgres]', { skip: postgres ? false : 'needs DATABASE_URL (PostgreSQL)' }, () => {
  let server: TestServer
  let employer: TestAccount

  before(async () => {
    server = await startServer(postgres!)
    employer = await createAccount(server, 'employer')
  })
  after(() => server?.close())

  const codeOf = (body: unknown) => ErrorBodySchema.parse(body).error.code
  const jobRow = async (id: string) =>
    (await server.db.query<{ hired_count: number; status: string }>('select hired_count, status from jobs where id = $1', [id]))[0]!

  it('50 workers at once for 3 first-come places: exactly 3 hired, 47 JOB_FULL, nothing written for them', async () => {
    const jobId = await insertJob(server, employer.employerId!, { hiringMode: 'first_come', headcount: 3, startInDays: 1 })
    const workers = await Promise.all(Array.from({ length: 50 }, () => createAccount(server, 'worker')))
    const results = await Promise.all(workers.map((w) => apply(server, w, jobId)))
    const hired = results.filter((r) => r.status === 201)
    const full = results.filter((r) => r.status === 409)
    assert.equal(hired.length, 3, JSON.stringify(results.filter((r) => r.status !== 201 && r.status !== 409).map((r) => r.body)))
    assert.equal(full.length, 47)
    assert.ok(hired.every((r) => MyApplicationSchema.parse(r.body).status === 'hired'))
    assert.ok(full.every((r) => codeOf(r.body) === 'JOB_FULL'))
    assert.deepEqual(await jobRow(jobId), { hired_count: 3, status: 'filled' })
    const [rows] = await server.db.query<{ apps: number; keys: number; events: number }>(
      `select (select count(*)::int from applications where job_id = $1) as apps,
              (select count(*)::int from idempotency_keys where target = $1::text) as keys,
              (select count(*)::int from service_events where job_id = $1) as events`,
      [jobId],
    )
    assert.deepEqual(rows, { apps: 3, keys: 3, events: 3 })
  })

  it('the same Idempotency-Key sent 5 times at once: one application, the same answer to all', async () => {
    const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
    const worker = await createAccount(server, 'worker')
    const key = newKey()
    const results = await Promise.all(Array.from({ length: 5 }, () => apply(server, worker, jobId, key)))
    assert.deepEqual(results.map((r) => r.status), [201, 201, 201, 201, 201], JSON.stringify(results.map((r) => r.body)))
    const ids = new Set(results.map((r) => MyApplicationSchema.parse(r.body).id))
    assert.equal(ids.size, 1)
    const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from applications where job_id = $1', [jobId])
    assert.equal(row!.n, 1)
    const [events] = await server.db.query<{ n: number }>(
      'select count(*)::int as n from application_events e join applications a on a.id = e.application_id where a.job_id = $1',
      [jobId],
    )
    assert.equal(events!.n, 1)
  })

  it('the same key 5 times at once on a first-come job: one hire, one place taken', async () => {
    const jobId = await insertJob(server, employer.employerId!, { hiringMode: 'first_come', headcount: 2, startInDays: 1 })
    const worker = await createAccount(server, 'worker')
    const key = newKey()
    const results = await Promise.all(Array.from({ length: 5 }, () => apply(server, worker, jobId, key)))
    assert.ok(results.every((r) => r.status === 201))
    assert.equal(new Set(results.map((r) => MyApplicationSchema.parse(r.body).id)).size, 1)
    assert.deepEqual(await jobRow(jobId), { hired_count: 1, status: 'open' })
  })

  it('two devices with different keys at once: one application, the other ALREADY_APPLIED', async () => {
    const jobId = await insertJob(server, employer.employerId!, { startInDays: 1 })
    const worker = await createAccount(server, 'worker')
    const results = await Promise.all([apply(server, worker, jobId, newKey()), apply(server, worker, jobId, newKey())])
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409])
    assert.equal(codeOf(results.find((r) => r.status === 409)!.body), 'ALREADY_APPLIED')
    const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from applications where job_id = $1', [jobId])
    assert.equal(row!.n, 1)
  })

  it('two users of one employer hire two applicants for the last place at once: one wins, the other JOB_FULL', async () => {
    const foreman = await createAccount(server, 'employer', { employerId: employer.employerId! })
    for (let round = 0; round < 5; round++) {
      const jobId = await insertJob(server, employer.employerId!, { headcount: 2, hiredCount: 1, startInDays: 1 })
      const [a, b] = [await createAccount(server, 'worker'), await createAccount(server, 'worker')]
      const appA = bodyOf(await apply(server, a, jobId), 201, MyApplicationSchema)
      const appB = bodyOf(await apply(server, b, jobId), 201, MyApplicationSchema)
      const results = await Promise.all([act(server, employer, appA.id, { action: 'hire' }), act(server, foreman, appB.id, { action: 'hire' })])
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409], JSON.stringify(results.map((r) => r.body)))
      const winner = results.find((r) => r.status === 200)!
      assert.equal(ApplicationStateSchema.parse(winner.body).status, 'hired')
      assert.equal(codeOf(results.find((r) => r.status === 409)!.body), 'JOB_FULL')
      assert.deepEqual(await jobRow(jobId), { hired_count: 2, status: 'filled' })
      const statuses = await server.db.query<{ status: string }>('select status from applications where job_id = $1 order by status', [jobId])
      assert.deepEqual(statuses.map((s) => s.status), ['applied', 'hired'])
    }
  })

  it('hires racing the employer closing the post: every answer is 200 or 409, never a deadlock, and nobody stays hired on a closed post', async () => {
    for (let round = 0; round < 8; round++) {
      const jobId = await insertJob(server, employer.employerId!, { hiringMode: 'review', headcount: 5, startInDays: 1 })
      const workers = await Promise.all(Array.from({ length: 4 }, () => createAccount(server, 'worker')))
      const applied = await Promise.all(workers.map((w) => apply(server, w, jobId)))
      const ids = applied.map((r) => MyApplicationSchema.parse(r.body).id)
      const results = await Promise.all([
        ...ids.map((id) => act(server, employer, id, { action: 'hire' })),
        call(server, 'POST', `/jobs/${jobId}/close`, { as: employer }),
      ])
      assert.deepEqual(
        results.filter((r) => r.status !== 200 && r.status !== 409).map((r) => [r.status, r.body]),
        [],
        `round ${round}`,
      )
      const [left] = await server.db.query<{ hired: number; hired_count: number }>(
        `select (select count(*)::int from applications where job_id = $1 and status = 'hired') as hired, hired_count from jobs where id = $1`,
        [jobId],
      )
      assert.deepEqual(left, { hired: 0, hired_count: 0 }, `round ${round}`)
    }
  })
})
