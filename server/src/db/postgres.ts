import { createHash } from 'node:crypto'
import pg from 'pg'
import { CITY_TIME_ZONE, parsers } from './parsers'
import type { SqlDb } from './sql-db'
import type { QueryOptions } from './types'

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

/** Per-pool type parsers, so nothing global in `pg` is changed. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    const own = parsers[oid]
    if (own && format !== 'binary') return own
    return pg.types.getTypeParser(oid, format as 'text')
  },
} as pg.CustomTypesConfig

/**
 * node-postgres prepares a named statement on each connection the first time it runs there; the name
 * must always stand for the same text, so it is derived from the text.
 */
const statementNames = new Map<string, string>()
function statementName(sql: string): string {
  let name = statementNames.get(sql)
  if (!name) {
    name = `q_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`
    statementNames.set(sql, name)
  }
  return name
}

function wrap(conn: Queryable, pool: pg.Pool, client: pg.PoolClient | null): SqlDb {
  const db: SqlDb = {
    kind: 'postgres',
    async query<Row>(sql: string, params?: readonly unknown[], options?: QueryOptions) {
      const values = params ? [...params] : undefined
      const result = options?.prepare ? await conn.query({ name: statementName(sql), text: sql, values }) : await conn.query(sql, values)
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
