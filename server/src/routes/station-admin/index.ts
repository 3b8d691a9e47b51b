import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { api, type StaffStation } from '../../../../src/shared/contracts/index'
import { inScope, requireStaff, type StaffScope } from '../../auth/roles'
import type { Config } from '../../config'
import { HttpError, notFound } from '../../http/errors'
import { route } from '../../http/route'
import { createPosterCache, POSTER_MIME_TYPES, PosterBusyError, stationPageUrl, type PosterFormat } from '../../posters/index'
import { recordStaffAction } from '../../staff/audit'
import { createWechatServerApi, type MiniCodeRequest } from '../../wechat/api'
import { WechatApiError } from '../../wechat/http'
import { auditFields, createStationAdminRepository, isCodeTaken, type StationFields } from './repository'

/** The mini-program's station page; it reads `s=CODE` from the scene (src/shared/config/routes.ts, not imported). */
const STATION_PAGE = 'pages/station/index'
/** Pixels per side of the mini-program code: big enough to print at 8 cm. */
const MINI_CODE_WIDTH = 1280

const ENV_VERSION: Record<Config['wechatSubscribe']['miniprogramState'], MiniCodeRequest['envVersion']> = {
  formal: 'release',
  trial: 'trial',
  developer: 'develop',
}

const stationNotFound = () => notFound('STATION_NOT_FOUND', '没有找到这个驿站')
const codeTaken = (code: string) =>
  new HttpError(409, 'STATION_CODE_TAKEN', `驿站码 ${code.toUpperCase()} 已被别的驿站使用（不分大小写），请换一个`, { code: '这个驿站码已被使用' })
const outOfScope = (scope: StaffScope) =>
  new HttpError(403, 'STATION_OUT_OF_SCOPE', `你负责的是${scope.district ?? ''}，只能管理本区县的驿站`)

