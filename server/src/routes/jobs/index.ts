import type { FastifyInstance } from 'fastify'
import { api, type GeoPoint } from '../../../../src/shared/contracts/index'
import { notFound } from '../../http/errors'
import { route } from '../../http/route'
import { decodeCursor, encodeCursor } from './cursor'
import { createJobRepository } from './repository'

const pointOf = (q: { lat?: number; lng?: number }): GeoPoint | null =>
  q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null

export default async function jobRoutes(app: FastifyInstance) {
  const jobs = createJobRepository(app.db)

  route(app, api.listJobs, async ({ query }) => {
    const page = await jobs.listOpen({
      stationId: query.stationId,
      category: query.category,
      from: pointOf(query),
      radiusKm: query.radiusKm,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: query.limit,
    })
    return { items: page.items, nextCursor: page.last ? encodeCursor(page.last) : null }
  })

  route(app, api.getJob, async ({ params, query }) => {
    const job = await jobs.byId(params.id, pointOf(query))
    if (!job) throw notFound('JOB_NOT_FOUND', '没有找到这个岗位，可能已被删除')
    return job
  })
}
