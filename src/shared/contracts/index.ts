/**
 * The public API contract (`/api/v1`): zod schemas and the table of operations. Imported by the app
 * and by the reference server; imports nothing but zod, so another city's backend can implement it.
 */
import { applicationEndpoints } from './applications'
import { authEndpoints } from './auth'
import { jobEndpoints } from './jobs'
import { messageEndpoints } from './messages'
import { stationEndpoints } from './stations'
import { systemEndpoints } from './system'

export * from './applications'
export * from './auth'
export * from './common'
export * from './endpoint'
export * from './errors'
export * from './first-screen'
export * from './jobs'
export * from './messages'
export * from './stations'
export * from './system'

export const api = {
  ...systemEndpoints,
  ...authEndpoints,
  ...stationEndpoints,
  ...jobEndpoints,
  ...applicationEndpoints,
  ...messageEndpoints,
}
export type Api = typeof api
export type OperationId = keyof Api
