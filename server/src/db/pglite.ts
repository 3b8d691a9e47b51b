import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { CITY_TIME_ZONE, parsers } from './parsers'
import type { SqlDb } from './sql-db'

type Conn = Pick<PGlite, 'query' | 'exec'> | Transaction

function wrap(conn: Conn, inTx: boolean, root: PGlite): SqlDb {
  const db: SqlDb = {
    kind: 'pglite',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await conn.query<Row>(sql, params ? [...params] : undefined)
      return result.rows
    },
    async exec(sql: string) {
      await conn.exec(sql)
    },
    async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
      if (inTx) return fn(db)
      return root.transaction((tx) => fn(wrap(tx, true, root)))
    },
    async close() {
      if (!inTx) await root.close()
    },
  }
  return db
}

/**
 * Embedded PostgreSQL. `dataDir` is a directory on disk (created if missing) or `memory://` for a
 * throwaway database (tests); `loadDataDir` starts from a dump instead of running initdb. PGlite has a single connection, so a transaction holds it: other
 * queries wait until it ends.
 */
export async function createPgliteDb(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<SqlDb> {
  const inMemory = dataDir.startsWith('memory://')
  if (!inMemory) mkdirSync(dataDir, { recursive: true })
  const pg = await PGlite.create(inMemory ? 'memory://' : dataDir, { parsers, loadDataDir: options.loadDataDir })
  await pg.exec(`set timezone = '${CITY_TIME_ZONE}'`)
  return wrap(pg, false, pg)
}
