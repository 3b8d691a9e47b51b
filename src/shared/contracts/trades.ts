import { endpoint } from './endpoint'

export const tradeEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>
