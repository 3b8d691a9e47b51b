import { z } from 'zod/mini'
import { GeoPointSchema, IdSchema, LatSchema, LngSchema } from './common'
import { endpoint } from './endpoint'

/**
 * The short code printed in a station's QR code (`s=CODE` in the mini-program scene, `/s/CODE` on
 * the web). Letters and digits only, so it fits WeChat's 32-character scene with room to spare.
 */
export const StationCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, { error: '驿站码太短' }),
    z.maxLength(12, { error: '驿站码最多 12 位' }),
    z.regex(/^[A-Za-z0-9]+$/, { error: '驿站码只含字母和数字' }),
  )

export const StationSchema = z.object({
  id: IdSchema,
  code: StationCodeSchema,
  name: z.string(),
  district: z.string(),
  address: z.string(),
  location: GeoPointSchema,
  /** Opening hours in plain words, e.g. 每天 6:30–18:00. */
  hours: z.string(),
  phone: z.string(),
  /** Straight-line distance from the point the client asked about; null when it gave none. */
  distanceMeters: z.nullable(z.number().check(z.int(), z.nonnegative())),
  openJobCount: z.number().check(z.int(), z.nonnegative()),
})
export type Station = z.infer<typeof StationSchema>

export const ListStationsQuerySchema = z
  .object({ lat: z.optional(LatSchema), lng: z.optional(LngSchema) })
  .check(
    z.refine((q) => (q.lat === undefined) === (q.lng === undefined), {
      error: '经纬度要一起提供',
      path: ['lat'],
    }),
  )

export const StationListSchema = z.object({
  items: z.array(StationSchema),
  /** The point distances were measured from: the client's, or the city centre when it gave none. */
  origin: GeoPointSchema,
  originIsCityCentre: z.boolean(),
})

export const stationEndpoints = {
  listStations: endpoint({
    operationId: 'listStations',
    method: 'GET',
    path: '/stations',
    summary: '零工驿站列表（按距离排序；不给位置时以市中心为准）',
    tags: ['stations'],
    auth: 'none',
    query: ListStationsQuerySchema,
    status: 200,
    response: StationListSchema,
  }),
  getStation: endpoint({
    operationId: 'getStation',
    method: 'GET',
    path: '/stations/:id',
    summary: '驿站详情',
    tags: ['stations'],
    auth: 'none',
    params: z.object({ id: IdSchema }),
    query: z.object({ lat: z.optional(LatSchema), lng: z.optional(LngSchema) }),
    status: 200,
    response: StationSchema,
    errors: { 404: ['STATION_NOT_FOUND'] },
  }),
  getStationByCode: endpoint({
    operationId: 'getStationByCode',
    method: 'GET',
    path: '/stations/by-code/:code',
    summary: '按二维码中的驿站码查驿站',
    tags: ['stations'],
    auth: 'none',
    params: z.object({ code: StationCodeSchema }),
    query: z.object({ lat: z.optional(LatSchema), lng: z.optional(LngSchema) }),
    status: 200,
    response: StationSchema,
    errors: { 404: ['STATION_NOT_FOUND'] },
  }),
}
