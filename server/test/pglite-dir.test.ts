import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { createPgliteDb } from '../src/db/pglite'

const root = mkdtempSync(join(tmpdir(), 'yizhan-pglite-'))
after(() => rmSync(root, { recursive: true, force: true }))

test('a PGlite directory keeps its data, and only one holder opens it at a time', async () => {
  const dir = join(root, 'db')
  const first = await createPgliteDb(dir)
  await first.exec('create table kept (x int); insert into kept values (42)')
  await assert.rejects(createPgliteDb(dir), /already open/)
  await first.close()

  const again = await createPgliteDb(dir)
  assert.deepEqual(await again.query('select x from kept'), [{ x: 42 }])
  await again.close()
})

test('a lock left by a process that died does not block the next start', async () => {
  const dir = join(root, 'stale')
  const db = await createPgliteDb(dir)
  await db.close()
  // No process has this pid: pids are far below 2^22 on Linux.
  writeFileSync(join(dir, 'yizhan.pid'), '4194999')
  const reopened = await createPgliteDb(dir)
  await reopened.close()
})

test('opening a PGlite directory collects planner statistics for its tables (PGlite has no autovacuum)', async () => {
  const dir = join(root, 'stats')
  const first = await createPgliteDb(dir)
  await first.exec('create table counted (x int); insert into counted select generate_series(1, 500)')
  const estimate = async (db: typeof first) =>
    (await db.query<{ n: number }>(`select reltuples::int as n from pg_class where relname = 'counted'`))[0]!.n
  assert.equal(await estimate(first), -1, 'never analyzed yet')
  await first.close()

  const again = await createPgliteDb(dir)
  assert.equal(await estimate(again), 500)
  await again.close()
})
