import http from 'node:http'
import { DevOtpSchema, JobPageSchema, SessionSchema, StationListSchema, type Job, type Session, type Station } from '../../src/shared/contracts/index'

export type { Job, Station }

/**
 * What the seeded demo server has to show: the first station (nearest the city centre) with open
 * jobs, its newest jobs, and all stations — read through the API and checked by the contract.
 */
export async function stationWithJobs(origin: string): Promise<{ station: Station; jobs: Job[]; stations: Station[] }> {
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(origin + path)
    if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`)
    return res.json()
  }
  const { items: stations } = StationListSchema.parse(await get('/api/v1/stations'))
  for (const station of stations) {
    const { items: jobs } = JobPageSchema.parse(await get(`/api/v1/jobs?stationId=${station.id}&limit=10`))
    if (jobs.length > 0) return { station, jobs, stations }
  }
  throw new Error('no seeded station has open jobs')
}

/** The demo accounts (README): 王师傅 has one application in every status; 刘大姐 and 小陈 are workers too. */
export const DEMO_ACCOUNTS = {
  worker: '13800000001',
  employer: '13800000002',
  olderWorker: '13800000004',
  graduate: '13800000005',
} as const

/** The seeded first-come job: whoever applies is hired at once while places are left. */
export const FIRST_COME_JOB_TITLE = '商场保洁（报名即录用）'

/**
 * A request to the test's server over node:http, not fetch: the miniprogram-simulate checks remove
 * AbortController from this process, and Node's fetch needs it. Throws with the body on a non-2xx answer.
 */
export function callApi(origin: string, method: 'GET' | 'POST', pathAndQuery: string, options: { token?: string; body?: unknown } = {}): Promise<unknown> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `Bearer ${options.token}`
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathAndQuery, origin), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        const status = res.statusCode ?? 0
        if (status < 200 || status >= 300) reject(new Error(`${method} ${pathAndQuery} → ${status}: ${text}`))
        else resolve(text ? JSON.parse(text) : null)
      })
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const demoSessions = new Map<string, Promise<Session>>()

/**
 * Signs a demo account in the way a person does in demo mode: ask for a code, read it from
 * /api/v1/dev/otp (demo mode only), sign in with it. The server allows one code per phone a minute,
 * so the session is kept and given again for the same server and phone.
 */
export function signInDemo(origin: string, phone: string): Promise<Session> {
  const key = `${origin} ${phone}`
  let session = demoSessions.get(key)
  if (!session) {
    session = (async () => {
      await callApi(origin, 'POST', '/api/v1/auth/otp', { body: { phone } })
      const { code } = DevOtpSchema.parse(await callApi(origin, 'GET', `/api/v1/dev/otp?phone=${phone}`))
      return SessionSchema.parse(await callApi(origin, 'POST', '/api/v1/auth/login', { body: { phone, code } }))
    })()
    // A failed sign-in is not kept: the next call tries again and fails with its own reason.
    session.catch(() => demoSessions.delete(key))
    demoSessions.set(key, session)
  }
  return session
}

/** The open job with exactly this title, found by the server's own keyword search. */
export async function jobByTitle(origin: string, title: string): Promise<Job> {
  const { items } = JobPageSchema.parse(await callApi(origin, 'GET', `/api/v1/jobs?q=${encodeURIComponent(title.slice(0, 4))}&limit=50`))
  const job = items.find((j) => j.title === title)
  if (!job) throw new Error(`no open job titled ${title} among ${items.map((j) => j.title).join(', ')}`)
  return job
}

/** Where the app keeps what these checks put in place before it starts (src/shared/session/token-store.ts, src/features/jobs/api/job-storage.ts). */
export const APP_STORAGE = { token: 'yizhan.session.token', feedFilters: 'yizhan.jobs.filters' } as const
