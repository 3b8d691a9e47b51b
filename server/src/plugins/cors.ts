import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { API_PREFIX } from '../../../src/shared/contracts/index'

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE'
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept'
const EXPOSED_HEADERS = 'Retry-After, X-Request-Id'

/**
 * Lets an H5 app served from another origin (a city's own portal, pointed here with
 * TARO_APP_API_BASE) call the API. Sign-in is a bearer token, never a cookie, so no credentials
 * are allowed. The mini-program needs none of this: wx.request is not a browser request.
 */
export const corsPlugin = fp(
  async (app: FastifyInstance, opts: { origins: readonly string[] | '*' }) => {
    const allowed = (origin: string) => opts.origins === '*' || opts.origins.includes(origin)

    app.addHook('onRequest', async (request, reply) => {
      const origin = request.headers.origin
      if (!origin || !request.url.startsWith(`${API_PREFIX}/`)) return
      reply.header('vary', 'Origin')
      if (!allowed(origin)) return
      reply.header('access-control-allow-origin', origin)
      reply.header('access-control-expose-headers', EXPOSED_HEADERS)
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        reply
          .header('access-control-allow-methods', ALLOWED_METHODS)
          .header('access-control-allow-headers', ALLOWED_HEADERS)
          .header('access-control-max-age', '600')
        return reply.code(204).send()
      }
    })
  },
  { name: 'cors' },
)
