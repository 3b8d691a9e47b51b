import { z } from 'zod/mini'
import { endpoint } from './endpoint'

export const HealthSchema = z.object({ status: z.literal('ok') })

export const systemEndpoints = {
  health: endpoint({
    operationId: 'health',
    method: 'GET',
    path: '/health',
    summary: '健康检查',
    tags: ['system'],
    auth: 'none',
    status: 200,
    response: HealthSchema,
  }),
}
