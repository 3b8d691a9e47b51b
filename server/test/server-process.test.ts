import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { API_PREFIX, StationListSchema } from '../../src/shared/contracts/index'
import { createPgliteDb } from '../src/db/pglite'
import { forEachDatabase, startServerProcess, stopServerProcess, type FreshDatabase } from './helper'

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
    const running = await startServerProcess(env)
    try {
      const res = await fetch(`${running.baseUrl}${API_PREFIX}/stations`)
      const list = StationListSchema.parse(await res.json())
      assert.ok(list.items.length >= 12)
      assert.match(running.output(), /demo city seeded/)
      if (env.DATA_DIR) await assert.rejects(createPgliteDb(env.DATA_DIR), /in use by process/)
    } finally {
      assert.equal(await stopServerProcess(running, 'SIGTERM'), 0)
    }
  })

  test('a restart keeps the data and does not seed again', async () => {
    const running = await startServerProcess(env)
    try {
      const res = await fetch(`${running.baseUrl}${API_PREFIX}/stations`)
      assert.ok(StationListSchema.parse(await res.json()).items.length >= 12)
      assert.doesNotMatch(running.output(), /demo city seeded|migrations applied/)
    } finally {
      assert.equal(await stopServerProcess(running, 'SIGINT'), 0)
    }
  })
})
