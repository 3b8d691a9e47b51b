/**
 * The public API contract (`/api/v1`): zod schemas and the table of operations. Imported by the app
 * and by the reference server; imports nothing but zod, so another city's backend can implement it.
 */
import { applicationEndpoints } from './applications'
import { authEndpoints } from './auth'
import { employerEndpoints } from './employers'
import { jobEndpoints } from './jobs'
import { messageEndpoints } from './messages'
import { policyEndpoints } from './policies'
import { postingEndpoints } from './postings'
import { profileEndpoints } from './profile'
import { reviewEndpoints } from './reviews'
import { stationAdminEndpoints } from './station-admin'
import { stationEndpoints } from './stations'
import { subsidyEndpoints } from './subsidies'
import { systemEndpoints } from './system'
import { tradeEndpoints } from './trades'

export * from './applications'
export * from './auth'
export * from './employers'
export * from './common'
export * from './eligibility'
export * from './endpoint'
export * from './errors'
export * from './first-screen'
export * from './jobs'
export * from './messages'
export * from './policies'
export * from './postings'
export * from './profile'
export * from './reviews'
export * from './station-admin'
export * from './stations'
export * from './subsidies'
export * from './system'
export * from './trades'

export const api = {
  ...systemEndpoints,
  ...authEndpoints,
  ...stationEndpoints,
  ...jobEndpoints,
  ...applicationEndpoints,
  ...messageEndpoints,
  ...tradeEndpoints,
  ...employerEndpoints,
  ...postingEndpoints,
  ...reviewEndpoints,
  ...stationAdminEndpoints,
  ...policyEndpoints,
  ...profileEndpoints,
  ...subsidyEndpoints,
}
export type Api = typeof api
export type OperationId = keyof Api
