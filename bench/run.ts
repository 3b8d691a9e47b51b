// `npm run bench`: figures, no thresholds. The mini-program's package sizes against WeChat's limit,
// the H5 app's first-page JS, a station QR link's first screen on Fast 3G, Lighthouse on the home and
// station pages, and the API's throughput and latency on GET /api/v1/jobs next to a
// route that does nothing, in the same server process, in the same run: on the embedded database
// (PGlite), then on PostgreSQL when there is one (DATABASE_URL's server, or the local one at
// 127.0.0.1:5432), in a temporary database created, seeded and dropped here; then, on PostgreSQL, one
// policy published against 100,000 profiles until every matching person's message is queued
// (BENCH_ONLY=push: that alone; BENCH_PROFILES changes the number).
// BENCH_SECONDS (default 10) and BENCH_CONCURRENCY (default 20) bound the load.
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { h5Dir, repoRoot, weappDir } from '../test/support/paths'
import { createTemporaryDatabase, findPostgresServer } from '../test/support/postgres'
import { PACKAGE_LIMIT_BYTES, PACKAGE_WARN_BYTES, packageSizes } from '../test/support/weapp-size'
import { stationFirstScreen } from './first-screen'
import { firstPageJs } from './h5'
import { lighthouse } from './lighthouse'
import { load, type LoadResult } from './load'
import { PUSH_PROFILES, pushBench } from './policy-push'
import { BULK_JOBS, searchBench, type SearchBenchResult } from './search'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const WARMUP_SECONDS = Math.min(2, SECONDS)

const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const KB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const verdict = (ok: boolean) => (ok ? 'ok' : 'NOT MET')

/** Issue 12's first-screen targets. */
const TARGETS = { weappMainBytes: 600 * 1024, h5FirstPageBytes: 150_000, firstVisitMs: 2_500, returnVisitMs: 1_500, lighthouse: 95 }

function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [head, ...rows.map((r) => r.map(String))]
  // CJK characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
  const widths = head.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))))
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - width(s))
    return (align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? s + gap : gap + s
  }
  const line = (r: string[]) => `  ${r.map(pad).join('  ')}`
  return [line(cells[0]!), `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`, ...cells.slice(1).map(line)].join('\n')
}

function section(title: string) {
  console.log(`\n${title}\n`)
}

function weapp() {
  section('Mini-program (dist/weapp): package sizes, counted as WeChat does (sum of file sizes)')
  if (!existsSync(path.join(weappDir, 'app.json'))) {
    console.log('  dist/weapp is missing: run `npm run build:weapp` first.')
    return
  }
  const rows = packageSizes(weappDir).map((p) => [
    p.name === 'main' ? 'main package' : p.name,
    p.files,
    KiB(p.bytes),
    `${((p.bytes / PACKAGE_LIMIT_BYTES) * 100).toFixed(1)} %`,
    p.bytes >= PACKAGE_LIMIT_BYTES ? 'OVER 2 MB' : p.bytes >= PACKAGE_WARN_BYTES ? 'over 1.5 MB (DevTools warns)' : 'ok',
  ])
  console.log(table(['package', 'files', 'size', 'of 2 MB', 'status'], rows, ['l', 'r', 'r', 'r', 'l']))
  const main = packageSizes(weappDir).find((p) => p.name === 'main')
  if (main) console.log(`\n  main package ${KiB(main.bytes)} (target ≤ ${KiB(TARGETS.weappMainBytes)}: ${verdict(main.bytes <= TARGETS.weappMainBytes)})`)
}

