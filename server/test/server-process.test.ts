import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { API_PREFIX, StationListSchema } from '../../src/shared/contracts/index'
import { createPgliteDb } from '../src/db/pglite'
import { forEachDatabase, type FreshDatabase } from './helper'

const ENTRY = resolve(__dirname, '../src/server.ts')

interface Running {
  child: ChildProcess
  baseUrl: string
  output: () => string
}

/** Starts `server.ts` as `npm start` would, and waits for its "listening" log line. */
function startProcess(env: Record<string, string>): Promise<Running> {
  // Only what the test names: a DATABASE_URL inherited from the test run must not leak in.
  const { DATABASE_URL: _url, DATA_DIR: _dir, SEED_ON_START: _seed, DEMO_MODE: _demo, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...inherited, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', H5_DIR: '/nonexistent/h5', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
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

function stop(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolvePromise) => {
    running.child.removeAllListeners('exit')
    running.child.on('exit', (code) => resolvePromise(code))
    running.child.kill(signal)
  })
}

forEachDatabase('the server process', (target) => {
  let fresh: FreshDatabase | null = null
  let dataDir = ''
  let env: Record<string, string>
  before(async () => {
    if (target.kind === 'postgres') {
      fresh = await target.create()
      // The process makes its own connections; this one is only for dropping the database after.
      env = { DATABASE_URL: fresh.databaseUrl!, SEED_ON_START: 'true' }
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'yizhan-data-'))
      env = { DATA_DIR: join(dataDir, 'db') }
    }
  })
  after(async () => {
    if (fresh) await fresh.drop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  test('first start migrates and seeds the demo city; SIGTERM shuts it down cleanly', async () => {
    const running = await startProcess(env)
    try {
      const res = await fetch(`${running.baseUrl}${API_PREFIX}/stations`)
      const list = StationListSchema.parse(await res.json())
      assert.ok(list.items.length >= 12)
      assert.match(running.output(), /demo city seeded/)
      if (env.DATA_DIR) await assert.rejects(createPgliteDb(env.DATA_DIR), /in use by process/)
    } finally {
      assert.equal(await stop(running, 'SIGTERM'), 0)
    }
  })

  test('a restart keeps the data and does not seed again', async () => {
    const running = await startProcess(env)
    try {
      const res = await fetch(`${running.baseUrl}${API_PREFIX}/stations`)
      assert.ok(StationListSchema.parse(await res.json()).items.length >= 12)
      assert.doesNotMatch(running.output(), /demo city seeded|migrations applied/)
    } finally {
      assert.equal(await stop(running, 'SIGINT'), 0)
    }
  })
})
