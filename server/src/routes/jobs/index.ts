import type { FastifyInstance } from 'fastify'
import { api, type GeoPoint } from '../../../../src/shared/contracts/index'
import { notFound } from '../../http/errors'
import { route } from '../../http/route'
import { decodeJobCursor, encodeJobCursor } from './cursor'
import { parseKeyword } from './keyword'
import { createJobRepository } from './repository'

const pointOf = (q: { lat?: number; lng?: number }): GeoPoint | null =>
  q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null

export default async function jobRoutes(app: FastifyInstance) {
  const jobs = createJobRepository(app.db)

  route(app, api.listJobs, async ({ query }) => {
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
  })

  route(app, api.getJob, async ({ params, query }) => {
    const job = await jobs.byId(params.id, pointOf(query))
    if (!job) throw notFound('JOB_NOT_FOUND', '没有找到这个岗位，可能已被删除')
    return job
  })
}