async function h5(origin: string) {
  section('H5 (dist/h5): JavaScript for the first page')
  if (!existsSync(path.join(h5Dir, 'index.html'))) {
    console.log('  dist/h5 is missing: run `npm run build:h5` first.')
    return
  }
  const { files, how } = await firstPageJs(h5Dir, origin)
  const rows = files.map((f) => [f.file + (f.inHtml ? '' : ' (lazy)'), KiB(f.raw), KiB(f.gzip), KiB(f.brotli)])
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((s, f) => s + f[key], 0)
  rows.push(['total', KiB(sum('raw')), KiB(sum('gzip')), KiB(sum('brotli'))])
  console.log(table(['file', 'raw', 'gzip', 'brotli'], rows))
  console.log(`\n  ${how}; gzip: zlib level 6, brotli: quality 11.`)

  section("H5: a station's QR link on Chrome's Fast 3G (562.5 ms round trips, 1.44 Mbps) with 4× CPU slowdown, until its first job shows")
  try {
    const r = await stationFirstScreen(origin)
    const firstPage = r.transferred.document + r.transferred.script
    console.log(
      table(
        ['figure', 'reached', 'target', ''],
        [
          ['first visit (empty cache)', seconds(r.firstVisitMs), `≤ ${seconds(TARGETS.firstVisitMs)}`, verdict(r.firstVisitMs <= TARGETS.firstVisitMs)],
          ['  … until the app takes taps', seconds(r.firstVisitInteractiveMs), '', ''],
          ['return visit (bundles cached)', seconds(r.returnVisitMs), `≤ ${seconds(TARGETS.returnVisitMs)}`, verdict(r.returnVisitMs <= TARGETS.returnVisitMs)],
          ['  … until the app takes taps', seconds(r.returnVisitInteractiveMs), '', ''],
          ['HTML + JS over the wire, whole first visit', KB(firstPage), `≤ ${KB(TARGETS.h5FirstPageBytes)}`, verdict(firstPage <= TARGETS.h5FirstPageBytes)],
        ],
        ['l', 'r', 'r', 'l'],
      ),
    )
    console.log(
      `\n  ${r.url}: document ${KB(r.transferred.document)}, scripts ${KB(r.transferred.script)}, other ${KB(r.transferred.other)}, API calls ${KB(r.transferred.fetch)} (bytes as received, headers included)`,
    )
    const fetched = r.requestsBeforeFirstJob.filter((line) => !/ data:/.test(line) && !/ image\/\w+;base64/.test(line))
    console.log(`  requests before the first job: ${fetched.join(', ')}`)
  } catch (error) {
    console.log(`  failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }

  section('H5: Lighthouse mobile performance (simulated: 150 ms round trips, 1.6 Mbps, 4× CPU)')
  const stationCode = process.env.BENCH_STATION_CODE ?? 'LZ01'
  const rows2: string[][] = []
  for (const [label, url] of [
    ['home', `${origin}/`],
    ['station', `${origin}/s/${stationCode}`],
  ] as const) {
    try {
      const l = await lighthouse(url)
      rows2.push([label, String(l.performance), `≥ ${TARGETS.lighthouse} ${verdict(l.performance >= TARGETS.lighthouse)}`, seconds(l.lcpMs), `${l.tbtMs.toFixed(0)} ms`, l.cls.toFixed(3), `${l.scriptEvaluationMs.toFixed(0)} ms`])
    } catch (error) {
      rows2.push([label, 'failed', error instanceof Error ? error.message.split('\n')[0]! : String(error), '', '', '', ''])
    }
  }
  console.log(table(['page', 'score', 'target', 'LCP', 'TBT', 'CLS', 'script evaluation'], rows2, ['l', 'r', 'l', 'r', 'r', 'r', 'r']))
}

interface ApiServer {
  origin: string
  stop(): Promise<void>
}

/** The bench API server on a fresh embedded database, or on the given empty PostgreSQL database. */
function startApi(databaseUrl?: string, options: { listCache?: boolean } = {}): Promise<ApiServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' }
  delete env.DATABASE_URL
  delete env.BENCH_DATABASE_URL
  if (databaseUrl) env.BENCH_DATABASE_URL = databaseUrl
  // The server's default (JOBS_CACHE_MS) unless told: per-shape times measure the database, uncached.
  if (options.listCache === false) env.JOBS_CACHE_MS = '0'
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'api-server.ts'), [], {
      cwd: repoRoot,
      execArgv: ['--import', 'tsx'],
      // The server's per-request logs go nowhere; writing them is still paid for, by both routes.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env,
    })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('the bench API server did not start within 60 s'))
    }, 60_000)
    child.once('message', (message: { origin?: string }) => {
      clearTimeout(timer)
      if (message.origin) resolve({ origin: message.origin, stop: () => stopChild(child) })
      else reject(new Error(`unexpected message from the API server: ${JSON.stringify(message)}`))
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the bench API server exited (${code}) before it listened`))
    })
  })
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone (its connections closed). */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

