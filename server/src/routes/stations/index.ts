import type { FastifyInstance } from 'fastify'
import { api, type GeoPoint } from '../../../../src/shared/contracts/index'
import { notFound } from '../../http/errors'
import { route } from '../../http/route'
import { createStationRepository } from './repository'

const stationNotFound = () => notFound('STATION_NOT_FOUND', '没有找到这个驿站，请核对驿站码或在附近驿站里找一找')

const pointOf = (q: { lat?: number; lng?: number }): GeoPoint | null =>
  q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null

export default async function stationRoutes(app: FastifyInstance, opts: { cityCentre: GeoPoint }) {
  const stations = createStationRepository(app.db)

  route(app, api.listStations, async ({ query }) => {
    const from = pointOf(query)
    const origin = from ?? opts.cityCentre
    return { items: await stations.list(origin, from), origin, originIsCityCentre: from === null }
  })

  route(app, api.getStation, async ({ params, query }) => {
    const station = await stations.byId(params.id, pointOf(query))
    if (!station) throw stationNotFound()
    return station
  })

  route(app, api.getStationByCode, async ({ params, query }) => {
    const station = await stations.byCode(params.code, pointOf(query))
    if (!station) throw stationNotFound()
    return station
  })
}
