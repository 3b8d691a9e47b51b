import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import { MessagePageSchema, SubscribeTemplatesSchema } from '../../src/shared/contracts/index'
import { notify } from '../src/messages/notify'
import { createAccount, type TestAccount } from './accounts'
import { expectError, get, post } from './auth-client'
import { call, forEachDatabase, startServer, testConfig, type TestServer } from './helper'

const RESULT_TEMPLATE = 'tmpl-result-001'
const REMINDER_TEMPLATE = 'tmpl-reminder-002'

/** `count` messages for `user`, message i a minute after message i-1 (PGlite's clock can give two inserts the same instant). */
async function giveMessages(server: TestServer, user: TestAccount, count: number, prefix = 'm') {
  for (let i = 0; i < count; i++) {
    const dedupeKey = `${prefix}${i}`
    await notify(server.db, { userId: user.id, kind: 'application_hired', title: `消息${i}`, body: `第 ${i} 条`, link: null, dedupeKey })
    await server.db.query(`update messages set created_at = now() - make_interval(mins => $3) where user_id = $1 and dedupe_key = $2`, [user.id, dedupeKey, count - i])
  }
}

async function page(server: TestServer, user: TestAccount, query = '') {
  const res = await get(server, `/me/messages${query}`, user.token)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return MessagePageSchema.parse(res.body)
}