/** If-None-Match holds this ETag (or `*`): the client's copy is current. */
function clientHasCurrent(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match']
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

/** Changed fields only, as they were and as they become (what the audit log keeps). */
function changes(before: StaffStation, after: StationFields) {
  const was: Record<string, unknown> = {}
  const becomes: Record<string, unknown> = {}
  const old = auditFields(before)
  for (const key of Object.keys(after) as (keyof StationFields)[]) {
    const next = key === 'code' ? after.code.toUpperCase() : after[key]
    if (JSON.stringify(old[key]) !== JSON.stringify(next)) {
      was[key] = old[key]
      becomes[key] = next
    }
  }
  return { was, becomes, changed: Object.keys(was).length > 0 }
}

export default async function stationAdminRoutes(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts
  const stations = createStationAdminRepository(app.db)
  const wechat = createWechatServerApi(config, app.db)
  const posters = createPosterCache()

  // A poster the client already has (If-None-Match) is answered 304 without a body. Hooks are scoped
  // to this plugin: only these routes.
  app.addHook('onSend', async (request, reply, payload) => {
    const etag = reply.getHeader('etag')
    if (reply.statusCode === 200 && typeof etag === 'string' && clientHasCurrent(request, etag)) {
      reply.code(304)
      return null
    }
    return payload
  })

  route(app, api.listStaffStations, async ({ user }) => {
    const scope = await requireStaff(app.db, user)
    return { items: await stations.list(scope.district), district: scope.district }
  })

  route(app, api.createStation, async ({ user, body }) => {
    const scope = await requireStaff(app.db, user)
    if (!inScope(scope, body.district)) throw outOfScope(scope)
    try {
      return await app.db.transaction(async (tx) => {
        if (await stations.codeTaken(tx, body.code, null)) throw codeTaken(body.code)
        const id = await stations.insert(tx, body)
        const created = (await stations.byId(id, tx))!
        await recordStaffAction(tx, { staffId: scope.staffId, action: 'station.create', targetKind: 'station', targetId: id, after: auditFields(created) })
        return created
      })
    } catch (err) {
      // Two staff taking the same new code at once: the unique index decides.
      if (isCodeTaken(err)) throw codeTaken(body.code)
      throw err
    }
  })

  route(app, api.updateStation, async ({ user, params, body }) => {
    const scope = await requireStaff(app.db, user)
    try {
      return await app.db.transaction(async (tx) => {
        const current = await stations.byId(params.id, tx, true)
        if (!current) throw stationNotFound()
        if (!inScope(scope, current.district)) throw outOfScope(scope)
        if (body.district !== undefined && !inScope(scope, body.district)) throw outOfScope(scope)
        const next: StationFields = {
          ...auditFields(current),
          ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
        }
        const { was, becomes, changed } = changes(current, next)
        // Saving the form unchanged is not an edit: nothing to write, nothing to record.
        if (!changed) return current
        if (body.code !== undefined && (await stations.codeTaken(tx, body.code, current.id))) throw codeTaken(body.code)
        await stations.update(tx, current.id, next)
        await recordStaffAction(tx, { staffId: scope.staffId, action: 'station.update', targetKind: 'station', targetId: current.id, before: was, after: becomes })
        return (await stations.byId(current.id, tx))!
      })
    } catch (err) {
      if (isCodeTaken(err) && body.code !== undefined) throw codeTaken(body.code)
      throw err
    }
  })

  route(app, api.getStationMiniCode, async ({ user, params, reply }) => {
    const scope = await requireStaff(app.db, user)
    const station = await stations.byId(params.id)
    if (!station) throw stationNotFound()
    if (!inScope(scope, station.district)) throw outOfScope(scope)
    if (!wechat) throw new HttpError(503, 'WECHAT_NOT_CONFIGURED', '本服务器没有配置微信小程序，生不成小程序码；可以打印驿站海报上的二维码')
    try {
      const png = await wechat.getUnlimitedMiniCode({
        scene: `s=${station.code}`,
        page: STATION_PAGE,
        envVersion: ENV_VERSION[config.wechatSubscribe.miniprogramState],
        width: MINI_CODE_WIDTH,
      })
      reply.type('image/png').header('cache-control', 'private, no-cache')
      return png
    } catch (err) {
      if (!(err instanceof WechatApiError)) throw err
      app.log.warn({ err, stationId: station.id }, 'wxacode.getUnlimited failed')
      throw new HttpError(502, 'WECHAT_UNAVAILABLE', '微信暂时生不成小程序码，请稍后再试')
    }
  })

  /**
   * Posters are public, like the station's page: anyone may print one for a notice board. The URL in
   * the QR is PUBLIC_BASE_URL's, else this request's own address (a proxy's only with TRUST_PROXY).
   */
  const sendPoster = async (format: PosterFormat, id: string, request: FastifyRequest, reply: FastifyReply) => {
    const station = await stations.byId(id)
    if (!station) throw notFound('STATION_NOT_FOUND', '没有找到这个驿站，请核对驿站码或在附近驿站里找一找')
    const base = config.publicBaseUrl ?? `${request.protocol}://${request.host}`
    const poster = posters.poster(station, stationPageUrl(base, station.code), format)
    reply
      .type(POSTER_MIME_TYPES[format])
      .header('etag', poster.etag)
      // Cacheable, but checked each time: an edited station must not keep printing its old poster.
      .header('cache-control', 'public, no-cache')
      .header('content-disposition', `inline; filename="station-${station.code}-poster.${format}"`)
    if (!config.publicBaseUrl) reply.header('vary', 'x-forwarded-host, x-forwarded-proto')
    // The onSend hook answers 304; no need to draw what will not be sent.
    if (clientHasCurrent(request, poster.etag)) return Buffer.alloc(0)
    try {
      return await poster.bytes()
    } catch (err) {
      if (err instanceof PosterBusyError) throw new HttpError(503, 'SERVICE_UNAVAILABLE', '正在生成的海报太多，请过几秒再试')
      throw err
    }
  }

  route(app, api.getStationPosterPng, async ({ params, request, reply }) => sendPoster('png', params.id, request, reply))
  route(app, api.getStationPosterPdf, async ({ params, request, reply }) => sendPoster('pdf', params.id, request, reply))
}
