import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, JobPageSchema, JobSchema, type Job } from '../../src/shared/contracts/index'
import { createAccount, type TestAccount } from './accounts'
import { allPages, call, forEachDatabase, getJson, startServer, type TestServer } from './helper'

const UNKNOWN_JOB = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'

forEachDatabase('favourites', (target) => {
  let server: TestServer
  let jobs: Job[]
  let alice: TestAccount
  let bob: TestAccount

  const put = (who: TestAccount | null, jobId: string) =>
    call(server, 'PUT', `/me/favorites/${jobId}`, { as: who ?? undefined })
  const del = (who: TestAccount | null, jobId: string) =>
    call(server, 'DELETE', `/me/favorites/${jobId}`, { as: who ?? undefined })
  const list = async (who: TestAccount, query = '') => {
    const res = await call(server, 'GET', `/me/favorites?${query}`, { as: who })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return JobPageSchema.parse(res.body)
  }
  /** Every favourite, following the cursor. */
  const listAll = async (who: TestAccount, limit: number) =>
    (await allPages((cursor) => list(who, `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`))).items

  before(async () => {
    server = await startServer(target, { seed: true })
    jobs = (await getJson(server, `${API_PREFIX}/jobs?limit=10`, JobPageSchema)).items
    alice = await createAccount(server, 'worker')
    bob = await createAccount(server, 'worker')
  })
  after(() => server.close())

  test('PUT is idempotent; the list is newest first with full jobs', async () => {
    const [a, b, c] = jobs
    for (const job of [a!, b!, c!]) assert.equal((await put(alice, job.id)).status, 204)
    // Again: still one entry, and it keeps its place (the first add's time).
    assert.equal((await put(alice, a!.id)).status, 204)
    const page = await list(alice)
    assert.deepEqual(page.items.map((j) => j.id), [c!.id, b!.id, a!.id])
    assert.equal(page.nextCursor, null)
    // The same Job as the detail endpoint gives.
    assert.deepEqual(page.items[0], await getJson(server, `${API_PREFIX}/jobs/${c!.id}`, JobSchema))
  })

  test('DELETE removes it, and again is no error', async () => {
    const job = jobs[3]!
    await put(alice, job.id)
    assert.ok((await list(alice)).items.some((j) => j.id === job.id))
    assert.equal((await del(alice, job.id)).status, 204)
    assert.ok(!(await list(alice)).items.some((j) => j.id === job.id))
    assert.equal((await del(alice, job.id)).status, 204)
  })

  test('paging walks every favourite once, in order', async () => {
    const carol = await createAccount(server, 'worker')
    for (const job of jobs) assert.equal((await put(carol, job.id)).status, 204)
    const whole = await listAll(carol, 50)
    assert.deepEqual(whole.map((j) => j.id), [...jobs].reverse().map((j) => j.id))
    for (const limit of [1, 3]) assert.deepEqual((await listAll(carol, limit)).map((j) => j.id), whole.map((j) => j.id))
  })

  test('a job that is filled or closed since stays in the list, with its status', async () => {
    const job = jobs[4]!
    const dave = await createAccount(server, 'worker')
    await put(dave, job.id)
    await server.db.query(`update jobs set status = 'closed' where id = $1`, [job.id])
    try {
      const [saved] = (await list(dave)).items
      assert.equal(saved!.id, job.id)
      assert.equal(saved!.status, 'closed')
    } finally {
      await server.db.query(`update jobs set status = 'open' where id = $1`, [job.id])
    }
  })

  test('each person sees and changes only their own', async () => {
    const job = jobs[5]!
    await put(bob, job.id)
    assert.ok(!(await list(alice)).items.some((j) => j.id === job.id), 'alice does not see bob’s')
    // Alice's delete touches only her own row: bob's stays.
    assert.equal((await del(alice, job.id)).status, 204)
    assert.deepEqual((await list(bob)).items.map((j) => j.id), [job.id])
  })

  test('an unknown job: 404 JOB_NOT_FOUND; a malformed id or cursor: 400', async () => {
    const missing = await put(alice, UNKNOWN_JOB)
    assert.equal(missing.status, 404)
    assert.equal(ErrorBodySchema.parse(missing.body).error.code, 'JOB_NOT_FOUND')
    const bad = await put(alice, 'nope')
    assert.equal(bad.status, 400)
    assert.ok(ErrorBodySchema.parse(bad.body).error.fields?.jobId)
    const badCursor = await call(server, 'GET', '/me/favorites?cursor=garbage', { as: alice })
    assert.equal(badCursor.status, 400)
    assert.equal(ErrorBodySchema.parse(badCursor.body).error.code, 'INVALID_CURSOR')
  })

  test('anonymous: 401 on every operation', async () => {
    const job = jobs[0]!
    const count = async () =>
      (await server.db.query<{ n: number }>('select count(*)::int as n from favorites where job_id = $1', [job.id]))[0]!.n
    const before = await count()
    assert.equal((await put(null, job.id)).status, 401)
    assert.equal((await del(null, job.id)).status, 401)
    assert.equal((await call(server, 'GET', '/me/favorites')).status, 401)
    const forged = await call(server, 'GET', '/me/favorites', { as: { token: 'forged' } })
    assert.equal(forged.status, 401)
    // The anonymous PUT added nothing for anyone.
    assert.equal(await count(), before)
  })
})
