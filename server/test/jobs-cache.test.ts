import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, JobPageSchema, type JobPage } from '../../src/shared/contracts/index'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { migrate } from '../src/db/migrate'
import type { Db } from '../src/db/types'
import { createMicroCache } from '../src/http/micro-cache'
import { seed } from '../src/seed/index'
import { createAccount, type TestAccount } from './accounts'
import { forEachDatabase, request, startServer, testConfig, type JsonResponse, type TestServer } from './helper'

/** Long enough that two requests a few database writes apart fall inside it, short enough to wait out. */
const TTL_MS = 1500
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let titleSeq = 0
const newTitle = () => `缓存测试岗位${process.pid}-${++titleSeq}`

async function list(server: { url(path: string): string }, query: string, as?: TestAccount): Promise<JsonResponse & { page: JobPage }> {
  const res = await request(server as TestServer, `${API_PREFIX}/jobs?${query}`, as ? { headers: as.auth } : undefined)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return { ...res, page: JobPageSchema.parse(res.body) }
}

/** The first job of an answer gets a new title in the database; returns the id and the new title. */
async function retitleFirst(server: TestServer, page: JobPage): Promise<{ id: string; title: string }> {
  const id = page.items[0]!.id
  const title = newTitle()
  await server.db.query('update jobs set title = $1 where id = $2', [title, id])
  return { id, title }
}

const titleOf = (page: JobPage, id: string) => page.items.find((job) => job.id === id)?.title

forEachDatabase('anonymous job-list cache', (target) => {
  let server: TestServer
  let worker: TestAccount
  before(async () => {
    server = await startServer(target, { seed: true, config: { jobsCacheMs: TTL_MS } })
    worker = await createAccount(server, 'worker')
  })
  after(() => server.close())

  // Each test asks its own query (limit differs), so no test sees another's cached answer.
  test('the same query within the TTL is answered from the first answer; after it, from the database', async () => {
    const first = await list(server, 'limit=17')
    assert.equal(first.headers.get('cache-control'), 'public, max-age=1')
    const changed = await retitleFirst(server, first.page)
    const second = await list(server, 'limit=17')
    assert.deepEqual(second.page, first.page, 'within the TTL: the same answer, old title included')
    assert.notEqual(titleOf(second.page, changed.id), changed.title)
    await sleep(TTL_MS + 100)
    const third = await list(server, 'limit=17')
    assert.equal(titleOf(third.page, changed.id), changed.title)
  })

  test('differently ordered query strings, and the defaults spelled out, share one answer', async () => {
    const first = await list(server, 'limit=16&sort=newest')
    const changed = await retitleFirst(server, first.page)
    for (const query of ['sort=newest&limit=16', 'limit=16', 'limit=016&sort=newest&q=']) {
      const again = await list(server, query)
      assert.notEqual(titleOf(again.page, changed.id), changed.title, query)
      assert.deepEqual(again.page, first.page, query)
    }
  })

  test('categories in another order share one answer', async () => {
    const first = await list(server, 'category=cleaning&category=loading&limit=20')
    assert.ok(first.page.items.length > 0, 'the seed has cleaning or loading jobs')
    const changed = await retitleFirst(server, first.page)
    const again = await list(server, 'category=loading&category=cleaning&limit=20')
    // The whole first answer, not only the retitled job's absence: a miss that moved that job off the page would pass alone.
    assert.deepEqual(again.page, first.page)
    assert.notEqual(titleOf(again.page, changed.id), changed.title)
  })

  test('another query is not answered from the first one’s entry', async () => {
    const first = await list(server, 'limit=15')
    const changed = await retitleFirst(server, first.page)
    const other = await list(server, 'limit=14')
    assert.equal(titleOf(other.page, changed.id), changed.title)
  })

  test('a request with a bearer token is never answered from the cache, nor marked public', async () => {
    const anonymous = await list(server, 'limit=13')
    const changed = await retitleFirst(server, anonymous.page)
    const signedIn = await list(server, 'limit=13', worker)
    assert.equal(titleOf(signedIn.page, changed.id), changed.title, 'the signed-in answer comes from the database')
    assert.equal(signedIn.headers.get('cache-control'), 'private, no-store')
    const again = await retitleFirst(server, signedIn.page)
    const signedInAgain = await list(server, 'limit=13', worker)
    assert.equal(titleOf(signedInAgain.page, again.id), again.title)
  })

  test('a bad query is the same typed 400 as without the cache', async () => {
    for (const query of ['limit=0', 'sort=cheapest', 'lat=36.2', 'cursor=not-a-cursor']) {
      const anonymous = await request(server, `${API_PREFIX}/jobs?${query}`)
      const signedIn = await request(server, `${API_PREFIX}/jobs?${query}`, { headers: worker.auth })
      assert.equal(anonymous.status, 400, query)
      const { requestId: _a, ...anonymousError } = ErrorBodySchema.parse(anonymous.body).error
      const { requestId: _s, ...signedInError } = ErrorBodySchema.parse(signedIn.body).error
      assert.deepEqual(anonymousError, signedInError, query)
      assert.equal(anonymous.headers.get('cache-control'), null, query)
    }
  })

  test('a job’s detail is not cached', async () => {
    const first = await list(server, 'limit=12')
    const changed = await retitleFirst(server, first.page)
    const detail = await request(server, `${API_PREFIX}/jobs/${changed.id}`)
    assert.equal((detail.body as { title: string }).title, changed.title)
    assert.equal(detail.headers.get('cache-control'), null)
  })
})

