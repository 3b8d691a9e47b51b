import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, test } from 'node:test'
import { API_PREFIX, JobPageSchema, type Job } from '../../src/shared/contracts/index'
import { createAccount, type TestAccount } from './accounts'
import { call, forEachDatabase, getJson, startServer, type TestServer } from './helper'

/**
 * Drafts and posts waiting for staff are not public: a worker who has (or guesses) the id can neither
 * apply to them, save them, nor ask about them. An expired post refuses applications by its status too.
 */
forEachDatabase('unpublished jobs', (target) => {
  let server: TestServer
  let worker: TestAccount
  let job: Job

  const setStatus = (status: string) => server.db.query('update jobs set status = $2 where id = $1', [job.id, status])
  const apply = () =>
    call(server, 'POST', `/jobs/${job.id}/applications`, { as: worker, key: randomUUID() })

  before(async () => {
    server = await startServer(target, { seed: true })
    job = (await getJson(server, `${API_PREFIX}/jobs?limit=1`, JobPageSchema)).items[0]!
    worker = await createAccount(server, 'worker')
  })
  after(() => server.close())

  for (const status of ['draft', 'pending_review']) {
    test(`a ${status} post: apply, favourite and viewer state answer 404 JOB_NOT_FOUND, and nothing is written`, async () => {
      await setStatus(status)
      for (const res of [await apply(), await call(server, 'PUT', `/me/favorites/${job.id}`, { as: worker }), await call(server, 'GET', `/jobs/${job.id}/me`, { as: worker })]) {
        assert.equal(res.status, 404, JSON.stringify(res.body))
        assert.equal((res.body as { error: { code: string } }).error.code, 'JOB_NOT_FOUND')
      }
      const [written] = await server.db.query<{ n: number }>(
        `select (select count(*) from applications where worker_id = $1) + (select count(*) from favorites where user_id = $1) as n`,
        [worker.id],
      )
      assert.equal(Number(written!.n), 0)
    })
  }

  test('an expired post refuses applications with JOB_EXPIRED even while its dates still look current', async () => {
    await setStatus('expired')
    const res = await apply()
    assert.equal(res.status, 409, JSON.stringify(res.body))
    assert.equal((res.body as { error: { code: string } }).error.code, 'JOB_EXPIRED')
  })
})
