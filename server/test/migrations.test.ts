import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createPostgresDb } from '../src/db/postgres'
import { migrate, readMigrations } from '../src/db/migrate'
import { forEachDatabase } from './helper'

forEachDatabase('migrations', (target) => {
  test('apply all files in order once; a second run applies nothing', async () => {
    const fresh = await target.create()
    try {
      const files = readMigrations().map((m) => m.name)
      assert.ok(files[0]?.startsWith('0001_'))
      assert.deepEqual(await migrate(fresh.db), files)
      assert.deepEqual(await migrate(fresh.db), [])
      const recorded = await fresh.db.query<{ name: string }>('select name from schema_migrations order by version')
      assert.deepEqual(recorded.map((r) => r.name), files)
    } finally {
      await fresh.drop()
    }
  })

  test('a failing migration is rolled back whole and the error surfaces', async () => {
    const fresh = await target.create()
    try {
      const broken = [{ version: '9001', name: '9001_broken.sql', sql: 'create table half_done (id int); select no_such_function();' }]
      await assert.rejects(migrate(fresh.db, broken))
      const tables = await fresh.db.query(`select 1 from information_schema.tables where table_name = 'half_done'`)
      assert.equal(tables.length, 0)
    } finally {
      await fresh.drop()
    }
  })

  test('two processes migrating at once: each file applied exactly once', async () => {
    const fresh = await target.create()
    // PGlite has one connection (the lock is trivially held); PostgreSQL gets two separate pools.
    const other = fresh.databaseUrl ? createPostgresDb(fresh.databaseUrl, 2) : fresh.db
    try {
      const [first, second] = await Promise.all([migrate(fresh.db), migrate(other)])
      const files = readMigrations().map((m) => m.name)
      assert.deepEqual([...first, ...second].sort(), files)
    } finally {
      if (other !== fresh.db) await other.close()
      await fresh.drop()
    }
  })
})
