import { CITY_TIME_ZONE } from '../db/parsers'
import type { SqlDb } from '../db/sql-db'
import { DEMO_CITY_MIN_HOURLY_WAGE } from './city'
import { buildDemoCity, type DemoCity } from './demo-city'
import { buildPolicies, type SeedPolicy } from './policies'
import { buildSubsidyApplications } from './subsidies'

export interface SeedCounts {
  stations: number
  employers: number
  jobs: number
  users: number
  applications: number
}

/** Today's date in the city's zone, as the database sees it: seeded work dates are relative to it. */
async function cityToday(db: SqlDb): Promise<string> {
  const rows = await db.query<{ today: string }>('select current_date as today')
  return rows[0]!.today
}

/** The tables the seed fills. */
const SEEDED_TABLES = 'stations, employers, jobs, users, applications, application_events, ratings, messages, policies, subsidy_applications'

/**
 * Loads the demo city. Idempotent: every row has a fixed id and existing rows are left alone, so a
 * second run adds nothing (and never overwrites what people changed since).
 *
 * Then collects planner statistics: without them PostgreSQL guesses one row in `jobs` and sorts the
 * whole table for every page instead of walking the list index. PGlite has no autovacuum to do it
 * later, and PostgreSQL's would only get round to it a minute or so after the load.
 */
export async function seed(db: SqlDb, today?: string): Promise<SeedCounts> {
  const day = today ?? (await cityToday(db))
  const city = buildDemoCity(day)
  const counts = await db.transaction(async (tx) => {
    const inserted = await insertCity(tx, city)
    const policies = buildPolicies(day)
    await insertPolicies(tx, policies)
    await insertSubsidyApplications(tx, buildSubsidyApplications(policies, day, city.stations[0]!.district))
    return inserted
  })
  if (Object.values(counts).some((n) => n > 0)) await db.exec(`analyze ${SEEDED_TABLES}`)
  return counts
}

/** Seeds only a database without stations: the first start of a demo. Returns null when it did nothing. */
export async function seedIfEmpty(db: SqlDb): Promise<SeedCounts | null> {
  const rows = await db.query<{ n: number }>('select count(*)::int as n from stations')
  if ((rows[0]?.n ?? 0) > 0) return null
  return seed(db)
}

/**
 * A demo database left alone for weeks ends up with every post expired and an empty board. When
 * no job is shown any more, move all jobs' dates forward so the demo looks as it did on the day
 * it was seeded. Returns the number of days moved (0 when nothing was stale).
 */
export async function refreshStaleDemo(db: SqlDb): Promise<number> {
  const days = await db.transaction(async (tx) => {
    const [state] = await tx.query<{ shown: number; total: number; days: number | null }>(
      `select count(*) filter (where status = 'open' and valid_until >= current_date)::int as shown,
              count(*)::int as total,
              -- Seeded posts were all posted before their seed day; the newest one dates that day.
              current_date - ((max(posted_at) at time zone '${CITY_TIME_ZONE}')::date + 1) as days
       from jobs`,
    )
    if (!state || state.total === 0 || state.shown > 0 || !state.days || state.days <= 0) return 0
    await tx.query(
      `update jobs set
         work_date_start = work_date_start + $1::int,
         work_date_end = work_date_end + $1::int,
         valid_until = valid_until + $1::int,
         posted_at = posted_at + make_interval(days => $1::int)`,
      [state.days],
    )
    return state.days
  })
  // The date columns' statistics describe the old dates: "valid through today" would look empty.
  if (days > 0) await db.exec('analyze jobs')
  return days
}

/** Multi-row inserts in chunks: one statement per row would make the first start slow on PGlite. */
async function insertRows(db: SqlDb, table: string, columns: string[], rows: unknown[][], chunk = 100): Promise<number> {
  let inserted = 0
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk)
    const params: unknown[] = []
    const tuples = part.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`)
    const result = await db.query<{ id: string }>(
      `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')} on conflict do nothing returning id`,
      params,
    )
    inserted += result.length
  }
  return inserted
}

/** The policy library (its own count is not part of SeedCounts: a second run adds none either way). */
async function insertPolicies(db: SqlDb, policies: SeedPolicy[]): Promise<number> {
  return insertRows(
    db,
    'policies',
    [
      'id', 'title', 'issuer', 'doc_number', 'region', 'category', 'audience', 'amount', 'materials', 'apply_method',
      'effective_from', 'expires_on', 'full_text', 'conditions', 'status', 'published_at', 'created_at', 'updated_at',
      'application_form',
    ],
    policies.map((p) => [
      p.id, p.title, p.issuer, p.docNumber, p.region, p.category, p.audience, JSON.stringify(p.amount), p.materials,
      JSON.stringify(p.applyMethod), p.effectiveFrom, p.expiresOn, JSON.stringify(p.fullText), JSON.stringify(p.conditions),
      p.status, p.publishedAt, p.updatedAt, p.updatedAt, p.applicationForm === null ? null : JSON.stringify(p.applicationForm),
    ]),
  )
}

