import { endpoint } from './endpoint'

export const postingEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>
