import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { z } from 'zod/mini'
import { API_PREFIX, ListJobsQuerySchema, api, type GeoPoint } from '../../../../src/shared/contracts/index'
import { employerIdOf } from '../../auth/roles'
import { HttpError } from '../../http/errors'
import { createMicroCache } from '../../http/micro-cache'
import { jobNotFound } from '../../postings/errors'
import { route } from '../../http/route'
import { decodeJobCursor, encodeJobCursor } from './cursor'
import { parseKeyword } from './keyword'
import { createJobRepository, isUnpublished } from './repository'

const pointOf = (q: { lat?: number; lng?: number }): GeoPoint | null =>
  q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null

type ListJobsQuery = z.output<typeof ListJobsQuerySchema>

/** Distinct anonymous list queries kept at once (each answer is a page of 20 jobs, ≈ 20 KB). */
const LIST_CACHE_KEYS = 500

/**
 * The cache key of a list query after the contract has parsed it: defaults filled in, numbers as
 * numbers, keys sorted, so `?limit=20&sort=newest`, `?sort=newest&limit=20` and `?` are one key.
 * Categories are a set: their order does not change the answer.
 */
function listQueryKey(query: ListJobsQuery): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? [...(value as string[])].sort() : value] as const)
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export interface JobRoutesOptions {
  /** How long an anonymous list answer is reused for the same query (config JOBS_CACHE_MS); 0: never. */
  listCacheMs?: number
}

export default async function jobRoutes(app: FastifyInstance, options: JobRoutesOptions) {
  const jobs = createJobRepository(app.db)
  const listCacheMs = options.listCacheMs ?? 0

  const listPage = async (query: ListJobsQuery) => {
    const from = pointOf(query)
    const page = await jobs.listOpen({
      keyword: parseKeyword(query.q),
      stationId: query.stationId,
      category: query.category,
      employmentType: query.employmentType,
      payUnit: query.payUnit,
      minPayFen: query.minPayFen,
      settlement: query.settlement,
      date: query.date,
      welcomesOlder: query.welcomesOlder,
      from,
      radiusKm: query.radiusKm,
      sort: query.sort,
      after: query.cursor ? decodeJobCursor(query.cursor, query.sort, from) : undefined,
      limit: query.limit,
    })
    return { items: page.items, nextCursor: page.last ? encodeJobCursor(page.last) : null }
  }

  route(app, api.listJobs, async ({ query, request, reply }) => {
    // Signed-in callers are never answered from the cache (nor by a CDN): today their list is the
    // same as anyone's, but an answer made for one person must not become one made for everyone.
    if (request.headers.authorization !== undefined) reply.header('cache-control', 'private, no-store')
    return listPage(query)
  })

  if (listCacheMs > 0) {
    // Thousands opening the app ask for the same first page within a second. For requests without
    // Authorization, this hook answers before the handler with the serialised body of an identical query
    // at most listCacheMs old: one query, one contract check and one JSON.stringify per key and period.
    // So a list's placesLeft may lag by up to that long; applying always checks the job in the database.
    // Per process and disposable: nothing depends on it (several processes run behind a load balancer).
    const listCache = createMicroCache<string>({ ttlMs: listCacheMs, maxKeys: LIST_CACHE_KEYS })
    const listUrl = API_PREFIX + api.listJobs.path
    const maxAge = Math.max(1, Math.floor(listCacheMs / 1000))
    app.addHook('preHandler', async (request, reply) => {
      if (request.routeOptions.url !== listUrl || request.method !== 'GET' || request.headers.authorization !== undefined) return
      const parsed = ListJobsQuerySchema.safeParse(request.query)
      // A bad query goes on to the route, which answers the typed 400.
      if (!parsed.success) return
      const query = parsed.data
      const body = await listCache.get(listQueryKey(query), async () => {
        // The same check the route makes, once per cached answer.
        const checked = api.listJobs.response.safeParse(await listPage(query))
        if (!checked.success) {
          request.log.error({ operationId: api.listJobs.operationId, issues: checked.error.issues }, 'response does not match the contract')
          throw new Error(`Response of ${api.listJobs.operationId} does not match the contract`)
        }
        return JSON.stringify(checked.data)
      })
      return reply
        .code(api.listJobs.status)
        .header('cache-control', `public, max-age=${maxAge}`)
        .header('vary', 'Authorization')
        .type('application/json; charset=utf-8')
        .send(body)
    })
  }

  /** Whether the caller (signed in or not: the route is public) acts for `employerId`. */
  const callerActsFor = async (request: FastifyRequest, employerId: string) => {
    if (request.headers.authorization === undefined) return false
    // A stale or wrong token here is simply nobody: a public page does not answer 401.
    const user = await app.authenticate(request).catch((err: unknown) => {
      if (err instanceof HttpError && err.statusCode === 401) return null
      throw err
    })
    return user !== null && (await employerIdOf(app.db, user)) === employerId
  }

  route(app, api.getJob, async ({ params, query, request }) => {
    const job = await jobs.byId(params.id, pointOf(query))
    if (!job) throw jobNotFound()
    // A draft or a post waiting for staff is not public: to anyone else it does not exist.
    if (isUnpublished(job.status) && !(await callerActsFor(request, job.employer.id))) throw jobNotFound()
    return job
  })
}