forEachDatabase('anonymous job-list cache, JOBS_CACHE_MS=0', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true, config: { jobsCacheMs: 0 } })
  })
  after(() => server.close())

  test('every request is answered from the database, and nothing says public', async () => {
    const first = await list(server, 'limit=20')
    assert.equal(first.headers.get('cache-control'), null)
    const changed = await retitleFirst(server, first.page)
    const second = await list(server, 'limit=20')
    assert.equal(titleOf(second.page, changed.id), changed.title)
  })
})

/**
 * The database the app uses, counting the queries it runs (transactions' own queries are not counted)
 * and, while `delayMs` is set, holding each one that long: a slow database, so that a burst's requests
 * all arrive while the first one's query is still running.
 */
function countingDb(db: Db): Db & { count: number; delayMs: number } {
  const counting = {
    count: 0,
    delayMs: 0,
    kind: db.kind,
    query: (async (...args: Parameters<Db['query']>) => {
      counting.count += 1
      if (counting.delayMs) await sleep(counting.delayMs)
      return db.query(...args)
    }) as Db['query'],
    transaction: <T>(fn: (tx: Db) => Promise<T>) => db.transaction(fn),
    close: () => db.close(),
  }
  return counting
}

forEachDatabase('anonymous job-list cache, concurrent misses', (target) => {
  let db: Db & { count: number; delayMs: number }
  let baseUrl: string
  let close: () => Promise<void>
  before(async () => {
    const fresh = await target.create()
    await migrate(fresh.db)
    await seed(fresh.db)
    db = countingDb(fresh.db)
    // No outbox worker: its polling would add queries of its own to the count.
    const app = await buildApp(testConfig({ jobsCacheMs: 5000, outbox: { enabled: false, pollMs: 5000 } }), { db })
    await app.listen({ port: 0, host: '127.0.0.1' })
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    close = async () => {
      await app.close()
      await fresh.drop()
    }
  })
  after(() => close())

  test('identical requests arriving together run the list query once', async () => {
    const server = { url: (path: string) => baseUrl + path }
    const nearest = (lat: string) => `sort=nearest&lat=${lat}&lng=113.1163&limit=20`
    // The first list answer of a process also runs one-time queries: count from the second.
    await list(server, nearest('36.1954'))
    let before = db.count
    await list(server, nearest('36.1955'))
    const perAnswer = db.count - before
    assert.ok(perAnswer >= 1, 'one answer takes at least one query')

    before = db.count
    db.delayMs = 300
    const answers = await Promise.all(Array.from({ length: 25 }, () => list(server, nearest('36.1956'))))
    db.delayMs = 0
    assert.equal(db.count - before, perAnswer, '25 identical misses, one answer’s queries')
    for (const answer of answers) assert.deepEqual(answer.page, answers[0]!.page)

    // Without the cache (signed-in callers are never cached) the same burst runs them every time.
    before = db.count
    const signedIn = await Promise.all(Array.from({ length: 5 }, () => request(server as TestServer, `${API_PREFIX}/jobs?${nearest('36.1957')}`, { headers: { authorization: 'Bearer none' } })))
    assert.deepEqual(signedIn.map((r) => r.status), [200, 200, 200, 200, 200])
    assert.ok(db.count - before >= 5 * perAnswer, `the count sees every query (${db.count - before} for 5, ${perAnswer} per answer)`)
  })
})

describe('micro-cache', () => {
  test('keeps at most maxKeys, the least recently used goes first', async () => {
    let loads = 0
    const cache = createMicroCache<string>({ ttlMs: 60_000, maxKeys: 2 })
    const get = (key: string) => cache.get(key, async () => `${key}${++loads}`)
    assert.equal(await get('a'), 'a1')
    assert.equal(await get('b'), 'b2')
    assert.equal(await get('a'), 'a1', 'a is used again: b is now the oldest')
    assert.equal(await get('c'), 'c3')
    assert.equal(cache.size, 2)
    assert.equal(await get('a'), 'a1')
    assert.equal(await get('b'), 'b4', 'b was evicted')
  })

  test('a value is reused until the TTL from its load’s start, then loaded again', async () => {
    let clock = 1000
    let loads = 0
    const cache = createMicroCache<number>({ ttlMs: 100, maxKeys: 10, now: () => clock })
    const get = () => cache.get('k', async () => ++loads)
    assert.equal(await get(), 1)
    clock += 99
    assert.equal(await get(), 1)
    clock += 1
    assert.equal(await get(), 2)
  })

  test('a failed load is not kept, and everyone waiting on it sees the failure', async () => {
    const cache = createMicroCache<string>({ ttlMs: 60_000, maxKeys: 10 })
    let fail = true
    const load = async () => {
      await sleep(5)
      if (fail) throw new Error('database down')
      return 'ok'
    }
    const results = await Promise.allSettled([cache.get('k', load), cache.get('k', load)])
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected'])
    fail = false
    assert.equal(await cache.get('k', load), 'ok')
  })
})

describe('JOBS_CACHE_MS', () => {
  test('defaults to one second, 0 turns it off, anything else is refused', () => {
    assert.equal(loadConfig({}).jobsCacheMs, 1000)
    assert.equal(loadConfig({ JOBS_CACHE_MS: '0' }).jobsCacheMs, 0)
    assert.equal(loadConfig({ JOBS_CACHE_MS: '250' }).jobsCacheMs, 250)
    for (const bad of ['-1', 'soon', '1.5', '3600000']) assert.throws(() => loadConfig({ JOBS_CACHE_MS: bad }), /JOBS_CACHE_MS/, bad)
  })
})
