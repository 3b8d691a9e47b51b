import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { CITY_TIME_ZONE, parsers } from './parsers'
import type { SqlDb } from './sql-db'

type Conn = Pick<PGlite, 'query' | 'exec'> | Transaction

const LOCK_FILE = 'yizhan.pid'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory (a server still
 * running while `npm run db:seed` starts) would corrupt it. Claim the directory with our pid.
 */
const openInThisProcess = new Set<string>()

function claimDataDir(dataDir: string): () => void {
  const path = resolve(dataDir, LOCK_FILE)
  if (openInThisProcess.has(path)) throw new Error(`The database in ${dataDir} is already open in this process.`)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' })
      openInThisProcess.add(path)
      return () => {
        openInThisProcess.delete(path)
        rmSync(path, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = Number(readFileSync(path, 'utf8'))
      // Our own pid in the file is a lock from an earlier run that reused it, not ours.
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(
          `The database in ${dataDir} is in use by process ${holder}. Stop that process first, or use PostgreSQL (DATABASE_URL).`,
        )
      }
      rmSync(path, { force: true }) // left behind by a process that died
    }
  }
  throw new Error(`Could not claim the database directory ${dataDir}`)
}

function wrap(conn: Conn, inTx: boolean, root: PGlite, release: () => void = () => undefined): SqlDb {
  const db: SqlDb = {
    kind: 'pglite',
    // PGlite has no named statements to reuse (options.prepare): one connection, in this process.
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
      if (inTx || root.closed) return
      await root.close()
      release()
    },
  }
  return db
}

/**
 * PGlite runs no autovacuum, so nothing else ever refreshes the planner's statistics: without them
 * it guesses one row per table and picks sorts over indexes. Our tables are small, so analyzing
 * them all on open costs milliseconds; the catalogs are left out (analyzing those takes 100+ ms).
 */
async function analyzeTables(pg: PGlite) {
  const { rows } = await pg.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = current_schema()`,
  )
  if (rows.length > 0) await pg.exec(`analyze ${rows.map((r) => r.name).join(', ')}`)
}

/**
 * Embedded PostgreSQL. `dataDir` is a directory on disk (created if missing) or `memory://` for a
 * throwaway database (tests); `loadDataDir` starts from a dump instead of running initdb. PGlite
 * has a single connection, so a transaction holds it: other queries wait until it ends.
 */
export async function createPgliteDb(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<SqlDb> {
  const inMemory = dataDir.startsWith('memory://')
  let release = () => undefined as void
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true })
    release = claimDataDir(dataDir)
  }
  try {
    const pg = await PGlite.create(inMemory ? 'memory://' : dataDir, { parsers, loadDataDir: options.loadDataDir })
    await pg.exec(`set timezone = '${CITY_TIME_ZONE}'`)
    await analyzeTables(pg)
    return wrap(pg, false, pg, release)
  } catch (err) {
    release()
    throw err
  }
}
