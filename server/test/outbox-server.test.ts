import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { createPgliteDb } from '../src/db/pglite'
import { migrate } from '../src/db/migrate'
import type { SqlDb } from '../src/db/sql-db'
import { notify } from '../src/messages/notify'
import { inQuietHours } from '../src/city-time'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, startServerProcess, stopServerProcess, type FreshDatabase } from './helper'

const TEMPLATE = 'tmpl-process'

/** A WeChat user with one consent and one pending push. */
async function preparePush(db: SqlDb) {
  await migrate(db)
  const [user] = await db.query<{ id: string }>(`insert into users (role, wechat_openid, display_name) values ('worker', 'openid-process', '微信用户') returning id`)
  await db.query('insert into wechat_subscriptions (user_id, template_id, remaining) values ($1, $2, 1)', [user!.id, TEMPLATE])
  await notify(db, {
    userId: user!.id,
    kind: 'application_hired',
    title: '你被录用了',
    body: '仓库装卸工：你已被录用',
    link: null,
    dedupeKey: 'process-push',
    push: { templateKind: 'application_result', data: { job: '仓库装卸工', result: '已录用' } },
  })
}

forEachDatabase('The outbox worker in the server process', (target) => {
  let wechat: FakeWechat
  let fresh: FreshDatabase | null = null
  let dataDir = ''
  let env: Record<string, string>
  before(async () => {
    wechat = await new FakeWechat().start()
    wechat.registerTemplate(TEMPLATE, ['thing1', 'phrase2', 'thing3', 'thing4'])
    const wechatEnv = { WECHAT_API_BASE: wechat.url, WECHAT_APPID: wechat.appId, WECHAT_SECRET: wechat.secret, WECHAT_TEMPLATE_APPLICATION_RESULT: TEMPLATE, OUTBOX_POLL_MS: '100', SEED_ON_START: 'false' }
    if (target.kind === 'postgres') {
      fresh = await target.create()
      await preparePush(fresh.db)
      env = { ...wechatEnv, DATABASE_URL: fresh.databaseUrl! }
    } else {
      // PGlite belongs to one process: prepare it here, close it, then hand the directory over.
      dataDir = mkdtempSync(join(tmpdir(), 'yizhan-outbox-'))
      const db = await createPgliteDb(join(dataDir, 'db'))
      await preparePush(db)
      await db.close()
      env = { ...wechatEnv, DATA_DIR: join(dataDir, 'db') }
    }
  })
  after(async () => {
    await wechat.close()
    if (fresh) await fresh.drop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  if (target.kind === 'postgres') {
    test('two server processes on one database send each push once, sharing one access token', async (t) => {
      const other = await target.create()
      try {
        await migrate(other.db)
        for (let i = 0; i < 20; i++) {
          const [user] = await other.db.query<{ id: string }>(`insert into users (role, wechat_openid, display_name) values ('worker', $1, '微信用户') returning id`, [`openid-two-${i}`])
          await other.db.query('insert into wechat_subscriptions (user_id, template_id, remaining) values ($1, $2, 1)', [user!.id, TEMPLATE])
          await notify(other.db, { userId: user!.id, kind: 'application_hired', title: 't', body: 'b', link: null, dedupeKey: 'two', push: { templateKind: 'application_result', data: { job: `岗位${i}` } } })
        }
        const sendsBefore = wechat.subscribeSends.length
        const tokensBefore = wechat.tokenRequests.length
        wechat.tokenDelayMs = 200
        const twoEnv = { ...env, DATABASE_URL: other.databaseUrl!, OUTBOX_POLL_MS: '100' }
        const processes = await Promise.all([startServerProcess(twoEnv), startServerProcess(twoEnv)])
        try {
          if (inQuietHours(new Date())) {
            t.diagnostic('quiet hours in the city: checking the pushes are held')
            await new Promise((r) => setTimeout(r, 800))
            assert.equal(wechat.subscribeSends.length, sendsBefore)
            return
          }
          const deadline = Date.now() + 20_000
          while (wechat.subscribeSends.length - sendsBefore < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
          // Time for a double send to show up, if there were one.
          await new Promise((r) => setTimeout(r, 500))
        } finally {
          for (const p of processes) assert.equal(await stopServerProcess(p), 0, p.output())
          wechat.tokenDelayMs = 0
        }
        const jobs = wechat.subscribeSends.slice(sendsBefore).map((s) => s.data.thing1?.value)
        assert.equal(jobs.length, 20)
        assert.equal(new Set(jobs).size, 20)
        assert.equal(wechat.tokenRequests.length - tokensBefore, 1)
      } finally {
        await other.drop()
      }
    })
  }

  test('is off with OUTBOX_WORKER=false, runs by default, and stops with the server', async (t) => {
    const callsBefore = wechat.subscribeCalls.length
    const mine = () => wechat.subscribeSends.filter((s) => s.touser === 'openid-process')
    const off = await startServerProcess({ ...env, OUTBOX_WORKER: 'false' })
    await new Promise((r) => setTimeout(r, 800))
    assert.equal(await stopServerProcess(off), 0)
    assert.equal(wechat.subscribeCalls.length, callsBefore)

    const running = await startServerProcess(env)
    try {
      if (inQuietHours(new Date())) {
        // The real clock is in quiet hours: the worker must hold the push (the send is proved with an injected clock in outbox.test.ts).
        t.diagnostic('quiet hours in the city: checking the push is held')
        await new Promise((r) => setTimeout(r, 800))
        assert.equal(wechat.subscribeCalls.length, callsBefore)
        return
      }
      const deadline = Date.now() + 15_000
      while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      assert.equal(mine().length, 1, running.output())
    } finally {
      assert.equal(await stopServerProcess(running), 0, running.output())
    }
  })
})
