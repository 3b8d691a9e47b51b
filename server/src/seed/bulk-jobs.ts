import { JobCategories, type JobCategory } from '../../../src/shared/contracts/index'
import type { SqlDb } from '../db/sql-db'
import { buildDemoCity, shiftTimes } from './demo-city'
import { EMPLOYERS } from './employers'
import { JOB_TEMPLATES, NO_FEES_NOTE, type JobTemplate } from './job-templates'
import { addDays } from '../city-time'
import { createRandom, seedUuid, type Random } from './random'

/** Its own seed, apart from the demo city's: the same count and date always give the same rows. */
const BULK_SEED = 20_261_202

/** Rows per insert: 1,000 rows × 27 columns stays under PostgreSQL's 65,535 parameters. */
const CHUNK = 1_000

const COLUMNS = [
  'id', 'title', 'category', 'employer_id', 'station_id', 'headcount', 'duties', 'requirements', 'conditions',
  'address', 'district', 'lat', 'lng', 'pay_amount_fen', 'pay_unit', 'settlement', 'employment_type',
  'work_date_start', 'work_date_end', 'work_hours', 'valid_until', 'posted_at',
  'hiring_mode', 'welcomes_older', 'meeting_point', 'work_start_time', 'work_end_time',
] as const

const CATEGORIES = Object.keys(JobCategories) as JobCategory[]

function payFen(random: Random, option: JobTemplate['pay'][number]): number {
  if (option.unit === 'piece' && option.max < 1) return random.int(option.min * 10, option.max * 10) * 10
  return random.int(option.min, option.max) * 100
}

/** Spread around its station (≈ up to 6 km), wider than the demo's, so distance sorts have work to do. */
const around = (random: Random, value: number) => Math.round((value + (random.next() - 0.5) * 0.11) * 1e6) / 1e6

/**
 * One open post, like the demo city's: an employer that does this kind of work, its district's
 * station, the category's titles, duties, pay and hours. Posted over the last 30 days, valid for
 * 1–30 more, work starting from 3 days ago to 3 weeks ahead.
 */
function bulkJob(random: Random, index: number, today: string, city: ReturnType<typeof buildDemoCity>): unknown[] {
  const category = random.pick(CATEGORIES)
  const template = JOB_TEMPLATES[category]
  const hiring = EMPLOYERS.map((e, i) => ({ e, i })).filter(({ e }) => e.categories.includes(category))
  const { e: employerSeed, i: employerIndex } = random.pick(hiring)
  const local = city.stations.filter((s) => s.district === employerSeed.district)
  const anchor = random.pick(local.length ? local : city.stations)
  const station = random.chance(0.9) ? anchor : null
  const employmentType = random.pick(template.employmentTypes)
  const workHours = random.pick(template.workHours)
  const payOption = random.pick(template.pay)
  const workDateStart = addDays(today, random.int(-3, 21))
  const [title, duties] = random.pick(template.roles)
  const postedMs = Date.parse(`${today}T00:00:00+08:00`) - random.int(1, 30 * 24 * 60) * 60_000
  const { workStartTime, workEndTime } = shiftTimes(workHours)
  return [
    seedUuid(`bulk-job:${index}`),
    title,
    category,
    city.employers[employerIndex]!.id,
    station?.id ?? null,
    random.int(template.headcount[0], template.headcount[1]),
    `${duties}${payOption.piece ? `按${payOption.piece}计酬。` : ''}`,
    random.pick(template.requirements),
    `${random.pick(template.conditions)}${NO_FEES_NOTE}`,
    `${anchor.address.replace(/\s*\d+ 号.*$/, '')}附近`,
    anchor.district,
    around(random, anchor.lat),
    around(random, anchor.lng),
    payFen(random, payOption),
    payOption.unit,
    random.pick(template.settlements),
    employmentType,
    workDateStart,
    addDays(workDateStart, random.int(1, template.maxDays) - 1),
    workHours,
    addDays(today, random.int(1, 30)),
    new Date(postedMs).toISOString(),
    random.chance(0.4) ? 'first_come' : 'review',
    random.chance(0.25),
    '',
    workStartTime,
    workEndTime,
  ]
}

/**
 * `npm run db:seed -- --jobs=N`: N more open jobs for benchmarks, posted by the demo city's
 * employers at its stations (seed the city first). Deterministic: ids follow from the index, so a
 * second run with the same N adds nothing. Multi-row inserts in one transaction, then ANALYZE.
 * Returns the number of rows added.
 */
export async function seedBulkJobs(db: SqlDb, count: number, options: { today?: string; onProgress?: (done: number) => void } = {}): Promise<number> {
  const today = options.today ?? (await db.query<{ today: string }>('select current_date as today'))[0]!.today
  const city = buildDemoCity(today)
  const random = createRandom(BULK_SEED)
  let added = 0
  await db.transaction(async (tx) => {
    // Updating the indexes row by row (the keyword GIN index above all) costs most of a bulk load;
    // building them once afterwards is several times faster (PostgreSQL's "Populating a Database").
    const indexes = await tx.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
       where schemaname = current_schema() and tablename = 'jobs' and indexdef not like 'CREATE UNIQUE%'`,
    )
    for (const index of indexes) await tx.exec(`drop index ${index.name}`)
    for (let start = 0; start < count; start += CHUNK) {
      const params: unknown[] = []
      const tuples: string[] = []
      for (let i = start; i < Math.min(start + CHUNK, count); i++) {
        const row = bulkJob(random, i, today, city)
        tuples.push(`(${row.map((value) => `$${params.push(value)}`).join(', ')})`)
      }
      const rows = await tx.query(
        `insert into jobs (${COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict do nothing returning 1`,
        params,
      )
      added += rows.length
      options.onProgress?.(Math.min(start + CHUNK, count))
    }
    await tx.exec(`set local maintenance_work_mem = '256MB'`)
    for (const index of indexes) await tx.exec(index.definition)
  })
  await db.exec('analyze jobs')
  return added
}
