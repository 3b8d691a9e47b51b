import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { Config } from '../src/config'
import { createPostgresDb } from '../src/db/postgres'
import { notify } from '../src/messages/notify'
import { cityDateAfter, cityMoment } from '../src/city-time'
import { OutboxWorker, type OutboxWorkerOptions } from '../src/outbox/worker'
import type { Db } from '../src/db/types'
import { WechatServerApi } from '../src/wechat/api'
import { createAccount, newOpenid, type TestAccount } from './accounts'
import { post } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, startServer, testConfig, type TestServer } from './helper'

const RESULT_TEMPLATE = 'tmpl-result'
const REMINDER_TEMPLATE = 'tmpl-reminder'
const RESULT_KEYS = ['thing1', 'phrase2', 'thing3', 'thing4']
const REMINDER_KEYS = ['thing1', 'time2', 'thing3', 'thing4']

/** A moment in the city, `days` after today's date (in the future, so rows created now are due by then). */
const cityAt = (time: string, days = 2) => cityMoment(cityDateAfter(new Date(), days), time)

interface OutboxRow {
  id: number
  status: string
  attempts: number
  last_error: string | null
  next_attempt_at: string
  locked_until: string | null
}

forEachDatabase('Outbox worker', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  let subscribe: Config['wechatSubscribe']
  let now: Date
  let worker: TestAccount

  before(async () => {
    wechat = await new FakeWechat().start()
    wechat.registerTemplate(RESULT_TEMPLATE, RESULT_KEYS)
    wechat.registerTemplate(REMINDER_TEMPLATE, REMINDER_KEYS)
    const base = testConfig()
    subscribe = {
      miniprogramState: 'trial',
      templates: {
        application_result: { templateId: RESULT_TEMPLATE, fields: { job: 'thing1', result: 'phrase2', employer: 'thing3', note: 'thing4' } },
        work_reminder: { templateId: REMINDER_TEMPLATE, fields: { job: 'thing1', time: 'time2', place: 'thing3', note: 'thing4' } },
      },
    }
    server = await startServer(target, {
      config: { wechat: wechat.config, wechatSubscribe: { ...base.wechatSubscribe, ...subscribe } },
    })
  })
  beforeEach(async () => {
    for (const table of ['outbox', 'messages', 'wechat_subscriptions', 'wechat_access_tokens']) await server.db.query(`delete from ${table}`)
    wechat.subscribeSends.length = 0
    wechat.subscribeFailures = []
    wechat.tokenRequests.length = 0
    wechat.tokenDelayMs = 0
    now = cityAt('10:00')
    worker = await createAccount(server, 'worker', { wechatOpenid: newOpenid() })
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  function makeWorker(overrides: Partial<OutboxWorkerOptions> = {}, db: Db = server.db) {
    return new OutboxWorker({
      db,
      wechat: new WechatServerApi(db, wechat.config),
      subscribe,
      clock: () => now,
      ...overrides,
    })
  }

  async function consent(account: TestAccount, templateId: string, times = 1) {
    for (let i = 0; i < times; i++) {
      const res = await post(server, '/me/wechat-subscriptions', { results: [{ templateId, accepted: true }] }, account.token)
      assert.equal(res.status, 204, JSON.stringify(res.body))
    }
  }

  const remaining = async (account: TestAccount, templateId: string) =>
    (await server.db.query<{ remaining: number }>('select remaining from wechat_subscriptions where user_id = $1 and template_id = $2', [account.id, templateId]))[0]?.remaining ?? 0

  const outboxRows = () => server.db.query<OutboxRow>('select id, status, attempts, last_error, next_attempt_at, locked_until from outbox order by id')

  async function hiredNotice(account: TestAccount, key: string, job = '仓库搬运工') {
    await notify(server.db, {
      userId: account.id,
      kind: 'application_hired',
      title: '你被录用了',
      body: `${job}：你已被录用`,
      link: { kind: 'application', id: '11111111-1111-4111-8111-111111111111' },
      dedupeKey: key,
      push: { templateKind: 'application_result', data: { job, result: '已录用', employer: '长治市太行物流园管理有限公司（潞州区分公司）', note: '明天 08:00 到岗' } },
    })
  }

  it('sends a consented push once, to the openid, with the page and values cut to WeChat’s limits; the consent is used up', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:1', '长治市潞州区太行物流园夜班装卸搬运工（长期招聘）')
    const result = await makeWorker().tick()
    assert.equal(result.sent, 1)
    assert.equal(wechat.subscribeSends.length, 1)
    const sent = wechat.subscribeSends[0]!
    assert.equal(sent.touser, (await server.db.query<{ o: string }>('select wechat_openid as o from users where id = $1', [worker.id]))[0]!.o)
    assert.equal(sent.template_id, RESULT_TEMPLATE)
    assert.equal(sent.page, 'subpackages/work/application/index?id=11111111-1111-4111-8111-111111111111')
    assert.equal(sent.miniprogram_state, 'trial')
    assert.deepEqual(sent.data, {
      thing1: { value: '长治市潞州区太行物流园夜班装卸搬运工（…' },
      phrase2: { value: '已录用' },
      thing3: { value: '长治市太行物流园管理有限公司（潞州区分…' },
      thing4: { value: '明天 08:00 到岗' },
    })
    assert.equal([...sent.data.thing1!.value].length, 20)
    assert.equal(await remaining(worker, RESULT_TEMPLATE), 0)
    const [row] = await outboxRows()
    assert.equal(row?.status, 'sent')

    // Nothing left to do: a second round sends nothing more.
    assert.equal((await makeWorker().tick()).sent, 0)
    assert.equal(wechat.subscribeSends.length, 1)
  })

  it('skips without consent, and the in-app message stays', async () => {
    await hiredNotice(worker, 'hired:2')
    const result = await makeWorker().tick()
    assert.equal(result.skipped, 1)
    assert.equal(wechat.subscribeSends.length, 0)
    const [row] = await outboxRows()
    assert.equal(row?.status, 'skipped')
    assert.match(row?.last_error ?? '', /no consent/)
    assert.equal((await server.db.query('select 1 from messages where user_id = $1', [worker.id])).length, 1)
  })

  it('one consent is one message: the second push of the same template is skipped', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:a')
    await hiredNotice(worker, 'hired:b')
    const result = await makeWorker().tick()
    assert.deepEqual({ sent: result.sent, skipped: result.skipped }, { sent: 1, skipped: 1 })
    assert.equal(wechat.subscribeSends.length, 1)
  })

  it('skips a person without WeChat, and a kind without a configured template', async () => {
    const smsOnly = await createAccount(server, 'worker')
    await consent(smsOnly, RESULT_TEMPLATE)
    await hiredNotice(smsOnly, 'hired:3')
    assert.equal((await makeWorker().tick()).skipped, 1)
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:4')
    assert.equal((await makeWorker({ subscribe: { ...subscribe, templates: { work_reminder: subscribe.templates.work_reminder! } } }).tick()).skipped, 1)
    const rows = await outboxRows()
    assert.match(rows[0]?.last_error ?? '', /no openid/)
    assert.match(rows[1]?.last_error ?? '', /no template configured/)
    assert.equal(wechat.subscribeSends.length, 0)
    // Skipped before spending anything.
    assert.equal(await remaining(worker, RESULT_TEMPLATE), 1)
  })

  it('retries after WeChat fails, with back-off, then sends; the consent is kept for the retry', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:5')
    wechat.subscribeFailures = [-1]
    const sender = makeWorker({ retryBaseSeconds: 60 })
    assert.equal((await sender.tick()).retried, 1)
    let [row] = await outboxRows()
    assert.equal(row?.status, 'pending')
    assert.equal(row?.attempts, 1)
    assert.match(row?.last_error ?? '', /errcode -1/)
    assert.equal(row?.locked_until, null)
    assert.equal(new Date(row!.next_attempt_at).getTime(), now.getTime() + 60_000)
    assert.equal(await remaining(worker, RESULT_TEMPLATE), 1)

    now = new Date(now.getTime() + 59_000)
    assert.equal((await sender.tick()).sent, 0, 'not before its back-off')
    now = new Date(now.getTime() + 1_000)
    assert.equal((await sender.tick()).sent, 1)
    ;[row] = await outboxRows()
    assert.equal(row?.status, 'sent')
    assert.equal(row?.attempts, 2)
    assert.equal(wechat.subscribeSends.length, 1)
    assert.equal(await remaining(worker, RESULT_TEMPLATE), 0)
  })

  it("gives up after the last attempt: 'failed', with the error; back-off doubles", async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:6')
    wechat.subscribeFailures = [-1, -1, -1]
    const sender = makeWorker({ retryBaseSeconds: 10, maxAttempts: 3 })
    const start = now.getTime()
    await sender.tick()
    now = new Date(start + 10_000)
    await sender.tick()
    let [row] = await outboxRows()
    assert.equal(new Date(row!.next_attempt_at).getTime(), now.getTime() + 20_000)
    now = new Date(now.getTime() + 20_000)
    await sender.tick()
    ;[row] = await outboxRows()
    assert.deepEqual({ status: row?.status, attempts: row?.attempts }, { status: 'failed', attempts: 3 })
    assert.match(row?.last_error ?? '', /errcode -1/)
    assert.equal(wechat.subscribeSends.length, 0)
  })

  it('skips when WeChat says the person has no subscription left, and forgets the count', async () => {
    await consent(worker, RESULT_TEMPLATE, 3)
    await hiredNotice(worker, 'hired:7')
    wechat.subscribeFailures = [43101]
    assert.equal((await makeWorker().tick()).skipped, 1)
    assert.equal(await remaining(worker, RESULT_TEMPLATE), 0)
  })

  it('holds pushes in quiet hours (22:00–08:00) and sends them at 08:00', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:8')
    const sender = makeWorker()
    for (const time of ['22:00', '23:30']) {
      now = cityAt(time)
      assert.equal((await sender.tick()).sent, 0, time)
    }
    for (const time of ['00:00', '07:59']) {
      now = cityAt(time, 3)
      assert.equal((await sender.tick()).sent, 0, time)
    }
    assert.equal(wechat.subscribeSends.length, 0)
    assert.equal((await outboxRows())[0]?.attempts, 0, 'not even claimed')
    now = cityAt('08:00', 3)
    assert.equal((await sender.tick()).sent, 1)
    assert.equal(wechat.subscribeSends.length, 1)
  })

  it('skips a push that has gone stale', async () => {
    await consent(worker, REMINDER_TEMPLATE)
    await notify(server.db, {
      userId: worker.id,
      kind: 'work_reminder',
      title: '明天上工提醒',
      body: '…',
      link: null,
      dedupeKey: 'stale',
      push: { templateKind: 'work_reminder', data: { job: '保洁', time: '2026年1月1日 08:00', place: '北门' }, expiresAt: new Date(now.getTime() - 1000).toISOString() },
    })
    assert.equal((await makeWorker().tick()).skipped, 1)
    assert.match((await outboxRows())[0]?.last_error ?? '', /expired/)
    assert.equal(await remaining(worker, REMINDER_TEMPLATE), 1)
  })

  it('takes back a row whose worker died mid-send once its lease is over', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:9')
    // As a worker that claimed the row and then crashed leaves it.
    await server.db.query(`update outbox set attempts = 1, locked_until = $1::timestamptz`, [new Date(now.getTime() + 60_000).toISOString()])
    const sender = makeWorker()
    assert.equal((await sender.tick()).sent, 0)
    now = new Date(now.getTime() + 60_000)
    assert.equal((await sender.tick()).sent, 1)
    assert.equal((await outboxRows())[0]?.attempts, 2)
  })

  it('refreshes the access token when WeChat says it expired, and sends', async () => {
    await consent(worker, RESULT_TEMPLATE)
    await hiredNotice(worker, 'hired:10')
    const sender = makeWorker()
    await sender.tick()
    await hiredNotice(worker, 'hired:11')
    await consent(worker, RESULT_TEMPLATE)
    const before = wechat.token
    wechat.expireCurrentToken()
    assert.equal((await sender.tick()).sent, 1)
    assert.notEqual(wechat.token, before)
    assert.equal(wechat.subscribeSends.length, 2)
    assert.deepEqual(wechat.tokenRequests.map((r) => r.forceRefresh), [false, true])
  })

  if (target.kind === 'postgres') {
    it('sends each row exactly once with two workers, each on its own connection pool (two processes), polling at once', async () => {
      const otherPool = createPostgresDb(server.databaseUrl!, 5)
      const people: TestAccount[] = []
      for (let i = 0; i < 12; i++) {
        const person = await createAccount(server, 'worker', { wechatOpenid: `openid-race-${i}-${Math.random().toString(36).slice(2)}` })
        await consent(person, RESULT_TEMPLATE, 3)
        for (let j = 0; j < 3; j++) await hiredNotice(person, `race:${j}`, `岗位${i}-${j}`)
        people.push(person)
      }
      // A slow token answer makes both workers find no token at once: still one refresh.
      wechat.tokenDelayMs = 100
      const a = makeWorker({ pollMs: 5, batchSize: 2 })
      const b = makeWorker({ pollMs: 5, batchSize: 2 }, otherPool)
      try {
        a.start()
        b.start()
        const deadline = Date.now() + 20_000
        while (wechat.subscribeSends.length < 36 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
        await new Promise((r) => setTimeout(r, 200))
      } finally {
        await Promise.all([a.stop(), b.stop()])
        await otherPool.close()
      }
      const jobs = wechat.subscribeSends.map((s) => s.data.thing1?.value)
      assert.equal(jobs.length, 36)
      assert.equal(new Set(jobs).size, 36, 'no row sent twice')
      assert.equal(wechat.tokenRequests.length, 1, 'one token for both processes')
      const statuses = await server.db.query<{ status: string; n: number }>('select status, count(*)::int as n from outbox group by status')
      assert.deepEqual(statuses, [{ status: 'sent', n: 36 }])
      for (const person of people) assert.equal(await remaining(person, RESULT_TEMPLATE), 0)
    })

    it('two rounds started at the same moment on two pools split the rows', async () => {
      const otherPool = createPostgresDb(server.databaseUrl!, 5)
      await consent(worker, RESULT_TEMPLATE, 10)
      for (let j = 0; j < 10; j++) await hiredNotice(worker, `split:${j}`, `岗位${j}`)
      try {
        const [ra, rb] = await Promise.all([makeWorker({ batchSize: 10 }).tick(), makeWorker({ batchSize: 10 }, otherPool).tick()])
        assert.equal(ra.sent + rb.sent, 10)
      } finally {
        await otherPool.close()
      }
      assert.equal(wechat.subscribeSends.length, 10)
    })
  }
})
