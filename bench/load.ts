import http from 'node:http'

export interface LoadResult {
  path: string
  requests: number
  errors: number
  /** Answers that were not 2xx. */
  non2xx: number
  seconds: number
  perSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** From the answers' `Server-Timing: app;dur=…` (the bench server sets it): time inside the server. */
  serverP50Ms: number
  serverP99Ms: number
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const serverDuration = (header: string | string[] | undefined) => {
  const m = /(?:^|,)\s*app;dur=([\d.]+)/.exec(String(header ?? ''))
  return m ? Number(m[1]) : NaN
}

/**
 * Closed-loop load over keep-alive connections: `concurrency` clients, each sending its next GET as
 * soon as the last answer is read, for `seconds` (after a warm-up that is not counted). `path` may be
 * a function giving each request its own path (a mix of queries).
 */
export async function load(
  origin: string,
  path: string | (() => string),
  options: { concurrency: number; seconds: number; warmupSeconds?: number },
): Promise<LoadResult> {
  const nextPath = typeof path === 'string' ? () => path : path
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const serverTimes: number[] = []
  let recording = false
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(new URL(nextPath(), origin), { agent }, (res) => {
        res.on('data', () => undefined)
        const dur = serverDuration(res.headers['server-timing'])
        if (recording && !Number.isNaN(dur)) serverTimes.push(dur)
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', reject)
      })
      req.on('error', reject)
    })

  const run = async (seconds: number, record: boolean) => {
    recording = record
    const latencies: number[] = []
    let errors = 0
    let non2xx = 0
    const started = process.hrtime.bigint()
    const end = started + BigInt(Math.round(seconds * 1e9))
    const client = async () => {
      while (process.hrtime.bigint() < end) {
        const t0 = process.hrtime.bigint()
        try {
          const status = await get()
          if (status < 200 || status >= 300) non2xx += 1
        } catch {
          errors += 1
        }
        if (record) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, client))
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9
    return { latencies, errors, non2xx, elapsed }
  }

  if (options.warmupSeconds) await run(options.warmupSeconds, false)
  const { latencies, errors, non2xx, elapsed } = await run(options.seconds, true)
  agent.destroy()
  const sorted = Float64Array.from(latencies).sort()
  const server = Float64Array.from(serverTimes).sort()
  return {
    path: typeof path === 'string' ? path : 'mix',
    requests: latencies.length,
    errors,
    non2xx,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN,
    serverP50Ms: percentile(server, 50),
    serverP99Ms: percentile(server, 99),
  }
}
