import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  API_PREFIX,
  ErrorBodySchema,
  JobCategories,
  JobPageSchema,
  TradeChangesSchema,
  TradeListSchema,
  type Job,
} from '../../src/shared/contracts/index'
import { nameTrades, parseKeyword } from '../src/routes/jobs/keyword'
import { createTradeTerms, usualHourlyPayFen } from '../src/routes/trades/repository'
import { DEMO_CITY_MIN_HOURLY_WAGE } from '../src/seed/city'
import { allPages, forEachDatabase, getJson, request, startServer, type TestServer } from './helper'

const TRADES = `${API_PREFIX}/trades`

async function walk(server: TestServer, query: string): Promise<Job[]> {
  const { items } = await allPages((cursor) =>
    getJson(server, `${API_PREFIX}/jobs?${query}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, JobPageSchema),
  )
  return items
}

const inText = (job: Job, word: string) => [job.title, job.employer.name, job.duties].some((t) => t.includes(word))
const sortedIds = (jobs: Job[]) => jobs.map((j) => j.id).sort()

async function expectError(server: TestServer, path: string, status: number, code: string, field?: string) {
  const body = await getJson(server, path, ErrorBodySchema, status)
  assert.equal(body.error.code, code, path)
  assert.match(body.error.message, /[\u4e00-\u9fff]/, `${path}: a Chinese message`)
  if (field) assert.match(body.error.fields?.[field] ?? '', /[\u4e00-\u9fff]/, `${path}: names ${field}`)
}

describe('nameTrades', () => {
  const tradeOf = new Map([
    ['力工', 'loading'],
    ['搬运工', 'loading'],
    ['保洁', 'cleaning'],
  ])

  test('a term naming a trade: the trade, and the patterns of the other terms', () => {
    assert.deepEqual(nameTrades(parseKeyword('力工')!, tradeOf).trades, [{ id: 'loading', patterns: [] }])
    assert.deepEqual(nameTrades(parseKeyword('保洁 商场')!, tradeOf).trades, [{ id: 'cleaning', patterns: ['%商场%'] }])
    // Two trades named: a job of either must contain the term naming the other.
    assert.deepEqual(nameTrades(parseKeyword('保洁　力工')!, tradeOf).trades, [
      { id: 'cleaning', patterns: ['%力工%'] },
      { id: 'loading', patterns: ['%保洁%'] },
    ])
    // Two words for one trade: its jobs need neither.
    assert.deepEqual(nameTrades(parseKeyword('力工 搬运工')!, tradeOf).trades, [{ id: 'loading', patterns: [] }])
  })

  test('no term naming a trade, or only part of one: no trade', () => {
    assert.deepEqual(nameTrades(parseKeyword('木匠')!, tradeOf).trades, [])
    assert.deepEqual(nameTrades(parseKeyword('力')!, tradeOf).trades, [])
    assert.deepEqual(nameTrades(parseKeyword('力工们')!, tradeOf).trades, [])
    assert.deepEqual(parseKeyword('力工')!.trades, [], 'parseKeyword alone names none')
  })
})

forEachDatabase('trades', (target) => {
  let server: TestServer
  let all: Job[]
  before(async () => {
    server = await startServer(target, { seed: true })
    all = await walk(server, 'sort=newest')
  })
  after(() => server.close())

  test('GET /trades: every job category as a trade, in list order, version 1, with codes and aliases', async () => {
    const res = await request(server, TRADES)
    assert.equal(res.status, 200)
    const list = TradeListSchema.parse(res.body)
    assert.equal(list.version, 1)
    assert.deepEqual(list.trades.map((t) => t.id), Object.keys(JobCategories))
    assert.deepEqual(list.trades.map((t) => t.name), Object.values(JobCategories))
    assert.ok(list.trades.every((t) => t.version === 1 && !t.retired && t.aliases.length >= 4))
    const byId = new Map(list.trades.map((t) => [t.id, t]))
    assert.equal(byId.get('loading')!.occupationCode, '4-02-05-01')
    assert.equal(byId.get('security')!.occupationCode, '4-07-05-01')
    // One trade for many occupations: no code rather than a wrong one.
    assert.equal(byId.get('construction')!.occupationCode, null)
    assert.ok(byId.get('loading')!.aliases.includes('力工'))
    assert.ok(byId.get('cleaning')!.aliases.includes('保洁阿姨'))
    assert.ok(byId.get('childcare')!.aliases.includes('月嫂'))
    assert.ok(!list.trades.some((t) => t.aliases.includes('电焊')), '电焊 is welding: no trade of ours')
    assert.equal(res.headers.get('etag'), '"trades-v1"')
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60')
    // Public: a caller's token (even a wrong one) changes nothing.
    const withToken = await request(server, TRADES, { headers: { authorization: 'Bearer not-a-token' } })
    assert.equal(withToken.status, 200)
    assert.deepEqual(withToken.body, res.body)
  })

  test('If-None-Match with the current ETag: 304 without a body; any other tag: the list', async () => {
    for (const tag of ['"trades-v1"', 'W/"trades-v1"', '"x", "trades-v1"', '*']) {
      const res = await request(server, TRADES, { headers: { 'if-none-match': tag } })
      assert.equal(res.status, 304, tag)
      assert.equal(res.body, null, tag)
      assert.equal(res.headers.get('etag'), '"trades-v1"')
    }
    for (const tag of ['"trades-v2"', '"trades-v1x"', 'trades-v1']) {
      const res = await request(server, TRADES, { headers: { 'if-none-match': tag } })
      assert.equal(res.status, 200, tag)
      assert.equal(TradeListSchema.parse(res.body).version, 1)
    }
  })

  test('changes: since 0 every trade, since the current version none; a bad or future version is refused', async () => {
    const fromNothing = await getJson(server, `${TRADES}/changes?since=0`, TradeChangesSchema)
    assert.equal(fromNothing.version, 1)
    assert.deepEqual(fromNothing.changes.map((t) => t.id), Object.keys(JobCategories))
    assert.deepEqual(await getJson(server, `${TRADES}/changes?since=1`, TradeChangesSchema), { version: 1, changes: [] })
    for (const since of ['-1', 'abc', '1.5']) await expectError(server, `${TRADES}/changes?since=${since}`, 400, 'VALIDATION_FAILED', 'since')
    await expectError(server, `${TRADES}/changes`, 400, 'VALIDATION_FAILED', 'since')
    for (const since of ['2', '999']) await expectError(server, `${TRADES}/changes?since=${since}`, 400, 'UNKNOWN_TRADES_VERSION', 'since')
  })

  test('names and aliases: each belongs to one live trade; the database refuses a second owner and spaces', async () => {
    const { trades } = await getJson(server, TRADES, TradeListSchema)
    const words = trades.flatMap((t) => [t.name, ...t.aliases])
    assert.equal(new Set(words).size, words.length, `a word used twice: ${words.filter((w, i) => words.indexOf(w) !== i).join(', ')}`)
    assert.ok(words.every((w) => w.length > 0 && !/\s/.test(w)))

    await assert.rejects(server.db.query(`update trades set aliases = aliases || '{力工}' where id = 'cleaning'`), /share a name or alias/)
    // Another trade's name is taken too.
    await assert.rejects(server.db.query(`update trades set aliases = aliases || '{保洁}' where id = 'housekeeping'`), /share a name or alias/)
    await assert.rejects(server.db.query(`update trades set aliases = aliases || '{"保洁 阿姨"}' where id = 'cleaning'`), /alias/)
    await assert.rejects(server.db.query(`update trades set aliases = aliases || '{月嫂}' where id = 'childcare'`), /same word twice/)
    // Moving an alias is two updates in one transaction: checked at commit.
    const move = (from: string, to: string) =>
      server.db.transaction(async (tx) => {
        await tx.query(`update trades set aliases = array_remove(aliases, '小工') where id = $1`, [from])
        await tx.query(`update trades set aliases = aliases || '{小工}' where id = $1`, [to])
      })
    await move('construction', 'loading')
    await move('loading', 'construction')
    const [row] = await server.db.query<{ aliases: string[] }>(`select aliases from trades where id = 'construction'`)
    assert.ok(row!.aliases.includes('小工'))
  })

  test('usualHourlyPayFen: the trade’s usual pay in the city, never below its minimum wage; null for no trade', async () => {
    const cleaning = await usualHourlyPayFen(server.db, 'cleaning')
    assert.ok(cleaning !== null && cleaning >= 2000 && cleaning <= 2500, `cleaning ${cleaning}`)
    assert.ok((await usualHourlyPayFen(server.db, 'electrician'))! > cleaning)
    for (const id of Object.keys(JobCategories)) {
      const pay = await usualHourlyPayFen(server.db, id)
      assert.ok(pay !== null && pay >= DEMO_CITY_MIN_HOURLY_WAGE.fen, `${id}: ${pay}`)
    }
    assert.equal(await usualHourlyPayFen(server.db, 'astronaut'), null)
  })

  test('search: 力工, 保洁阿姨 and 月嫂 find their trade’s jobs (and any whose text has the word)', async () => {
    for (const [word, trade] of [['力工', 'loading'], ['保洁阿姨', 'cleaning'], ['月嫂', 'childcare']] as const) {
      const tradeJobs = all.filter((j) => j.category === trade)
      assert.ok(tradeJobs.some((j) => !inText(j, word)), `${word}: the check could not fail`)
      const got = await walk(server, `q=${encodeURIComponent(word)}`)
      assert.deepEqual(sortedIds(got), sortedIds(all.filter((j) => j.category === trade || inText(j, word))), word)
      // The same near a point (small rings read whole, wider ones by the index).
      const near = await walk(server, `q=${encodeURIComponent(word)}&sort=nearest&lat=36.1954&lng=113.1163`)
      assert.deepEqual(sortedIds(near), sortedIds(got), `${word} nearest`)
    }
  })

  test('search: a keyword naming no trade finds exactly the jobs whose text has it, as before', async () => {
    for (const word of ['商场', '卸车', '家电']) {
      const expected = all.filter((j) => inText(j, word))
      assert.ok(expected.length > 0 && expected.some((j) => j.category !== expected[0]!.category), `${word}: spans trades`)
      assert.deepEqual(sortedIds(await walk(server, `q=${encodeURIComponent(word)}`)), sortedIds(expected), word)
    }
  })

  // Last: it publishes version 2.
  test('a new version: the list, its ETag, the changes, a retired trade; search takes the new words', async () => {
    let clock = 0
    const terms = createTradeTerms(server.db, { recheckMs: 10_000, now: () => clock })
    assert.equal((await terms.get()).get('力工'), 'loading')
    assert.equal((await terms.get()).get('搬砖'), undefined)

    await server.db.transaction(async (tx) => {
      await tx.query(`insert into trade_versions (version, note) values (2, '加“搬砖”，促销停用')`)
      await tx.query(`update trades set aliases = aliases || '{搬砖}', version = 2 where id = 'construction'`)
      await tx.query(`update trades set retired = true, version = 2 where id = 'promotion'`)
    })

    const res = await request(server, TRADES, { headers: { 'if-none-match': '"trades-v1"' } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('etag'), '"trades-v2"')
    const list = TradeListSchema.parse(res.body)
    assert.equal(list.version, 2)
    assert.equal(list.trades.length, 14, 'a retired trade stays listed')
    assert.equal(list.trades.find((t) => t.id === 'promotion')!.retired, true)
    assert.equal((await request(server, TRADES, { headers: { 'if-none-match': '"trades-v2"' } })).status, 304)

    const changes = await getJson(server, `${TRADES}/changes?since=1`, TradeChangesSchema)
    assert.equal(changes.version, 2)
    assert.deepEqual(changes.changes.map((t) => [t.id, t.version]), [['construction', 2], ['promotion', 2]])
    assert.ok(changes.changes[0]!.aliases.includes('搬砖'))
    assert.deepEqual(await getJson(server, `${TRADES}/changes?since=2`, TradeChangesSchema), { version: 2, changes: [] })
    assert.equal((await getJson(server, `${TRADES}/changes?since=0`, TradeChangesSchema)).changes.length, 14)
    await expectError(server, `${TRADES}/changes?since=3`, 400, 'UNKNOWN_TRADES_VERSION')

    // The search terms keep their map until the recheck, then follow the version; retired trades name nothing.
    assert.equal((await terms.get()).get('搬砖'), undefined)
    clock += 10_000
    const now = await terms.get()
    assert.equal(now.get('搬砖'), 'construction')
    assert.equal(now.get('促销员'), undefined)
    assert.equal(now.get('力工'), 'loading')

    // The server's own search takes the new word within its recheck (a few seconds).
    const construction = sortedIds(all.filter((j) => j.category === 'construction'))
    assert.ok(construction.length > 0)
    const deadline = Date.now() + 8_000
    let found: string[] = []
    while (Date.now() < deadline) {
      found = sortedIds(await walk(server, `q=${encodeURIComponent('搬砖')}`))
      if (found.length > 0) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    assert.deepEqual(found, construction)
  })
})
