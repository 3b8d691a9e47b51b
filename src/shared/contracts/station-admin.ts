import { endpoint } from './endpoint'

export const stationAdminEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>
