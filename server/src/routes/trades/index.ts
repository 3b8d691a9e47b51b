import type { FastifyInstance } from 'fastify'
import { API_PREFIX, api } from '../../../../src/shared/contracts/index'
import { HttpError } from '../../http/errors'
import { route } from '../../http/route'
import { currentTradesVersion, listTrades, tradeChangesSince } from './repository'

/**
 * The list changes a few times a year, and a changed list is also announced by its version: a minute's
 * caching costs little staleness, and the ETag makes a check after that an empty 304.
 */
const CACHE_CONTROL = 'public, max-age=60'

const etagOf = (version: number) => `"trades-v${version}"`

/** If-None-Match holds one tag, a list of them, weak ones (W/"…") or `*`. */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

export default async function tradesRoutes(app: FastifyInstance) {
  const listUrl = API_PREFIX + api.listTrades.path

  // A client that holds the current list is answered before the list is read. Hooks added here apply
  // to this plugin's routes only.
  app.addHook('preHandler', async (request, reply) => {
    const ifNoneMatch = request.headers['if-none-match']
    if (request.routeOptions.url !== listUrl || request.method !== 'GET' || !ifNoneMatch) return
    const etag = etagOf(await currentTradesVersion(app.db))
    if (!matches(ifNoneMatch, etag)) return
    return reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send()
  })

  route(app, api.listTrades, async ({ reply }) => {
    const list = await listTrades(app.db)
    reply.header('etag', etagOf(list.version)).header('cache-control', CACHE_CONTROL)
    return list
  })

  route(app, api.listTradeChanges, async ({ query, reply }) => {
    const changes = await tradeChangesSince(app.db, query.since)
    if (!changes) {
      throw new HttpError(400, 'UNKNOWN_TRADES_VERSION', '没有这个工种列表版本，请重新获取完整列表', {
        since: '版本号比当前版本还新',
      })
    }
    reply.header('cache-control', CACHE_CONTROL)
    return changes
  })
}