interface EngineResult {
  engine: string
  jobs: LoadResult
  bare: LoadResult
}

/** GET /api/v1/jobs, then the bare route, against one server: the pair is compared within a run. */
async function measure(engine: string, origin: string): Promise<EngineResult> {
  const options = { concurrency: CONCURRENCY, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS }
  const jobs = await load(origin, '/api/v1/jobs', options)
  const bare = await load(origin, '/bare', options)
  return { engine, jobs, bare }
}

function report(results: EngineResult[], postgresNote: string) {
  section(`API: closed-loop load from loopback, ${CONCURRENCY} keep-alive connections, ${SECONDS} s per route after a ${WARMUP_SECONDS} s warm-up`)
  const row = (r: LoadResult, label: string) => [
    label,
    r.requests,
    r.perSecond.toFixed(0),
    `${r.p50Ms.toFixed(2)} ms`,
    `${r.p99Ms.toFixed(2)} ms`,
    `${r.maxMs.toFixed(1)} ms`,
    r.errors + r.non2xx,
  ]
  const rows = results.flatMap((r) => [
    row(r.jobs, `${r.engine}: GET /api/v1/jobs (20 newest)`),
    row(r.bare, `${r.engine}: GET /bare (same app, no work)`),
  ])
  console.log(table(['route', 'requests', 'req/s', 'p50', 'p99', 'max', 'errors/non-2xx'], rows))
  console.log('')
  for (const { engine, jobs, bare } of results) {
    console.log(
      `  ${engine}: /api/v1/jobs serves ${((jobs.perSecond / bare.perSecond) * 100).toFixed(1)} % of the bare route's requests/s` +
        ` (p50 ${(jobs.p50Ms / bare.p50Ms).toFixed(1)}× the bare route's)`,
    )
  }
  console.log(`\n  ${postgresNote}`)
}

/** The same figures on PostgreSQL, in a database of its own that is dropped afterwards; null without a server. */
async function onPostgres(): Promise<{ result: EngineResult | null; note: string }> {
  const server = await findPostgresServer()
  if (!server) return { result: null, note: 'PostgreSQL: none (set DATABASE_URL, or run one at 127.0.0.1:5432), so PGlite only.' }
  const where = new URL(server)
  const database = await createTemporaryDatabase(server, 'yizhan_bench')
  try {
    const api = await startApi(database.url)
    try {
      const result = await measure('PostgreSQL', api.origin)
      return { result, note: `PostgreSQL: ${where.host}, temporary database ${database.name} (migrated, seeded, then dropped).` }
    } finally {
      await api.stop()
    }
  } finally {
    await database.drop()
  }
}

const ms = (v: number) => `${v.toFixed(2)} ms`

function reportSearch(r: SearchBenchResult, shapeConcurrency: number, shapeSeconds: number) {
  section(
    `Search over ${r.jobs.toLocaleString('en')} jobs on PostgreSQL (loaded in ${r.seedSeconds.toFixed(0)} s): time inside the server per query shape, ` +
      `${shapeConcurrency} connections, ${shapeSeconds} s each, every answer from the database (JOBS_CACHE_MS=0) (target p99 ≤ 20 ms)`,
  )
  const rows = r.perShape.map(({ name, result }) => [
    name,
    result.requests,
    result.perSecond.toFixed(0),
    ms(result.serverP50Ms),
    ms(result.serverP99Ms),
    result.serverP99Ms <= 20 ? 'ok' : 'OVER',
    result.errors + result.non2xx,
  ])
  console.log(table(['shape', 'requests', 'req/s', 'server p50', 'server p99', '≤ 20 ms', 'errors/non-2xx'], rows, ['l', 'r', 'r', 'r', 'r', 'l', 'r']))
  section(
    `Search throughput, ${CONCURRENCY} connections, ${SECONDS} s each, next to the bare route in the same run; the server as deployed ` +
      '(identical anonymous lists share one answer for JOBS_CACHE_MS, default 1 s)',
  )
  const line = (label: string, x: LoadResult, target: number | null) => [
    label,
    x.perSecond.toFixed(0),
    ms(x.p50Ms),
    ms(x.p99Ms),
    ms(x.serverP99Ms),
    target === null ? '—' : (x.perSecond / r.bare.perSecond).toFixed(3),
    target === null ? '' : `≥ ${target.toFixed(2)} ${x.perSecond / r.bare.perSecond >= target ? 'ok' : 'NOT MET'}`,
    x.errors + x.non2xx,
  ]
  console.log(
    table(
      ['route', 'req/s', 'p50', 'p99', 'server p99', 'of bare', 'target', 'errors/non-2xx'],
      [line('mix of the shapes above', r.mix, 0.1), line('home feed, anonymous first page', r.home, 0.25), line('GET /bare', r.bare, null)],
      ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
    ),
  )
}

