import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { describe } from 'node:test'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { z } from 'zod/mini'
import { API_PREFIX, ErrorBodySchema, type ErrorBody } from '../../src/shared/contracts/index'
import { buildApp } from '../src/app'
import { loadConfig, type Config } from '../src/config'
import { createPgliteDb } from '../src/db/pglite'
import { createPostgresDb } from '../src/db/postgres'
import { migrate } from '../src/db/migrate'
import type { SqlDb } from '../src/db/sql-db'
import { seed } from '../src/seed/index'

/** A database engine the suites run against: PGlite always, PostgreSQL when DATABASE_URL is set. */
export interface DatabaseTarget {
  kind: 'pglite' | 'postgres'
  /** A brand-new empty database (not migrated). */
  create(): Promise<FreshDatabase>
}

export interface FreshDatabase {
  db: SqlDb
  /** Set for PostgreSQL: the URL of this database, e.g. for a second process. */
  databaseUrl?: string
  /** Closes the connection and, for PostgreSQL, drops the database. */
  drop(): Promise<void>
}

let emptyCluster: Promise<Blob> | undefined

/** initdb takes seconds in WebAssembly: run it once per test process, then start each database from its dump. */
function emptyClusterDump(): Promise<Blob> {
  emptyCluster ??= (async () => {
    const fresh = await PGlite.create('memory://')
    const dump = await fresh.dumpDataDir('none')
    await fresh.close()
    return dump
  })()
  return emptyCluster
}

const pgliteTarget: DatabaseTarget = {
  kind: 'pglite',
  async create() {
    const db = await createPgliteDb('memory://', { loadDataDir: await emptyClusterDump() })
    return { db, drop: () => db.close() }
  },
}

/** Each call makes a uniquely named database on DATABASE_URL's server and drops it afterwards. */
function postgresTarget(serverUrl: string): DatabaseTarget {
  return {
    kind: 'postgres',
    async create() {
      const name = `yizhan_test_${process.pid}_${randomBytes(4).toString('hex')}`
      const admin = new pg.Client({ connectionString: serverUrl })
      await admin.connect()
      try {
        await admin.query(`create database ${name}`)
      } finally {
        await admin.end()
      }
      const url = new URL(serverUrl)
      url.pathname = `/${name}`
      const databaseUrl = url.toString()
      const db = createPostgresDb(databaseUrl, 5)
      return {
        db,
        databaseUrl,
        async drop() {
          await db.close()
          const cleanup = new pg.Client({ connectionString: serverUrl })
          await cleanup.connect()
          try {
            await cleanup.query(`drop database if exists ${name} with (force)`)
          } finally {
            await cleanup.end()
          }
        },
      }
    },
  }
}

export function databaseTargets(): DatabaseTarget[] {
  const url = process.env.DATABASE_URL
  return url ? [pgliteTarget, postgresTarget(url)] : [pgliteTarget]
}

/**
 * Runs a suite once per database engine, as `describe('<title> [pglite]')` and, with DATABASE_URL,
 * `describe('<title> [postgres]')`.
 */
export function forEachDatabase(title: string, suite: (target: DatabaseTarget) => void) {
  for (const target of databaseTargets()) describe(`${title} [${target.kind}]`, () => suite(target))
}

/** The config a test server runs with: quiet, demo mode, no H5 build unless a test gives one. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // No list cache: tests change rows and read the lists again at once (jobs-cache.test.ts turns it on).
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_MODE: 'true', SEED_ON_START: 'false', DATA_DIR: 'memory://', H5_DIR: '/nonexistent/h5', JOBS_CACHE_MS: '0' })
  return { ...base, ...overrides }
}

export interface TestServer {
  app: FastifyInstance
  db: SqlDb
  config: Config
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string
  /** Set for PostgreSQL targets. */
  databaseUrl?: string
  url(path: string): string
  close(): Promise<void>
}

export interface StartOptions {
  /** Load the demo city (seeded as of `today`, default the database's current date). */
  seed?: boolean
  today?: string
  config?: Partial<Config>
}