forEachDatabase('Message centre', (target) => {
  let server: TestServer
  let alice: TestAccount
  let bob: TestAccount
  before(async () => {
    const base = testConfig()
    server = await startServer(target, {
      config: {
        wechatSubscribe: {
          ...base.wechatSubscribe,
          templates: {
            application_result: { templateId: RESULT_TEMPLATE, fields: { job: 'thing1' } },
            work_reminder: { templateId: REMINDER_TEMPLATE, fields: { job: 'thing1' } },
          },
        },
      },
    })
  })
  beforeEach(async () => {
    await server.db.query('delete from outbox')
    await server.db.query('delete from messages')
    await server.db.query('delete from wechat_subscriptions')
    alice = await createAccount(server, 'worker')
    bob = await createAccount(server, 'worker')
  })
  after(async () => server.close())

  it('lists only my own messages, newest first, with the unread count', async () => {
    await giveMessages(server, alice, 3)
    await giveMessages(server, bob, 2, 'b')
    const mine = await page(server, alice)
    assert.deepEqual(mine.items.map((m) => m.title), ['消息2', '消息1', '消息0'])
    assert.equal(mine.unreadCount, 3)
    assert.equal(mine.nextCursor, null)
    assert.ok(mine.items.every((m) => m.readAt === null))
    const bobs = await page(server, bob)
    assert.deepEqual(bobs.items.map((m) => m.title), ['消息1', '消息0'])
  })

  it('pages through all messages exactly once, even with equal timestamps', async () => {
    // Same created_at for all: the id breaks the tie, so no message is skipped or repeated.
    for (let i = 0; i < 7; i++) {
      await server.db.query(
        `insert into messages (user_id, kind, title, body, dedupe_key, created_at) values ($1, 'work_reminder', $2, '', $3, '2026-12-01T10:00:00+08:00')`,
        [alice.id, `同时${i}`, `same${i}`],
      )
    }
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const p = await page(server, alice, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...p.items.map((m) => m.id))
      assert.equal(p.unreadCount, 7)
      cursor = p.nextCursor
      pages += 1
    } while (cursor)
    assert.equal(pages, 3)
    assert.equal(new Set(seen).size, 7)
  })

  it('refuses a forged cursor and a bad limit in Chinese', async () => {
    const cursor = expectError(await get(server, '/me/messages?cursor=not-a-cursor', alice.token), 400, 'INVALID_CURSOR')
    assert.equal(cursor.message, '翻页参数无效，请从第一页重新加载')
    const limit = expectError(await get(server, '/me/messages?limit=500', alice.token), 400, 'VALIDATION_FAILED')
    assert.equal(limit.fields?.limit, '每页最多 50 条')
  })

  it('needs a signed-in person', async () => {
    expectError(await get(server, '/me/messages'), 401, 'UNAUTHORIZED')
    expectError(await get(server, '/me/messages/unread-count'), 401, 'UNAUTHORIZED')
    expectError(await call(server, 'POST', '/me/messages/read-all'), 401, 'UNAUTHORIZED')
  })

  it('marks one message read; the count goes down', async () => {
    await giveMessages(server, alice, 2)
    const [newest] = (await page(server, alice)).items
    const res = await call(server, 'POST', `/me/messages/${newest!.id}/read`, { as: alice })
    assert.equal(res.status, 204)
    const after = await page(server, alice)
    assert.equal(after.unreadCount, 1)
    assert.ok(after.items.find((m) => m.id === newest!.id)?.readAt)
    const count = await get(server, '/me/messages/unread-count', alice.token)
    assert.deepEqual(count.body, { count: 1 })
    // Again is harmless and keeps the first read time.
    const again = await call(server, 'POST', `/me/messages/${newest!.id}/read`, { as: alice })
    assert.equal(again.status, 204)
    assert.equal((await page(server, alice)).items.find((m) => m.id === newest!.id)?.readAt, after.items.find((m) => m.id === newest!.id)?.readAt)
  })

  it("answers 404 for someone else's message, which stays unread", async () => {
    await giveMessages(server, bob, 1)
    const [bobs] = (await page(server, bob)).items
    const refused = expectError(await call(server, 'POST', `/me/messages/${bobs!.id}/read`, { as: alice }), 404, 'MESSAGE_NOT_FOUND')
    assert.equal(refused.message, '没有找到这条消息')
    assert.equal((await page(server, bob)).unreadCount, 1)
    expectError(await call(server, 'POST', '/me/messages/00000000-0000-4000-8000-000000000000/read', { as: alice }), 404, 'MESSAGE_NOT_FOUND')
    const bad = expectError(await call(server, 'POST', '/me/messages/abc/read', { as: alice }), 400, 'VALIDATION_FAILED')
    assert.equal(bad.fields?.id, '编号格式不对')
  })

  it('marks all of my messages read, not anyone else’s', async () => {
    await giveMessages(server, alice, 3)
    await giveMessages(server, bob, 2, 'b')
    const res = await call(server, 'POST', '/me/messages/read-all', { as: alice })
    assert.equal(res.status, 204)
    assert.equal((await page(server, alice)).unreadCount, 0)
    assert.equal((await page(server, bob)).unreadCount, 2)
  })

  it('lists the configured subscribe templates to anyone', async () => {
    const res = await get(server, '/wechat/subscribe-templates')
    assert.equal(res.status, 200)
    const { templates } = SubscribeTemplatesSchema.parse(res.body)
    assert.deepEqual(
      templates.sort((a, b) => a.kind.localeCompare(b.kind)),
      [
        { kind: 'application_result', templateId: RESULT_TEMPLATE },
        { kind: 'work_reminder', templateId: REMINDER_TEMPLATE },
      ],
    )
  })

  it('counts one message per accepted template, for me only', async () => {
    const body = { results: [{ templateId: RESULT_TEMPLATE, accepted: true }, { templateId: REMINDER_TEMPLATE, accepted: false }] }
    for (let i = 0; i < 2; i++) assert.equal((await post(server, '/me/wechat-subscriptions', body, alice.token)).status, 204)
    const rows = await server.db.query<{ user_id: string; template_id: string; remaining: number }>('select user_id, template_id, remaining from wechat_subscriptions')
    assert.deepEqual(rows, [{ user_id: alice.id, template_id: RESULT_TEMPLATE, remaining: 2 }])
  })

  it('refuses an unknown template without recording any of the request', async () => {
    const body = { results: [{ templateId: RESULT_TEMPLATE, accepted: true }, { templateId: 'not-ours', accepted: true }] }
    const error = expectError(await post(server, '/me/wechat-subscriptions', body, alice.token), 400, 'UNKNOWN_TEMPLATE')
    assert.equal(error.message, '订阅的消息模板不存在，请更新小程序后再试')
    assert.equal((await server.db.query('select 1 from wechat_subscriptions')).length, 0)
    expectError(await post(server, '/me/wechat-subscriptions', { results: [] }, alice.token), 400, 'VALIDATION_FAILED')
    expectError(await post(server, '/me/wechat-subscriptions', body), 401, 'UNAUTHORIZED')
  })
})

forEachDatabase('Subscribe templates without configuration', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target)
  })
  after(async () => server.close())

  it('lists none, and every template is unknown', async () => {
    assert.deepEqual((await get(server, '/wechat/subscribe-templates')).body, { templates: [] })
    const worker = await createAccount(server, 'worker')
    expectError(await post(server, '/me/wechat-subscriptions', { results: [{ templateId: 'x', accepted: true }] }, worker.token), 400, 'UNKNOWN_TEMPLATE')
  })
})
