import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, JobPageSchema, TradeListSchema, type Job, type JobSort } from '../../src/shared/contracts/index'
import { haversineMetres } from './geo'
import { addDays } from '../src/city-time'
import { seedBulkJobs } from '../src/seed/bulk-jobs'
import { boxCells } from '../src/routes/jobs/place-cells'
import { allPages, forEachDatabase, getJson, request, startServer, type TestServer } from './helper'

const CENTRE = { lat: 36.1954, lng: 113.1163 }

/** Every page of GET /jobs?query, `limit` at a time. */
async function walk(server: TestServer, query: string, limit = 50): Promise<Job[]> {
  const { items } = await allPages(async (cursor) => {
    const page = await getJson(server, `${API_PREFIX}/jobs?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, JobPageSchema)
    assert.ok(page.items.length <= limit)
    return page
  })
  return items
}

const ids = (jobs: Job[]) => jobs.map((j) => j.id)
const idSet = (jobs: Job[]) => new Set(ids(jobs))

/** The same jobs, whatever the order. */
function assertSameJobs(got: Job[], expected: Job[], label: string) {
  assert.equal(new Set(ids(got)).size, got.length, `${label}: a job listed twice`)
  assert.deepEqual([...ids(got)].sort(), [...ids(expected)].sort(), label)
}

/** `pay` order: hourly and daily jobs by estimated day pay (an hour × 8), then per-piece ones by rate. */
function payRank(job: Job): number {
  if (job.pay.unit === 'piece') return job.pay.amountFen
  return 1e10 + job.pay.amountFen * (job.pay.unit === 'hour' ? 8 : 1)
}

function assertOrder(items: Job[], sort: JobSort) {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!
    const b = items[i]!
    const tieById = a.id > b.id
    if (sort === 'newest') {
      const d = Date.parse(a.postedAt) - Date.parse(b.postedAt)
      assert.ok(d > 0 || (d === 0 && tieById), `newest: ${a.id} before ${b.id}`)
    } else if (sort === 'pay') {
      const d = payRank(a) - payRank(b)
      assert.ok(d > 0 || (d === 0 && tieById), `pay: ${a.pay.amountFen}/${a.pay.unit} before ${b.pay.amountFen}/${b.pay.unit}`)
    } else {
      assert.ok(a.distanceMeters! <= b.distanceMeters!, `nearest: ${a.distanceMeters} before ${b.distanceMeters}`)
    }
  }
}

const contains = (job: Job, word: string) => [job.title, job.employer.name, job.duties].some((t) => t.includes(word))

/** The live trades' names and aliases (力工, 保洁阿姨 …) → the trade, as GET /trades lists them. */
let tradeOf = new Map<string, string>()
async function loadTrades(server: TestServer) {
  const { trades } = await getJson(server, `${API_PREFIX}/trades`, TradeListSchema)
  tradeOf = new Map(trades.filter((t) => !t.retired).flatMap((t) => [t.name, ...t.aliases].map((word) => [word, t.id] as const)))
  assert.equal(tradeOf.get('力工'), 'loading')
}

/** The oracle for one keyword term: the text contains it, or it names the job's trade (力工: 装卸搬运). */
const matches = (job: Job, word: string) => contains(job, word) || tradeOf.get(word) === job.category

const overlaps = (job: Job, from: string, to: string) => job.workDateStart <= to && job.workDateEnd >= from

async function expectBadRequest(server: TestServer, query: string, code: string, field?: string) {
  const body = await getJson(server, `${API_PREFIX}/jobs?${query}`, ErrorBodySchema, 400)
  assert.equal(body.error.code, code, query)
  assert.match(body.error.message, /[\u4e00-\u9fff]/, `${query}: a Chinese message`)
  if (field) {
    assert.ok(body.error.fields?.[field], `${query} names ${field}: ${JSON.stringify(body.error.fields)}`)
    assert.match(body.error.fields[field]!, /[\u4e00-\u9fff]/)
  }
}

forEachDatabase('job search', (target) => {
  let server: TestServer
  /** Every listed job, fetched once in the default order: the oracle the filters are checked against. */
  let all: Job[]
  let today: string

  before(async () => {
    server = await startServer(target, { seed: true })
    await loadTrades(server)
    all = await walk(server, 'sort=newest')
    const [row] = await server.db.query<{ today: string }>('select current_date as today')
    today = row!.today
  })
  after(() => server.close())

  test('the oracle: every open job valid through today, none twice', async () => {
    const [row] = await server.db.query<{ n: number }>(
      `select count(*)::int as n from jobs where status = 'open' and valid_until >= current_date`,
    )
    assert.ok(all.length >= 300)
    assert.equal(all.length, row!.n)
    assert.equal(idSet(all).size, all.length)
  })

  test('keyword 保洁: exactly the jobs whose title, employer or duties contain it, and the 保洁 trade’s jobs', async () => {
    const got = await walk(server, `q=${encodeURIComponent('保洁')}`)
    const expected = all.filter((j) => matches(j, '保洁'))
    assert.ok(expected.length > 0 && expected.length < all.length)
    assertSameJobs(got, expected, '保洁')
    assertOrder(got, 'newest')
  })

  test('keywords of 2 to 4 characters, and a word that occurs nowhere', async () => {
    for (const word of ['电工', '搬运', '分拣', '保洁员', '开荒保洁', '快递分拣']) {
      const got = await walk(server, `q=${encodeURIComponent(word)}`)
      assertSameJobs(got, all.filter((j) => matches(j, word)), word)
    }
    assert.equal((await walk(server, `q=${encodeURIComponent('月球采矿')}`)).length, 0)
  })

  test('a term naming a trade (力工, 保洁阿姨, 月嫂) finds that trade’s jobs and the jobs whose text has it', async () => {
    for (const [word, trade] of [['力工', 'loading'], ['保洁阿姨', 'cleaning'], ['月嫂', 'childcare']] as const) {
      const got = await walk(server, `q=${encodeURIComponent(word)}`)
      const expected = all.filter((j) => j.category === trade || contains(j, word))
      assert.ok(expected.some((j) => !contains(j, word)), `${word}: some ${trade} job lacks the word, or the check could not fail`)
      assertSameJobs(got, expected, word)
      assertOrder(got, 'newest')
    }
    // With a second term, the trade's jobs must still contain it.
    const both = await walk(server, `q=${encodeURIComponent('力工 仓库')}`)
    const expected = all.filter((j) => matches(j, '力工') && contains(j, '仓库'))
    assert.ok(expected.length > 0 && expected.length < all.filter((j) => j.category === 'loading').length)
    assertSameJobs(both, expected, '力工 仓库')
  })

  test('a one-character keyword', async () => {
    const got = await walk(server, `q=${encodeURIComponent('电')}`)
    const expected = all.filter((j) => matches(j, '电'))
    assert.ok(expected.length > 0)
    assert.ok(expected.some((j) => !j.title.includes('电工')), 'more than 电工: 家电, 电子厂 ...')
    assertSameJobs(got, expected, '电')
  })

  test('a keyword from the employer’s name only finds its jobs', async () => {
    const word = '洁美'
    const expected = all.filter((j) => matches(j, word))
    assert.ok(expected.length > 0)
    assert.ok(expected.every((j) => !j.title.includes(word) && !j.duties.includes(word)), 'only in the employer name')
    assertSameJobs(await walk(server, `q=${encodeURIComponent(word)}`), expected, word)
  })

  test('spaces and full-width spaces around a keyword are trimmed; two words must both occur', async () => {
    const plain = await walk(server, `q=${encodeURIComponent('保洁')}`)
    for (const padded of ['  保洁 ', '\u3000保洁\u3000', '\t保洁']) {
      assertSameJobs(await walk(server, `q=${encodeURIComponent(padded)}`), plain, JSON.stringify(padded))
    }
    const both = await walk(server, `q=${encodeURIComponent('保洁\u3000商场')}`)
    assertSameJobs(both, all.filter((j) => matches(j, '保洁') && matches(j, '商场')), '保洁 商场')
    // Only spaces is no keyword at all.
    assert.equal((await walk(server, `q=${encodeURIComponent('\u3000 ')}`)).length, all.length)
  })

  test('renaming an employer moves its jobs in and out of keyword results', async () => {
    const job = all.find((j) => j.employer.name.includes('洁美'))!
    const [employer] = await server.db.query<{ name: string }>('select name from employers where id = $1', [job.employer.id])
    await server.db.query('update employers set name = $2 where id = $1', [job.employer.id, '长治市晨曦环境服务有限公司'])
    try {
      const found = await walk(server, `q=${encodeURIComponent('晨曦')}`)
      assert.ok(found.length > 0)
      assert.ok(found.every((j) => j.employer.id === job.employer.id))
      assert.ok(idSet(found).has(job.id))
      assert.equal((await walk(server, `q=${encodeURIComponent('洁美')}`)).length, 0)
    } finally {
      await server.db.query('update employers set name = $2 where id = $1', [job.employer.id, employer!.name])
    }
    assert.ok(idSet(await walk(server, `q=${encodeURIComponent('洁美')}`)).has(job.id))
  })

  test('a job whose title changes is found by its new words', async () => {
    const job = all[0]!
    await server.db.query(`update jobs set title = title || '（急招木匠）' where id = $1`, [job.id])
    try {
      assert.deepEqual(ids(await walk(server, `q=${encodeURIComponent('木匠')}`)), [job.id])
    } finally {
      await server.db.query(`update jobs set title = $2 where id = $1`, [job.id, job.title])
    }
    assert.equal((await walk(server, `q=${encodeURIComponent('木匠')}`)).length, 0)
  })

  test('category: one or several, as a list or repeated', async () => {
    assertSameJobs(await walk(server, 'category=cleaning'), all.filter((j) => j.category === 'cleaning'), 'cleaning')
    const two = all.filter((j) => j.category === 'cleaning' || j.category === 'electrician')
    assertSameJobs(await walk(server, 'category=cleaning,electrician'), two, 'a,b')
    assertSameJobs(await walk(server, 'category=cleaning&category=electrician'), two, 'repeated')
  })

  test('employment type, settlement, pay unit with a minimum, older workers welcome', async () => {
    for (const type of ['gig', 'part_time', 'temporary'] as const) {
      const expected = all.filter((j) => j.employmentType === type)
      assert.ok(expected.length > 0, type)
      assertSameJobs(await walk(server, `employmentType=${type}`), expected, type)
    }
    for (const settlement of ['daily', 'weekly', 'on_completion'] as const) {
      assertSameJobs(await walk(server, `settlement=${settlement}`), all.filter((j) => j.settlement === settlement), settlement)
    }
    assertSameJobs(await walk(server, 'payUnit=piece'), all.filter((j) => j.pay.unit === 'piece'), 'piece')
    const daily = all.filter((j) => j.pay.unit === 'day')
    const median = [...daily].sort((a, b) => a.pay.amountFen - b.pay.amountFen)[Math.floor(daily.length / 2)]!.pay.amountFen
    const atLeast = daily.filter((j) => j.pay.amountFen >= median)
    assert.ok(atLeast.length > 0 && atLeast.length < daily.length)
    assertSameJobs(await walk(server, `payUnit=day&minPayFen=${median}`), atLeast, 'minPayFen')
    const older = all.filter((j) => j.welcomesOlder)
    assert.ok(older.length > 0 && older.length < all.length)
    assertSameJobs(await walk(server, 'welcomesOlder=true'), older, 'welcomesOlder')
    // false is "no preference", not "jobs that do not welcome older workers".
    assert.equal((await walk(server, 'welcomesOlder=false')).length, all.length)
  })

  test('date: today, tomorrow, this week (to Sunday), by work dates overlapping the days', async () => {
    const daysToSunday = (7 - new Date(`${today}T00:00:00Z`).getUTCDay()) % 7
    const ranges = { today: [today, today], tomorrow: [addDays(today, 1), addDays(today, 1)], week: [today, addDays(today, daysToSunday)] }
    for (const [date, [from, to]] of Object.entries(ranges)) {
      const expected = all.filter((j) => overlaps(j, from!, to!))
      assert.ok(expected.length > 0 && expected.length < all.length, date)
      assertSameJobs(await walk(server, `date=${date}`), expected, date)
    }
  })

  test('filters combine', async () => {
    const got = await walk(server, `q=${encodeURIComponent('保洁')}&settlement=daily&date=week&lat=${CENTRE.lat}&lng=${CENTRE.lng}&radiusKm=5&sort=nearest`)
    const sunday = addDays(today, (7 - new Date(`${today}T00:00:00Z`).getUTCDay()) % 7)
    const expected = all.filter(
      (j) => matches(j, '保洁') && j.settlement === 'daily' && overlaps(j, today, sunday) && haversineMetres(CENTRE, j.location) <= 5000,
    )
    assert.ok(expected.length > 0)
    assertSameJobs(got, expected, 'combined')
    assertOrder(got, 'nearest')
    // A keyword near a point: small rings first, then the keyword index for the rest, page by page.
    for (const word of ['保洁', '党参', '月球']) {
      const near = await walk(server, `q=${encodeURIComponent(word)}&sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}`, 3)
      assertSameJobs(near, all.filter((j) => matches(j, word)), `${word} nearest`)
      assertOrder(near, 'nearest')
    }
  })

  test('stationId with a sort', async () => {
    const stationId = all[0]!.stationId ?? all.find((j) => j.stationId)!.stationId!
    const got = await walk(server, `stationId=${stationId}&sort=pay`, 3)
    assertSameJobs(got, all.filter((j) => j.stationId === stationId), 'station')
    assertOrder(got, 'pay')
  })

  for (const sort of ['newest', 'pay', 'nearest'] as const) {
    test(`sort=${sort}: paging walks every job exactly once, in order, for any page size`, async () => {
      const where = sort === 'nearest' ? `&lat=${CENTRE.lat}&lng=${CENTRE.lng}` : ''
      const whole = await walk(server, `sort=${sort}${where}`, 50)
      assertSameJobs(whole, all, sort)
      assertOrder(whole, sort)
      for (const limit of [1, 7]) {
        assert.deepEqual(ids(await walk(server, `sort=${sort}${where}`, limit)), ids(whole), `${sort} limit=${limit}`)
      }
    })
  }

  test('sort=pay: per-piece jobs after every hourly and daily job; an hour counts as 8', async () => {
    const got = await walk(server, 'sort=pay')
    const firstPiece = got.findIndex((j) => j.pay.unit === 'piece')
    assert.ok(firstPiece > 0)
    assert.ok(got.slice(firstPiece).every((j) => j.pay.unit === 'piece'))
    assert.ok(got.slice(0, firstPiece).some((j) => j.pay.unit === 'hour') && got.slice(0, firstPiece).some((j) => j.pay.unit === 'day'))
  })

  test('sort=nearest: distances from the point, exact to a metre; far points page too', async () => {
    const got = await walk(server, `sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}`, 20)
    assert.ok(got.every((j) => Math.abs(j.distanceMeters! - haversineMetres(CENTRE, j.location)) <= 1))
    // From Beijing every job is hundreds of kilometres away: the search widens until it finds them.
    const far = await walk(server, 'sort=nearest&lat=39.9042&lng=116.4074', 20)
    assertSameJobs(far, all, 'from Beijing')
    assertOrder(far, 'nearest')
    const within = await walk(server, `sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}&radiusKm=2`, 5)
    assertSameJobs(within, all.filter((j) => haversineMetres(CENTRE, j.location) <= 2000), 'radius 2 km')
  })

  test('a cursor belongs to its sort and its point', async () => {
    const newest = await getJson(server, `${API_PREFIX}/jobs?limit=2`, JobPageSchema)
    const nearest = await getJson(server, `${API_PREFIX}/jobs?limit=2&sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}`, JobPageSchema)
    const pay = await getJson(server, `${API_PREFIX}/jobs?limit=2&sort=pay`, JobPageSchema)
    const c = (cursor: string | null) => encodeURIComponent(cursor!)
    await expectBadRequest(server, `sort=pay&cursor=${c(newest.nextCursor)}`, 'INVALID_CURSOR', 'cursor')
    await expectBadRequest(server, `sort=newest&cursor=${c(pay.nextCursor)}`, 'INVALID_CURSOR', 'cursor')
    await expectBadRequest(server, `sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}&cursor=${c(newest.nextCursor)}`, 'INVALID_CURSOR')
    await expectBadRequest(server, `sort=nearest&lat=36.3&lng=${CENTRE.lng}&cursor=${c(nearest.nextCursor)}`, 'INVALID_CURSOR')
    // The same cursor with its own sort and point goes on.
    const next = await getJson(server, `${API_PREFIX}/jobs?limit=2&sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}&cursor=${c(nearest.nextCursor)}`, JobPageSchema)
    assert.equal(next.items.length, 2)
    assert.ok(next.items[0]!.distanceMeters! >= nearest.items[1]!.distanceMeters!)
  })

  test('bad input: typed 400s with Chinese messages, never a 500', async () => {
    await expectBadRequest(server, 'sort=cheapest', 'VALIDATION_FAILED', 'sort')
    await expectBadRequest(server, 'date=yesterday', 'VALIDATION_FAILED', 'date')
    await expectBadRequest(server, 'minPayFen=20000', 'VALIDATION_FAILED', 'minPayFen')
    await expectBadRequest(server, 'payUnit=day&minPayFen=abc', 'VALIDATION_FAILED', 'minPayFen')
    await expectBadRequest(server, 'sort=nearest', 'VALIDATION_FAILED', 'sort')
    await expectBadRequest(server, `q=${encodeURIComponent('保'.repeat(31))}`, 'VALIDATION_FAILED', 'q')
    await expectBadRequest(server, 'category=cleaning,astronaut', 'VALIDATION_FAILED', 'category')
    await expectBadRequest(server, 'payUnit=month', 'VALIDATION_FAILED', 'payUnit')
    await expectBadRequest(server, 'settlement=yearly', 'VALIDATION_FAILED', 'settlement')
    await expectBadRequest(server, 'employmentType=forever', 'VALIDATION_FAILED', 'employmentType')
    await expectBadRequest(server, 'welcomesOlder=yes', 'VALIDATION_FAILED', 'welcomesOlder')
    await expectBadRequest(server, 'cursor=not-a-cursor', 'INVALID_CURSOR', 'cursor')
    // 30 characters is the most, and characters that mean something to LIKE are plain text.
    assert.equal((await request(server, `${API_PREFIX}/jobs?q=${encodeURIComponent('保'.repeat(30))}`)).status, 200)
    for (const q of ['%', '_', '\\', '100%', "'; drop table jobs; --"]) {
      const got = await walk(server, `q=${encodeURIComponent(q)}`)
      assertSameJobs(got, all.filter((j) => matches(j, q)), q)
    }
  })
})

forEachDatabase('bulk jobs seed', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true })
  })
  after(() => server.close())

  test('adds that many open jobs, the same ones every time, all listed and searchable', async () => {
    const before = await walk(server, 'sort=newest')
    assert.equal(await seedBulkJobs(server.db, 600), 600)
    assert.equal(await seedBulkJobs(server.db, 600), 0, 'a second run adds nothing')
    const afterSeed = await walk(server, 'sort=pay')
    assert.equal(afterSeed.length, before.length + 600)
    const rows = await server.db.query<{ n: number }>(
      `select count(*)::int as n from jobs j join employers e on e.id = j.employer_id
       where j.status = 'open' and j.valid_until >= current_date
         and (concat_ws('|', j.title, e.name, j.duties) like '%保洁%' or j.category = (select id from trades where name = '保洁'))`,
    )
    assert.equal((await walk(server, `q=${encodeURIComponent('保洁')}`)).length, rows[0]!.n)
    const stations = await server.db.query<{ id: string }>('select id from stations')
    assert.ok(afterSeed.every((j) => j.stationId === null || stations.some((s) => s.id === j.stationId)))
  })
})

forEachDatabase('keyword near a point over many jobs', (target) => {
  let server: TestServer
  let all: Job[]
  before(async () => {
    server = await startServer(target, { seed: true })
    await loadTrades(server)
    await seedBulkJobs(server.db, 1500)
    all = await walk(server, 'sort=newest', 50)
  })
  after(() => server.close())

  // Rings from the point: small ones read whole, wider ones by the keyword index within the cells
  // around them (migration 0007), the widest by the keyword alone. Whatever rings a page took, it is
  // the oracle's page: every job with the word, nearest first, the same for any page size.
  const points = {
    centre: CENTRE,
    'the city’s edge': { lat: 36.27, lng: 113.02 },
    'between stations': { lat: 36.21, lng: 113.09 },
    'another city': { lat: 39.9042, lng: 116.4074 },
  }
  for (const [where, point] of Object.entries(points)) {
    test(`from ${where}: every job with the word, nearest first, for any page size`, async () => {
      for (const word of ['电', '保洁', '分拣员', '家电清洗', '月球', '力工']) {
        const query = `q=${encodeURIComponent(word)}&sort=nearest&lat=${point.lat}&lng=${point.lng}`
        const expected = all.filter((j) => matches(j, word))
        const byTwenty = await walk(server, query, 20)
        assertSameJobs(byTwenty, expected, `${word} from ${where}`)
        assertOrder(byTwenty, 'nearest')
        assert.ok(byTwenty.every((j) => Math.abs(j.distanceMeters! - haversineMetres(point, j.location)) <= 1))
        assert.deepEqual(ids(await walk(server, query, 7)), ids(byTwenty), `${word} from ${where}: pages of 7`)
      }
    })
  }

  test('within a radius: the keyword’s jobs inside it, nearest first', async () => {
    const query = `q=${encodeURIComponent('保洁')}&sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}&radiusKm=3`
    const got = await walk(server, query, 20)
    const expected = all.filter((j) => matches(j, '保洁') && haversineMetres(CENTRE, j.location) <= 3000)
    assert.ok(expected.length > 20)
    assertSameJobs(got, expected, '保洁 within 3 km')
    assertOrder(got, 'nearest')
  })
})

forEachDatabase('place cells', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target)
  })
  after(() => server.close())

  test('the cells the server asks for a box hold every point of it, as the database files it', async () => {
    // Boxes of the sizes rings take, here and around the zero lines (negative coordinates), with
    // edges on cell boundaries; points at the corners, on the edges and inside.
    const centres = [CENTRE, { lat: 0.005, lng: -0.005 }, { lat: -33.86, lng: 151.21 }, { lat: 36.2, lng: 113.12 }]
    let checked = 0
    for (const centre of centres) {
      for (const metres of [300, 1_200, 4_800, 19_200, 76_800, 307_200]) {
        const dLat = metres / 111_320
        const dLng = metres / (111_320 * Math.cos((centre.lat * Math.PI) / 180))
        const box = { latMin: centre.lat - dLat, latMax: centre.lat + dLat, lngMin: centre.lng - dLng, lngMax: centre.lng + dLng }
        const cells = boxCells(box)
        if (metres <= 76_800) assert.ok(cells, `${metres} m has cells`)
        if (!cells) continue
        assert.ok(cells.length <= 16)
        // Cell edges inside the box, of each size, where a point belongs to the next cell up.
        const edges = (min: number, max: number) =>
          [100, 25, 6.25, 1.5625].map((perDegree) => Math.ceil(min * perDegree) / perDegree).filter((edge) => edge <= max)
        const lats = [box.latMin, box.latMax, (box.latMin + box.latMax) / 2, ...edges(box.latMin, box.latMax)]
        const lngs = [box.lngMin, box.lngMax, (box.lngMin + box.lngMax) / 2, ...edges(box.lngMin, box.lngMax)]
        const missed = await server.db.query<{ lat: number; lng: number }>(
          `select lat, lng from unnest($1::float8[]) lat cross join unnest($2::float8[]) lng
           where not job_place_cells(lat, lng) && $3::text[]`,
          [lats, lngs, cells],
        )
        assert.deepEqual(missed, [], `box of ${metres} m around ${centre.lat},${centre.lng}`)
        checked += lats.length * lngs.length
      }
    }
    assert.ok(checked > 200)
  })

  test('a box too wide for the coarsest cells gets none: the keyword alone finds its jobs', () => {
    assert.equal(boxCells({ latMin: 20, latMax: 50, lngMin: 100, lngMax: 130 }), null)
  })
})
