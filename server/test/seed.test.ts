import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { IdSchema, JobCategories } from '../../src/shared/contracts/index'
import { migrate } from '../src/db/migrate'
import { addDays } from '../src/city-time'
import type { SqlDb } from '../src/db/sql-db'
import { buildDemoCity } from '../src/seed/demo-city'
import { refreshStaleDemo, seed, seedIfEmpty } from '../src/seed/index'
import { forEachDatabase, type FreshDatabase } from './helper'

const TODAY = '2026-03-02'

/** Every seeded table, row by row, without the insertion timestamps. */
async function dump(db: SqlDb) {
  const tables = ['stations', 'employers', 'jobs', 'users', 'applications', 'ratings', 'messages', 'subsidy_applications']
  const out: Record<string, unknown[]> = {}
  for (const table of tables) {
    const rows = await db.query<Record<string, unknown>>(`select * from ${table} order by id`)
    // Stations are only ever changed by staff later: their updated_at, like created_at, is the insert's time.
    out[table] = rows.map(({ created_at: _c, ...rest }) => (table === 'stations' ? { ...rest, updated_at: null } : rest))
  }
  return out
}

/**
 * How the first page of open jobs (the list's query shape) would be run as of `date`. With
 * statistics the planner walks the list index and stops after a page; without them it guesses
 * one row and sorts every open job instead.
 */
async function firstPagePlan(db: SqlDb, date: string): Promise<string> {
  const rows = await db.query<{ 'QUERY PLAN': string }>(
    `explain select j.id from jobs j join employers e on e.id = j.employer_id left join stations s on s.id = j.station_id
     where j.status = 'open' and j.valid_until >= '${date}'::date order by j.posted_at desc, j.id desc limit 21`,
  )
  return rows.map((r) => r['QUERY PLAN']).join('\n')
}

function assertWalksListIndex(plan: string) {
  assert.match(plan, /Index Scan using jobs_open_posted_idx/, plan)
  assert.doesNotMatch(plan, /\bSort\b/, plan)
}

