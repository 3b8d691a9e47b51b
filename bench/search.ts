// Search over 100,000 jobs on PostgreSQL: a temporary database with the demo city plus the bulk
// jobs, the real API server on it, and per query shape the time inside the server (p50/p99, from
// Server-Timing) at a modest concurrency; then a realistic mix of the shapes, the anonymous first
// page of the home feed and the bare route at full concurrency, in the same run.
import { createPostgresDb } from '../server/src/db/postgres'
import { migrate } from '../server/src/db/migrate'
import { seedBulkJobs } from '../server/src/seed/bulk-jobs'
import { seed } from '../server/src/seed/index'
import { createTemporaryDatabase } from '../test/support/postgres'
import { load, type LoadResult } from './load'

export const BULK_JOBS = Number(process.env.BENCH_JOBS ?? 100_000)

/** 长治's centre: where the home feed of someone who shares no location is measured from. */
const CENTRE = { lat: 36.1954, lng: 113.1163 }
const KEYWORDS = ['电', '保洁', '搬运', '电工', '保安', '分拣员', '月嫂', '快递分拣', '党参分拣', '家电清洗']
const CATEGORIES = ['cleaning', 'loading', 'catering', 'sorting', 'construction', 'electrician', 'security', 'factory']

/** Deterministic choices, so two runs ask the same questions. */
function chooser(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! }
}

interface Shape {
  name: string
  path: () => string
}

function shapes(stationIds: string[], secondPages: string[]): Shape[] {
  const r = chooser(7)
  const q = () => encodeURIComponent(r.pick(KEYWORDS))
  // Somewhere in the city's built-up area.
  const here = () => `lat=${(CENTRE.lat + (r.next() - 0.5) * 0.16).toFixed(5)}&lng=${(CENTRE.lng + (r.next() - 0.5) * 0.2).toFixed(5)}`
  const J = '/api/v1/jobs?'
  return [
    { name: 'home feed: nearest the city centre', path: () => `${J}sort=nearest&lat=${CENTRE.lat}&lng=${CENTRE.lng}&limit=20` },
    { name: 'newest, no filter', path: () => `${J}limit=20` },
    { name: 'keyword (1–4 characters)', path: () => `${J}q=${q()}&limit=20` },
    { name: 'keyword, nearest me', path: () => `${J}q=${q()}&sort=nearest&${here()}&limit=20` },
    { name: 'nearest me', path: () => `${J}sort=nearest&${here()}&limit=20` },
    { name: 'nearest me within 3 km, 日结', path: () => `${J}sort=nearest&${here()}&radiusKm=3&settlement=daily&limit=20` },
    { name: 'category + 日结 + this week', path: () => `${J}category=${r.pick(CATEGORIES)}&settlement=daily&date=week&limit=20` },
    { name: 'day pay ≥ ¥150, highest first', path: () => `${J}payUnit=day&minPayFen=15000&sort=pay&limit=20` },
    { name: 'a station’s jobs', path: () => `${J}stationId=${r.pick(stationIds)}&limit=20` },
    { name: 'second pages', path: () => r.pick(secondPages) },
  ]
}

/** Page-2 paths of a spread of first pages (newest, keyword, nearest, station). */
async function collectSecondPages(origin: string, stationIds: string[]): Promise<string[]> {
  const firsts = [
    'limit=20',
    'sort=pay&limit=20',
    ...KEYWORDS.slice(0, 6).map((k) => `q=${encodeURIComponent(k)}&limit=20`),
    ...[0, 1, 2].map((i) => `sort=nearest&lat=${(CENTRE.lat + i * 0.02).toFixed(4)}&lng=${CENTRE.lng}&limit=20`),
    ...stationIds.slice(0, 4).map((id) => `stationId=${id}&limit=20`),
  ]
  const paths: string[] = []
  for (const first of firsts) {
    const res = await fetch(`${origin}/api/v1/jobs?${first}`)
    const page = (await res.json()) as { nextCursor: string | null }
    if (page.nextCursor) paths.push(`/api/v1/jobs?${first}&cursor=${encodeURIComponent(page.nextCursor)}`)
  }
  return paths
}

export interface SearchBenchResult {
  jobs: number
  seedSeconds: number
  perShape: { name: string; result: LoadResult }[]
  mix: LoadResult
  home: LoadResult
  bare: LoadResult
}

/**
 * Creates the database, loads it, starts the API on it with `startApi`, measures, and drops it.
 * `shapeConcurrency` for the per-shape times, `concurrency` for the throughput runs.
 */
export async function searchBench(
  serverUrl: string,
  /** `listCache: false`: the server answers every list from the database (JOBS_CACHE_MS=0). */
  startApi: (databaseUrl: string, listCache: boolean) => Promise<{ origin: string; stop(): Promise<void> }>,
  options: { seconds: number; shapeSeconds: number; concurrency: number; shapeConcurrency: number; warmupSeconds: number },
): Promise<SearchBenchResult> {
  const database = await createTemporaryDatabase(serverUrl, 'yizhan_bench_search')
  try {
    const started = Date.now()
    const db = createPostgresDb(database.url, 2)
    let stationIds: string[]
    try {
      await migrate(db)
      await seed(db)
      await seedBulkJobs(db, BULK_JOBS)
      stationIds = (await db.query<{ id: string }>('select id from stations order by code')).map((s) => s.id)
    } finally {
      await db.close()
    }
    const seedSeconds = (Date.now() - started) / 1000
    // Per shape: the database's time, every request answered from it (the anonymous list cache off).
    const uncached = await startApi(database.url, false)
    const perShape: SearchBenchResult['perShape'] = []
    let all: ReturnType<typeof shapes>
    try {
      const secondPages = await collectSecondPages(uncached.origin, stationIds)
      all = shapes(stationIds, secondPages)
      for (const shape of all) {
        const result = await load(uncached.origin, shape.path, {
          concurrency: options.shapeConcurrency,
          seconds: options.shapeSeconds,
          warmupSeconds: Math.min(1, options.warmupSeconds),
        })
        perShape.push({ name: shape.name, result })
      }
    } finally {
      await uncached.stop()
    }
    // Throughput: the server as deployed (JOBS_CACHE_MS default: identical anonymous lists share an answer for a second).
    const api = await startApi(database.url, true)
    try {
      const r = chooser(11)
      const full = { concurrency: options.concurrency, seconds: options.seconds, warmupSeconds: options.warmupSeconds }
      const mix = await load(api.origin, () => r.pick(all).path(), full)
      const home = await load(api.origin, all[0]!.path, full)
      const bare = await load(api.origin, '/bare', full)
      return { jobs: BULK_JOBS, seedSeconds, perShape, mix, home, bare }
    } finally {
      await api.stop()
    }
  } finally {
    await database.drop()
  }
}
