import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The local server CI and the dev container run (trust auth); only used to create and drop databases. */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * A PostgreSQL server to make throwaway databases on: DATABASE_URL's when it is set, otherwise the
 * local one if it answers within a second; null when there is none.
 */
export async function findPostgresServer(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env.DATABASE_URL) return env.DATABASE_URL
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES_URL, connectionTimeoutMillis: 1_000 })
  try {
    await client.connect()
    await client.query('select 1')
    return LOCAL_POSTGRES_URL
  } catch {
    return null
  } finally {
    await client.end().catch(() => undefined)
  }
}

export interface TemporaryDatabase {
  /** The new database's URL (same server, user and options as the server URL). */
  url: string
  name: string
  /** Drops it, closing whatever connections are still open on it. */
  drop(): Promise<void>
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A new, empty, uniquely named database on the server at `serverUrl`. */
export async function createTemporaryDatabase(serverUrl: string, prefix = 'yizhan_tmp'): Promise<TemporaryDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    name,
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  }
}
