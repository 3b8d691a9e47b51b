import { endpoint } from './endpoint'

export const employerEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>