/** The search bench on PostgreSQL; a note instead when there is no server (BENCH_SEARCH=0 skips it). */
async function onPostgresSearch(): Promise<void> {
  if (process.env.BENCH_SEARCH === '0') return
  const server = await findPostgresServer()
  if (!server) {
    section('Search over bulk jobs: skipped, no PostgreSQL (set DATABASE_URL, or run one at 127.0.0.1:5432)')
    return
  }
  const shapeSeconds = Math.max(2, Math.round(SECONDS / 2))
  const shapeConcurrency = Number(process.env.BENCH_SHAPE_CONCURRENCY ?? 4)
  console.log(`
(loading ${BULK_JOBS.toLocaleString('en')} jobs into a temporary PostgreSQL database for the search bench …)`)
  const result = await searchBench(server, (url, listCache) => startApi(url, { listCache }), {
    seconds: SECONDS,
    shapeSeconds,
    concurrency: CONCURRENCY,
    shapeConcurrency,
    warmupSeconds: WARMUP_SECONDS,
  })
  reportSearch(result, shapeConcurrency, shapeSeconds)
}

/** Publishing one policy against many profiles on PostgreSQL; a note instead when there is no server. */
async function onPostgresPush(): Promise<void> {
  const server = await findPostgresServer()
  if (!server) {
    section('Policy push: skipped, no PostgreSQL (set DATABASE_URL, or run one at 127.0.0.1:5432)')
    return
  }
  console.log(`\n(loading ${PUSH_PROFILES.toLocaleString('en')} profiles into a temporary PostgreSQL database for the policy push bench …)`)
  const r = await pushBench(server)
  section(
    `Policy push: one city-wide policy published against ${r.profiles.toLocaleString('en')} consenting profiles on PostgreSQL ` +
      `(generated in ${r.loadSeconds.toFixed(0)} s), the run worker in one process until done`,
  )
  console.log(
    table(
      ['figure', 'value'],
      [
        ['publish request (queues the run)', `${r.publishMs} ms`],
        ["until every matching person's message is queued", seconds(r.seconds * 1000)],
        ['messages queued per second', (r.messages / r.seconds).toFixed(0)],
        ['people matched (messages written)', `${r.messages.toLocaleString('en')} (SQL count: ${r.expected.toLocaleString('en')}, ${verdict(r.messages === r.expected)})`],
        ['WeChat pushes queued (wechat_push consent)', r.pushes.toLocaleString('en')],
        ['batches', r.batches],
      ],
      ['l', 'r'],
    ),
  )
}

async function main() {
  const started = Date.now()
  if (process.env.BENCH_ONLY === 'push') {
    await onPostgresPush()
    console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return
  }
  if (process.env.BENCH_ONLY === 'search') {
    await onPostgresSearch()
    console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return
  }
  console.log(`Yizhan bench — node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, ${new Date().toISOString()}`)
  weapp()
  const results: EngineResult[] = []
  const embedded = await startApi()
  try {
    await h5(embedded.origin)
    // BENCH_ONLY=app: the bundle and first-screen figures alone, without the API load.
    if (process.env.BENCH_ONLY !== 'app') results.push(await measure('PGlite', embedded.origin))
  } finally {
    await embedded.stop()
  }
  if (process.env.BENCH_ONLY === 'app') {
    console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return
  }
  // One server at a time, so the two engines do not compete for the CPUs.
  const postgres = await onPostgres().catch((error: unknown) => ({
    result: null,
    note: `PostgreSQL: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), so PGlite only.`,
  }))
  if (postgres.result) results.push(postgres.result)
  report(results, postgres.note)
  await onPostgresSearch().catch((error: unknown) => {
    section(`Search over bulk jobs: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  })
  await onPostgresPush().catch((error: unknown) => {
    section(`Policy push: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  })
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