/**
 * Builds the app on a fresh, migrated database of the given engine and listens on 127.0.0.1 at a
 * free port: tests go through real HTTP.
 */
export async function startServer(target: DatabaseTarget, options: StartOptions = {}): Promise<TestServer> {
  const fresh = await target.create()
  try {
    await migrate(fresh.db)
    if (options.seed) await seed(fresh.db, options.today)
    const config = testConfig(options.config)
    const app = await buildApp(config, { db: fresh.db })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const baseUrl = `http://127.0.0.1:${port}`
    return {
      app,
      db: fresh.db,
      config,
      baseUrl,
      databaseUrl: fresh.databaseUrl,
      url: (path) => baseUrl + path,
      async close() {
        await app.close()
        await fresh.drop()
      },
    }
  } catch (err) {
    await fresh.drop()
    throw err
  }
}

export interface JsonResponse {
  status: number
  headers: Headers
  body: unknown
}

/** fetch + JSON body (null when the body is empty or not JSON). */
export async function request(server: TestServer, path: string, init?: RequestInit): Promise<JsonResponse> {
  const res = await fetch(server.url(path), { redirect: 'manual', ...init })
  const text = await res.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  return { status: res.status, headers: res.headers, body }
}

/** GETs a path, expects `status`, and parses the body with a contract schema (a mismatch fails the test). */
export async function getJson<S extends z.ZodMiniType>(server: TestServer, path: string, schema: S, status = 200): Promise<z.output<S>> {
  const res = await request(server, path)
  if (res.status !== status) {
    throw new Error(`GET ${path}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  }
  return schema.parse(res.body)
}

export interface CallOptions {
  /** Who calls: a test account or a session (anything with a bearer token); nobody when absent. */
  as?: { token: string }
  body?: unknown
  /** Sent as Idempotency-Key. */
  key?: string
}

/** One API call (`path` below the API prefix) through real HTTP, as the app makes it. */
export function call(server: TestServer, method: string, path: string, o: CallOptions = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = o.as ? { authorization: `Bearer ${o.as.token}` } : {}
  if (o.body !== undefined) headers['content-type'] = 'application/json'
  if (o.key) headers['idempotency-key'] = o.key
  return request(server, API_PREFIX + path, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) })
}

/** The error body of a response, checked against the contract, with a readable failure. */
export function errorOf(res: JsonResponse, status: number): ErrorBody['error'] {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return ErrorBodySchema.parse(res.body).error
}

/** Parses a success body with its contract schema, with a readable failure on the wrong status. */
export function bodyOf<T>(res: JsonResponse, status: number, schema: { parse(v: unknown): T }): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return schema.parse(res.body)
}

export interface ServerProcess {
  child: ChildProcess
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string
  /** Everything it has logged so far. */
  output(): string
}

const SERVER_ENTRY = resolve(__dirname, '../src/server.ts')

/**
 * Starts `server.ts` as `npm start` would, and waits for its "listening" log line. Only what the test
 * names reaches it: a database, data dir, seeding or demo mode inherited from the test run must not leak in.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { DATABASE_URL: _url, DATA_DIR: _dir, SEED_ON_START: _seed, DEMO_MODE: _demo, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: { ...inherited, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', H5_DIR: '/nonexistent/h5', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let listening = false
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = listening ? null : /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        // Once only: later output (the shutdown's) must not take away the listener `stopServerProcess` adds.
        listening = true
        clearTimeout(timer)
        child.removeAllListeners('exit')
        resolvePromise({ child, baseUrl: match[1]!, output: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
    timer.unref()
  })
}

/** Sends the process `signal` and answers its exit code. */
export function stopServerProcess(running: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolvePromise) => {
    running.child.removeAllListeners('exit')
    running.child.on('exit', (code) => resolvePromise(code))
    running.child.kill(signal)
  })
}

/** Follows `nextCursor` from the first page to the last, `page` fetching each; fails on a loop. */
export async function allPages<T>(
  page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const got = await page(cursor)
    items.push(...got.items)
    cursor = got.nextCursor
    pages += 1
    assert.ok(pages < 1000, 'paging does not end')
  } while (cursor)
  return { items, pages }
}