forEachDatabase('demo city seed', (target) => {
  let a: FreshDatabase
  let b: FreshDatabase
  before(async () => {
    a = await target.create()
    b = await target.create()
    await migrate(a.db)
    await migrate(b.db)
  })
  after(async () => {
    await a.drop()
    await b.drop()
  })

  test('two seeds of fresh databases give identical data', async () => {
    await seed(a.db, TODAY)
    await seed(b.db, TODAY)
    assert.deepEqual(await dump(a.db), await dump(b.db))
  })

  test('seeding again adds nothing; seedIfEmpty leaves a seeded database alone', async () => {
    const before = await dump(a.db)
    assert.deepEqual(await seed(a.db, TODAY), { stations: 0, employers: 0, jobs: 0, users: 0, applications: 0 })
    assert.equal(await seedIfEmpty(a.db), null)
    assert.deepEqual(await dump(a.db), before)
  })

  test('the seed leaves planner statistics behind: a page of jobs is read from the list index', async () => {
    assertWalksListIndex(await firstPagePlan(a.db, TODAY))
  })

  test('counts: ≥ 12 stations, ≥ 40 employers, ≥ 300 open jobs covering every category', async () => {
    const [counts] = await a.db.query<{ stations: number; employers: number; open_jobs: number; categories: number }>(
      `select (select count(*)::int from stations) as stations,
              (select count(*)::int from employers) as employers,
              (select count(*)::int from jobs where status = 'open' and valid_until >= $1::date) as open_jobs,
              (select count(distinct category)::int from jobs where status = 'open' and valid_until >= $1::date) as categories`,
      [TODAY],
    )
    assert.ok(counts!.stations >= 12)
    assert.ok(counts!.employers >= 40)
    assert.ok(counts!.open_jobs >= 300)
    assert.equal(counts!.categories, Object.keys(JobCategories).length)
  })

  test('demo accounts exist with their links', async () => {
    const users = await a.db.query<{ phone: string; role: string; employer_id: string | null; station_id: string | null; staff_scope: string | null }>(
      `select phone, role, employer_id, station_id, staff_scope from users where phone like '1380000000_' order by phone`,
    )
    assert.deepEqual(
      users.map((u) => [u.phone, u.role, u.employer_id !== null, u.station_id !== null, u.staff_scope]),
      [
        ['13800000001', 'worker', false, false, null],
        ['13800000002', 'employer', true, false, null],
        ['13800000003', 'staff', false, true, 'district'],
        ['13800000004', 'worker', false, false, null],
        ['13800000005', 'worker', false, false, null],
        ['13800000006', 'employer', true, false, null],
        ['13800000007', 'staff', false, false, 'city'],
      ],
    )
  })

  test('subsidy applications: the demo workers have a few in different statuses, each with its timeline, handled by the demo staff district', async () => {
    const rows = await a.db.query<{ phone: string; status: string; region: string; steps: number; last: string; paid: boolean; note: string | null }>(
      `select u.phone, s.status, s.region, s.staff_note as note, s.paid_amount_fen is not null as paid,
              (select count(*)::int from subsidy_application_events e where e.application_id = s.id) as steps,
              (select e.status from subsidy_application_events e where e.application_id = s.id order by e.at desc, e.id desc limit 1) as last
         from subsidy_applications s join users u on u.id = s.person_id order by s.submitted_at`,
    )
    assert.ok(rows.length >= 2)
    assert.ok(new Set(rows.map((r) => r.status)).size >= 3, 'several statuses')
    assert.ok(rows.every((r) => r.last === r.status && r.steps >= 2), 'the timeline ends at the status')
    assert.ok(rows.every((r) => r.phone === '13800000001' || r.phone === '13800000004'), 'not the graduate: the demo story has them apply')
    assert.ok(rows.some((r) => r.status === 'paid' && r.paid))
    assert.ok(rows.some((r) => r.status === 'needs_more' && r.note))
    const [staff] = await a.db.query<{ staff_district: string }>(`select staff_district from users where phone = '13800000003'`)
    assert.ok(rows.every((r) => r.region === staff!.staff_district))
  })

  test('hiring: both hiring modes, older-friendly posts, places that add up, every application status, ratings', async () => {
    const [jobs] = await a.db.query<{ first_come: number; review: number; older: number; few_left: number; over: number; miscounted: number }>(
      `select count(*) filter (where hiring_mode = 'first_come')::int as first_come,
              count(*) filter (where hiring_mode = 'review')::int as review,
              count(*) filter (where welcomes_older)::int as older,
              count(*) filter (where status = 'open' and headcount - hired_count between 1 and 2 and hired_count > 0)::int as few_left,
              count(*) filter (where hired_count > headcount)::int as over,
              count(*) filter (where hired_count <> (select count(*) from applications a
                 where a.job_id = jobs.id and a.status in ('hired','checked_in','completed')))::int as miscounted
       from jobs`,
    )
    assert.ok(jobs!.first_come >= 30 && jobs!.review >= 30, JSON.stringify(jobs))
    assert.ok(jobs!.older >= 20)
    assert.ok(jobs!.few_left >= 5)
    assert.equal(jobs!.over, 0)
    assert.equal(jobs!.miscounted, 0, 'hired_count matches the applications that hold a place')
    const statuses = await a.db.query<{ status: string }>(`select distinct status from applications order by status`)
    assert.deepEqual(statuses.map((r) => r.status), ['applied', 'cancelled', 'checked_in', 'completed', 'hired', 'no_show', 'rejected'])
    const [ratings] = await a.db.query<{ worker: number; employer: number; sums: boolean }>(
      `select count(*) filter (where rater = 'worker')::int as worker, count(*) filter (where rater = 'employer')::int as employer,
              (select sum(rating_count) from employers) = count(*) filter (where rater = 'worker') as sums
       from ratings`,
    )
    assert.ok(ratings!.worker >= 3 && ratings!.employer >= 3)
    assert.ok(ratings!.sums, 'employers\' rating counts match the ratings given')
    const [owned] = await a.db.query<{ n: number }>(
      `select count(distinct u.phone)::int as n from users u join jobs j on j.employer_id = u.employer_id
       where u.phone in ('13800000002', '13800000006') and j.status = 'open' and j.valid_until >= $1::date`,
      [TODAY],
    )
    assert.equal(owned!.n, 2, 'both demo employers own open posts')
  })
})

