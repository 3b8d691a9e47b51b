import pg from 'pg'
import { CITY_TIME_ZONE, parsers } from './parsers'
import type { SqlDb } from './sql-db'

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

/** Per-pool type parsers, so nothing global in `pg` is changed. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    const own = parsers[oid]
    if (own && format !== 'binary') return own
    return pg.types.getTypeParser(oid, format as 'text')
  },
} as pg.CustomTypesConfig

function wrap(conn: Queryable, pool: pg.Pool, client: pg.PoolClient | null): SqlDb {
  const db: SqlDb = {
    kind: 'postgres',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await conn.query(sql, params ? [...params] : undefined)
      return result.rows as Row[]
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await conn.query(sql)
    },
    async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
      if (client) return fn(db)
      // A transaction needs one connection for all its statements, not whichever the pool hands out.
      const own = await pool.connect()
      try {
        await own.query('begin')
        const result = await fn(wrap(own, pool, own))
        await own.query('commit')
        return result
      } catch (err) {
        await own.query('rollback').catch(() => undefined)
        throw err
      } finally {
        own.release()
      }
    },
    async close() {
      if (!client) await pool.end()
    },
  }
  return db
}

/** Real PostgreSQL through a node-postgres pool; every connection runs in the city's time zone. */
export function createPostgresDb(connectionString: string, max = 10): SqlDb {
  const pool = new pg.Pool({
    connectionString,
    max,
    types,
    options: `-c TimeZone=${CITY_TIME_ZONE}`,
    // Without it a request (or the health check) waits forever for a database that is down.
    connectionTimeoutMillis: 5_000,
  })
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)
  return wrap(pool, pool, null)
}
