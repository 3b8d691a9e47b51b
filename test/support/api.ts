import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/src/app'
import { loadConfig } from '../../server/src/config'
import { createDb } from '../../server/src/db/index'
import { migrate } from '../../server/src/db/migrate'
import { seedIfEmpty } from '../../server/src/seed/index'
import { h5Dir } from './paths'

export interface InProcessApi {
  app: FastifyInstance
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  close(): Promise<void>
}

export interface StartApiOptions {
  logLevel?: string
  /** An empty PostgreSQL database to use instead of the embedded one (the caller creates and drops it). */
  databaseUrl?: string
  extend?: (app: FastifyInstance) => void
  /** JOBS_CACHE_MS for the server (its default when not given). */
  jobsCacheMs?: string
}

/**
 * The real API server in this process, the way `server/src/server.ts` assembles it: a fresh
 * embedded database in a temp dir (or the given PostgreSQL database), migrated and seeded with the
 * demo city, listening on a free loopback port. `extend` may add routes before it listens (the
 * bench's bare route).
 */
export async function startApiInProcess(options: StartApiOptions = {}): Promise<InProcessApi> {
  const dataDir = options.databaseUrl ? null : mkdtempSync(path.join(os.tmpdir(), 'yizhan-api-'))
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: options.databaseUrl }),
    H5_DIR: h5Dir,
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...(options.jobsCacheMs !== undefined ? { JOBS_CACHE_MS: options.jobsCacheMs } : {}),
  })
  const db = await createDb(config)
  const app = await buildApp(config, { db })
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await app.close()
    await db.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await migrate(db)
    await seedIfEmpty(db)
    options.extend?.(app)
    await app.listen({ host: '127.0.0.1', port: 0 })
  } catch (error) {
    await close()
    throw error
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { app, origin: `http://127.0.0.1:${port}`, close }
}