test('the demo city obeys the job-post rules and moves with the date', () => {
  const city = buildDemoCity(TODAY)
  const ids = [...city.stations, ...city.employers, ...city.jobs, ...city.users].map((row) => row.id)
  assert.ok(ids.every((id) => IdSchema.safeParse(id).success), 'ids are RFC 4122 v4')
  assert.equal(new Set(ids).size, ids.length)
  assert.ok(city.stations.every((s) => /^[A-Z0-9]{2,12}$/.test(s.code)))

  // 就业促进法 / 妇女权益保障法: no sex, ethnicity, religion, household-registration or marriage
  // conditions; no fees or deposits (the "we charge nothing" note is the only mention allowed).
  const banned = /男性|限男|女性|限女|民族|宗教|户籍|本地户口|户口所在|本地人|已婚|未婚|婚育|生育|收费|押金|培训费|服装费|体检费|保证金/
  for (const job of city.jobs) {
    const text = `${job.title}${job.duties}${job.requirements}${job.conditions}`.replaceAll('不收取任何费用、押金。', '')
    assert.doesNotMatch(text, banned, job.title)
    if (job.payUnit === 'hour') assert.ok(job.payAmountFen >= 2000, `${job.title} pays at least 20 元/小时`)
    assert.ok(job.workDateEnd >= job.workDateStart)
    assert.ok(job.postedAt < `${TODAY}T00:00:00+08:00`, 'posted before the seed day')
    if (job.status === 'open' && job.validUntil >= TODAY) assert.ok(job.validUntil > TODAY, 'valid into the future')
  }
  // Part-time work (非全日制): at most 4 hours a day.
  for (const job of city.jobs.filter((j) => j.employmentType === 'part_time')) {
    const [, h1, m1, h2, m2] = /^(\d{2}):(\d{2})–(\d{2}):(\d{2})$/.exec(job.workHours) ?? []
    assert.ok(h1 && Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1)) <= 240, job.workHours)
  }

  const later = buildDemoCity('2026-03-09')
  assert.deepEqual(later.jobs.map((j) => j.id), city.jobs.map((j) => j.id))
  assert.notDeepEqual(later.jobs.map((j) => j.workDateStart), city.jobs.map((j) => j.workDateStart))
})

forEachDatabase('an old demo database', (target) => {
  test('when every post has expired, the jobs move forward to look as on their seed day', async () => {
    const fresh = await target.create()
    try {
      await migrate(fresh.db)
      const [{ today }] = (await fresh.db.query<{ today: string }>('select current_date as today')) as [{ today: string }]
      const seedDay = addDays(today, -40)
      await seed(fresh.db, seedDay)
      const shown = () =>
        fresh.db.query<{ n: number }>(`select count(*)::int as n from jobs where status = 'open' and valid_until >= current_date`)
      assert.equal((await shown())[0]!.n, 0)

      assert.equal(await refreshStaleDemo(fresh.db), 40)
      const expected = buildDemoCity(today).jobs.filter((j) => j.status === 'open' && j.validUntil >= today).length
      assert.equal((await shown())[0]!.n, expected)
      assertWalksListIndex(await firstPagePlan(fresh.db, today))
      const [first] = await fresh.db.query<{ work_date_start: string }>('select work_date_start from jobs order by id limit 1')
      const rebuilt = buildDemoCity(today).jobs.sort((a, b) => (a.id < b.id ? -1 : 1))[0]!
      assert.equal(first!.work_date_start, rebuilt.workDateStart)

      assert.equal(await refreshStaleDemo(fresh.db), 0, 'a fresh board is left alone')
    } finally {
      await fresh.drop()
    }
  })
})