/** The demo subsidy applications; their timelines only on a first load (events have no fixed ids). */
async function insertSubsidyApplications(db: SqlDb, demo: ReturnType<typeof buildSubsidyApplications>): Promise<void> {
  const inserted = await insertRows(
    db,
    'subsidy_applications',
    ['id', 'policy_id', 'person_id', 'status', 'region', 'fields', 'staff_note', 'paid_amount_fen', 'paid_on', 'submitted_at', 'updated_at'],
    demo.applications.map((a) => [
      a.id, a.policyId, a.personId, a.status, a.region, JSON.stringify(a.fields), a.staffNote, a.paidAmountFen, a.paidOn, a.submittedAt, a.updatedAt,
    ]),
  )
  if (inserted === 0) return
  await insertRows(
    db,
    'subsidy_application_events',
    ['application_id', 'status', 'resubmitted', 'note', 'staff_id', 'at'],
    demo.events.map((e) => [e.applicationId, e.status, e.resubmitted, e.note, e.staffId, e.at]),
  )
}

async function insertCity(db: SqlDb, city: DemoCity): Promise<SeedCounts> {
  const stations = await insertRows(
    db,
    'stations',
    ['id', 'code', 'name', 'district', 'address', 'lat', 'lng', 'hours', 'phone'],
    city.stations.map((s) => [s.id, s.code, s.name, s.district, s.address, s.lat, s.lng, s.hours, s.phone]),
  )
  const employerStars = (id: string) => city.employerRatings.get(id) ?? { sum: 0, count: 0 }
  const employers = await insertRows(
    db,
    'employers',
    [
      'id', 'name', 'credit_code', 'credit_code_valid', 'verification_status', 'verified_at', 'updated_at', 'address', 'district',
      'contact_name', 'contact_phone', 'rating_sum', 'rating_count',
    ],
    city.employers.map((e) => [
      e.id, e.name, e.creditCode, true, e.verified ? 'verified' : 'pending', e.verified ? e.verifiedAt : null, e.verifiedAt, e.address, e.district,
      e.contactName, e.contactPhone, employerStars(e.id).sum, employerStars(e.id).count,
    ]),
  )
  const jobs = await insertRows(
    db,
    'jobs',
    [
      'id', 'title', 'category', 'employer_id', 'station_id', 'headcount', 'duties', 'requirements', 'conditions',
      'address', 'district', 'lat', 'lng', 'pay_amount_fen', 'pay_unit', 'settlement', 'employment_type',
      'work_date_start', 'work_date_end', 'work_hours', 'valid_until', 'status', 'posted_at', 'updated_at',
      'hiring_mode', 'welcomes_older', 'meeting_point', 'work_start_time', 'work_end_time', 'hired_count',
    ],
    city.jobs.map((j) => [
      j.id, j.title, j.category, j.employerId, j.stationId, j.headcount, j.duties, j.requirements, j.conditions,
      j.address, j.district, j.lat, j.lng, j.payAmountFen, j.payUnit, j.settlement, j.employmentType,
      j.workDateStart, j.workDateEnd, j.workHours, j.validUntil, j.status, j.postedAt, j.postedAt,
      j.hiringMode, j.welcomesOlder, j.meetingPoint, j.workStartTime, j.workEndTime, j.hiredCount,
    ]),
  )
  const workerStars = (id: string) => city.workerRatings.get(id) ?? { sum: 0, count: 0 }
  const users = await insertRows(
    db,
    'users',
    ['id', 'role', 'phone', 'display_name', 'employer_id', 'station_id', 'staff_scope', 'staff_district', 'rating_sum', 'rating_count'],
    city.users.map((u) => [
      u.id, u.role, u.phone, u.displayName, u.employerId, u.stationId, u.staffScope ?? null, u.staffDistrict ?? null,
      workerStars(u.id).sum, workerStars(u.id).count,
    ]),
  )
  const applications = await insertRows(
    db,
    'applications',
    ['id', 'job_id', 'worker_id', 'status', 'created_at', 'updated_at', 'checked_in_at', 'check_in_method'],
    city.applications.map((a) => [a.id, a.jobId, a.workerId, a.status, a.createdAt, a.updatedAt, a.checkedInAt, a.checkInMethod]),
  )
  // Events, ratings and messages belong to the applications: only a first load writes them.
  if (applications > 0) {
    await insertRows(
      db,
      'application_events',
      ['application_id', 'status', 'actor', 'reason', 'at'],
      city.events.map((e) => [e.applicationId, e.status, e.actor, e.reason, e.at]),
    )
    await insertRows(
      db,
      'ratings',
      ['id', 'application_id', 'rater', 'rater_user_id', 'stars', 'tags', 'comment', 'created_at'],
      city.ratings.map((r) => [r.id, r.applicationId, r.rater, r.raterUserId, r.stars, r.tags, r.comment, r.createdAt]),
    )
    await insertRows(
      db,
      'messages',
      ['id', 'user_id', 'kind', 'title', 'body', 'link_kind', 'link_id', 'dedupe_key', 'created_at'],
      city.messages.map((m) => [m.id, m.userId, m.kind, m.title, m.body, m.linkKind, m.linkId, m.dedupeKey, m.createdAt]),
    )
  }
  await db.query(
    `insert into city_settings (key, value, source) values ($1, $2, $3) on conflict (key) do nothing`,
    ['min_hourly_wage_fen', JSON.stringify(DEMO_CITY_MIN_HOURLY_WAGE.fen), DEMO_CITY_MIN_HOURLY_WAGE.source],
  )
  return { stations, employers, jobs, users, applications }
}
