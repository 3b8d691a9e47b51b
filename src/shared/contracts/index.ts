/**
 * The public API contract (`/api/v1`): zod schemas and the table of operations. Imported by the app
 * and by the reference server; imports nothing but zod, so another city's backend can implement it.
 */
import { authEndpoints } from './auth'
import { jobEndpoints } from './jobs'
import { stationEndpoints } from './stations'
import { systemEndpoints } from './system'

export * from './auth'
export * from './common'
export * from './endpoint'
export * from './errors'
export * from './jobs'
export * from './stations'
export * from './system'

export const api = {
  ...systemEndpoints,
  ...authEndpoints,
  ...stationEndpoints,
  ...jobEndpoints,
}
export type Api = typeof api
export type OperationId = keyof Api
