import type { Config } from '../config'
import { createPgliteDb } from './pglite'
import { createPostgresDb } from './postgres'
import type { SqlDb } from './sql-db'

export type { Db } from './types'
export type { SqlDb } from './sql-db'

/** PostgreSQL when `DATABASE_URL` is set, otherwise PGlite in `DATA_DIR` (or `memory://`). */
export async function createDb(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<SqlDb> {
  if (config.databaseUrl) return createPostgresDb(config.databaseUrl)
  return createPgliteDb(config.dataDir)
}
