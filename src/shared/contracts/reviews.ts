import { endpoint } from './endpoint'

export const reviewEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>
