import type { FastifyInstance } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { HttpError } from '../../http/errors'
import { route } from '../../http/route'

export default async function healthRoutes(app: FastifyInstance) {
  route(app, api.health, async ({ request }) => {
    try {
      await app.db.query('select 1')
    } catch (err) {
      request.log.error({ err }, 'database does not answer')
      throw new HttpError(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试')
    }
    return { status: 'ok' as const }
  })
}
