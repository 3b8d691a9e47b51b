import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, JobPageSchema, JobSchema, StationSchema, type Job } from '../../src/shared/contracts/index'
import { allPages, forEachDatabase, getJson, startServer, type TestServer } from './helper'
import { haversineMetres } from './geo'

/** Every page of GET /jobs?query. */
const walk = (server: TestServer, query: string) =>
  allPages((cursor) =>
    getJson(server, `${API_PREFIX}/jobs?${query}${cursor ? `${query ? '&' : ''}cursor=${encodeURIComponent(cursor)}` : ''}`, JobPageSchema),
  )

/** Newest first: posted_at descending, then id descending. */
function assertNewestFirst(items: Job[]) {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!
    const b = items[i]!
    const order = Date.parse(a.postedAt) - Date.parse(b.postedAt) || (a.id > b.id ? 1 : -1)
    assert.ok(order > 0, `${a.id} (${a.postedAt}) before ${b.id} (${b.postedAt})`)
  }
}

forEachDatabase('jobs', (target) => {
  let server: TestServer
  let openCount = 0
  before(async () => {
    server = await startServer(target, { seed: true })
    const rows = await server.db.query<{ n: number }>(
      `select count(*)::int as n from jobs where status = 'open' and valid_until >= current_date`,
    )
    openCount = rows[0]!.n
  })
  after(() => server.close())

  test('paging walks every open job once, newest first', async () => {
    const { items, pages } = await walk(server, 'limit=37')
    assert.equal(items.length, openCount)
    assert.ok(openCount >= 300)
    assert.equal(pages, Math.ceil(openCount / 37))
    assert.equal(new Set(items.map((j) => j.id)).size, items.length)
    assertNewestFirst(items)
    assert.ok(items.every((j) => j.status === 'open' && j.distanceMeters === null))
  })

  test('the default page holds 20; the last page has no cursor', async () => {
    const first = await getJson(server, `${API_PREFIX}/jobs`, JobPageSchema)
    assert.equal(first.items.length, 20)
    assert.ok(first.nextCursor)
    const all = await getJson(server, `${API_PREFIX}/jobs?limit=50`, JobPageSchema)
    assert.deepEqual(all.items.slice(0, 20), first.items)
  })

  test('no expired, filled or closed job is listed', async () => {
    const hidden = await server.db.query<{ id: string }>(
      `select id from jobs where status <> 'open' or valid_until < current_date`,
    )
    assert.ok(hidden.length > 0, 'the seed has some to hide')
    const { items } = await walk(server, 'limit=50')
    const shown = new Set(items.map((j) => j.id))
    assert.ok(hidden.every((row) => !shown.has(row.id)))
  })

  test('stationId: only that station’s jobs, as many as its openJobCount', async () => {
    const station = await getJson(server, `${API_PREFIX}/stations/by-code/LZ01`, StationSchema)
    const { items } = await walk(server, `stationId=${station.id}&limit=7`)
    assert.ok(items.length > 0)
    assert.equal(items.length, station.openJobCount)
    assert.ok(items.every((j) => j.stationId === station.id && j.stationName === station.name))
    assertNewestFirst(items)
  })

  test('category filter', async () => {
    const { items } = await walk(server, 'category=electrician&limit=50')
    assert.ok(items.length > 0)
    assert.ok(items.every((j) => j.category === 'electrician'))
  })

  test('radius: distances in metres, only jobs within the radius, and all of them', async () => {
    const here = { lat: 36.1954, lng: 113.1163 }
    const { items: all } = await walk(server, `lat=${here.lat}&lng=${here.lng}&limit=50`)
    assert.ok(all.every((j) => j.distanceMeters !== null && Math.abs(j.distanceMeters - haversineMetres(here, j.location)) <= 1))
    const { items: near } = await walk(server, `lat=${here.lat}&lng=${here.lng}&radiusKm=3&limit=50`)
    assert.ok(near.length > 0 && near.length < all.length)
    assert.ok(near.every((j) => j.distanceMeters! <= 3000))
    const expected = all.filter((j) => haversineMetres(here, j.location) <= 3000 - 1).map((j) => j.id)
    const got = new Set(near.map((j) => j.id))
    assert.ok(expected.every((id) => got.has(id)))
  })

  test('radius without a location, lat without lng, a limit too big: 400 with fields', async () => {
    const cases: [string, string][] = [
      ['radiusKm=3', 'radiusKm'],
      ['lat=36.1', 'lat'],
      ['limit=51', 'limit'],
      ['category=astronaut', 'category'],
      ['stationId=nope', 'stationId'],
    ]
    for (const [query, field] of cases) {
      const body = await getJson(server, `${API_PREFIX}/jobs?${query}`, ErrorBodySchema, 400)
      assert.equal(body.error.code, 'VALIDATION_FAILED', query)
      assert.ok(body.error.fields?.[field], `${query} names ${field}`)
    }
  })

  test('an invalid cursor: 400 INVALID_CURSOR', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')
    for (const cursor of ['garbage', forged, '%%%']) {
      const body = await getJson(server, `${API_PREFIX}/jobs?cursor=${encodeURIComponent(cursor)}`, ErrorBodySchema, 400)
      assert.equal(body.error.code, 'INVALID_CURSOR')
    }
  })

  test('detail: the same job as in the list; distance when a location is given', async () => {
    const page = await getJson(server, `${API_PREFIX}/jobs?limit=1`, JobPageSchema)
    const listed = page.items[0]!
    const job = await getJson(server, `${API_PREFIX}/jobs/${listed.id}`, JobSchema)
    assert.deepEqual(job, listed)
    const near = await getJson(server, `${API_PREFIX}/jobs/${listed.id}?lat=${listed.location.lat}&lng=${listed.location.lng}`, JobSchema)
    assert.equal(near.distanceMeters, 0)
  })

  test('detail of an unknown job: 404 JOB_NOT_FOUND; a malformed id: 400', async () => {
    const missing = await getJson(server, `${API_PREFIX}/jobs/3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c`, ErrorBodySchema, 404)
    assert.equal(missing.error.code, 'JOB_NOT_FOUND')
    const bad = await getJson(server, `${API_PREFIX}/jobs/123`, ErrorBodySchema, 400)
    assert.ok(bad.error.fields?.id)
  })

  test('a job posted now (microsecond timestamp) pages correctly after the seeded ones', async () => {
    const [employer] = await server.db.query<{ id: string }>('select id from employers limit 1')
    const inserted = await server.db.query<{ id: string }>(
      `insert into jobs (title, category, employer_id, headcount, duties, requirements, conditions, address, district,
         lat, lng, pay_amount_fen, pay_unit, settlement, employment_type, work_date_start, work_date_end, work_hours, valid_until)
       select title, category, $1, headcount, duties, requirements, conditions, address, district, lat, lng,
         pay_amount_fen, pay_unit, settlement, employment_type, current_date, current_date, work_hours, current_date + 3
       from jobs limit 2 returning id`,
      [employer!.id],
    )
    try {
      const { items } = await walk(server, 'limit=1')
      assert.equal(items.length, openCount + 2)
      assert.deepEqual(new Set(items.slice(0, 2).map((j) => j.id)), new Set(inserted.map((r) => r.id)))
      assertNewestFirst(items.slice(0, 5))
    } finally {
      await server.db.query('delete from jobs where id = any($1::uuid[])', [inserted.map((r) => r.id)])
    }
  })
})
