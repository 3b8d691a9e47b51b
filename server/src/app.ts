import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import { z } from 'zod/mini'
import { API_PREFIX, JobPageSchema, StationSchema, type StationFirstScreen } from '../../src/shared/contracts/index'
import type { Config } from './config'
import { createDb } from './db/index'
import type { Db } from './db/types'
import { corsPlugin } from './plugins/cors'
import { dbPlugin } from './plugins/db'
import { errorHandler } from './plugins/error-handler'
import { h5Plugin } from './plugins/h5'
import { loggerOptions } from './plugins/logger'
import applicationsRoutes from './routes/applications/index'
import authRoutes from './routes/auth/index'
import employerRoutes from './routes/employers/index'
import favoritesRoutes from './routes/favorites/index'
import healthRoutes from './routes/health/index'
import jobRoutes from './routes/jobs/index'
import messagesRoutes from './routes/messages/index'
import openapiRoutes from './routes/openapi/index'
import policiesRoutes from './routes/policies/index'
import postingRoutes from './routes/postings/index'
import profileRoutes from './routes/profile/index'
import reviewRoutes from './routes/reviews/index'
import stationAdminRoutes from './routes/station-admin/index'
import stationRoutes from './routes/stations/index'
import subsidiesRoutes from './routes/subsidies/index'
import tradeRoutes from './routes/trades/index'

/** Requests carry small JSON bodies only; anything bigger is a mistake or an attack. */
export const BODY_LIMIT = 64 * 1024

/** The H5 app's station page (src/shared/config/routes.ts, not imported: the server stands alone). */
const STATION_PAGE = 'pages/station/index'
/** The app's page size for job lists (src/features/jobs): the embedded page must be the one it would ask for. */
const FIRST_SCREEN_JOBS = 20

/** The API's own answers for a station's code and its first jobs (the station page's first two requests). */
async function stationFirstScreen(app: FastifyInstance, code: string): Promise<StationFirstScreen> {
  const ask = async (url: string) => {
    const res = await app.inject({ method: 'GET', url: API_PREFIX + url })
    return res.statusCode === 200 ? (res.json() as unknown) : null
  }
  const station = z.nullable(StationSchema).parse(await ask(`/stations/by-code/${encodeURIComponent(code)}`))
  const jobs = station ? z.nullable(JobPageSchema).parse(await ask(`/jobs?stationId=${station.id}&limit=${FIRST_SCREEN_JOBS}`)) : null
  return { code, station, jobs }
}

export interface BuildAppOptions {
  /** A database the caller owns (tests); otherwise one is created from the config and closed with the app. */
  db?: Db
  /** Where logs go instead of stdout (tests read them). */
  logStream?: { write(line: string): void }
}

/**
 * Builds the whole server — plugins, then routes — without listening or migrating, so that tests
 * and the entry point share it.
 */
export async function buildApp(config: Config, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    // For the same reason as the bodies: no path parameter of ours is long.
    routerOptions: { maxParamLength: 200 },
    // Per-IP rate limits must see the client's address, which only a trusted proxy can tell.
    trustProxy: config.trustProxy,
  })

  const db = options.db ?? (await createDb(config))
  await app.register(dbPlugin, { db, owned: !options.db })
  await app.register(errorHandler)
  await app.register(corsPlugin, { origins: config.corsOrigins })
  // The API speaks JSON only: a text/plain body is a client mistake (415), not a string to validate.
  app.removeContentTypeParser('text/plain')
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(authRoutes, { config, db })
  await app.register(healthRoutes)
  await app.register(stationRoutes, { cityCentre: config.cityCentre })
  await app.register(jobRoutes, { listCacheMs: config.jobsCacheMs })
  await app.register(applicationsRoutes, { config })
  await app.register(favoritesRoutes)
  await app.register(messagesRoutes, { config })
  await app.register(tradeRoutes)
  await app.register(employerRoutes, { config })
  await app.register(postingRoutes, { config })
  await app.register(policiesRoutes, { config })
  await app.register(subsidiesRoutes, { config })
  await app.register(reviewRoutes, { config })
  await app.register(stationAdminRoutes, { config })
  await app.register(profileRoutes, { config })
  await app.register(openapiRoutes)

  await app.register(h5Plugin, {
    h5Dir: config.h5Dir,
    stationPage: STATION_PAGE,
    stationFirstScreen: (code) => stationFirstScreen(app, code),
  })
  return app
}
