import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import { MessagePageSchema } from '../../src/shared/contracts/index'
import { createPostgresDb } from '../src/db/postgres'
import type { Db } from '../src/db/types'
import { cityDateAfter, cityMoment } from '../src/city-time'
import { createEveningReminders } from '../src/outbox/reminders'
import { OutboxWorker } from '../src/outbox/worker'
import { WechatServerApi } from '../src/wechat/api'
import { createAccount, newOpenid, type TestAccount } from './accounts'
import { insertJob } from './applications-fixtures'
import { get, post } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, startServer, type TestServer } from './helper'

const REMINDER_TEMPLATE = 'tmpl-reminder'

forEachDatabase('Evening-before reminder', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  let employer: TestAccount
  let worker: TestAccount
  /** Work is on this city date; the evening before is `eve`. */
  let workDate: string
  let eve: string

  before(async () => {
    wechat = await new FakeWechat().start()
    wechat.registerTemplate(REMINDER_TEMPLATE, ['thing1', 'time2', 'thing3', 'thing4'])
    server = await startServer(target, {
      config: {
        wechat: wechat.config,
        wechatSubscribe: { miniprogramState: 'formal', templates: { work_reminder: { templateId: REMINDER_TEMPLATE, fields: { job: 'thing1', time: 'time2', place: 'thing3', note: 'thing4' } } } },
      },
    })
    employer = await createAccount(server, 'employer')
  })
  beforeEach(async () => {
    for (const table of ['outbox', 'messages', 'wechat_subscriptions', 'application_events', 'applications']) await server.db.query(`delete from ${table}`)
    wechat.subscribeSends.length = 0
    eve = cityDateAfter(new Date(), 2)
    workDate = cityDateAfter(new Date(), 3)
    worker = await createAccount(server, 'worker', { wechatOpenid: newOpenid() })
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  /** A review job of `employer` on one city date, 07:30–17:00. */
  const job = (on: string, meetingPoint = '城东物流园北门岗亭') =>
    insertJob(server, employer.employerId!, { on, meetingPoint, title: '仓库装卸工', address: '潞州区太行东街 1 号', startTime: '07:30', endTime: '17:00' })

  /** The worker loop with its clock injected, as the server process runs it. */
  const outboxWorker = (clock: () => Date) =>
    new OutboxWorker({ db: server.db, wechat: new WechatServerApi(server.db, wechat.config), subscribe: server.config.wechatSubscribe, clock })

  async function application(jobId: string, person: TestAccount, status: string): Promise<string> {
    const [row] = await server.db.query<{ id: string }>('insert into applications (job_id, worker_id, status) values ($1, $2, $3) returning id', [jobId, person.id, status])
    return row!.id
  }

  const reminders = (db: Db = server.db) => db.query<{ user_id: string; dedupe_key: string; title: string; body: string; link_id: string }>(
    "select user_id, dedupe_key, title, body, link_id from messages where kind = 'work_reminder' order by user_id",
  )

  it('from 18:00 the evening before, reminds each hired worker once; not before, not the others', async () => {
    const tomorrowJob = await job(workDate)
    const laterJob = await job(cityDateAfter(new Date(), 4))
    const hired = await application(tomorrowJob, worker, 'hired')
    const applied = await createAccount(server, 'worker')
    await application(tomorrowJob, applied, 'applied')
    const cancelled = await createAccount(server, 'worker')
    await application(tomorrowJob, cancelled, 'cancelled')
    await application(laterJob, applied, 'hired')

    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '17:59')), 0)
    assert.equal((await reminders()).length, 0)

    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '18:00')), 1)
    const [message] = await reminders()
    assert.equal(message?.user_id, worker.id)
    assert.equal(message?.dedupe_key, `reminder:${hired}:${workDate}`)
    assert.equal(message?.link_id, hired)
    assert.equal(message?.title, '明天上工提醒')
    assert.match(message?.body ?? '', /07:30 上工，地点：城东物流园北门岗亭/)

    // Later rounds that evening find it done.
    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '18:05')), 0)
    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '21:00')), 0)
    assert.equal((await reminders()).length, 1)

    // The worker sees it in the message centre.
    const page = MessagePageSchema.parse((await get(server, '/me/messages', worker.token)).body)
    assert.deepEqual(page.items.map((m) => [m.kind, m.link?.id]), [['work_reminder', hired]])
  })

  it('a worker hired later in the evening is still reminded', async () => {
    const tomorrowJob = await job(workDate)
    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '18:00')), 0)
    await application(tomorrowJob, worker, 'hired')
    assert.equal(await createEveningReminders(server.db, cityMoment(eve, '20:30')), 1)
  })

  it('pushes the reminder where the worker consented, through the worker loop, with an injected clock', async () => {
    await post(server, '/me/wechat-subscriptions', { results: [{ templateId: REMINDER_TEMPLATE, accepted: true }] }, worker.token)
    const hired = await application(await job(workDate, ''), worker, 'hired')
    let now = cityMoment(eve, '18:30')
    const loop = outboxWorker(() => now)
    const first = await loop.tick()
    assert.deepEqual({ reminders: first.reminders, sent: first.sent }, { reminders: 1, sent: 1 })
    const [sent] = wechat.subscribeSends
    assert.equal(sent?.page, `subpackages/work/application/index?id=${hired}`)
    const [y, m, d] = workDate.split('-').map(Number)
    assert.deepEqual(sent?.data, {
      thing1: { value: '仓库装卸工' },
      time2: { value: `${y}年${m}月${d}日 07:30` },
      // No meeting point set: the job's address.
      thing3: { value: '潞州区太行东街 1 号' },
      thing4: { value: '请按时到达，到了记得签到' },
    })
    now = cityMoment(eve, '19:00')
    assert.deepEqual(await loop.tick(), { reminders: 0, policyMessages: 0, sent: 0, skipped: 0, retried: 0, failed: 0 })
  })

  it('a reminder made in quiet hours is not pushed after work has begun', async () => {
    await post(server, '/me/wechat-subscriptions', { results: [{ templateId: REMINDER_TEMPLATE, accepted: true }] }, worker.token)
    await application(await job(workDate), worker, 'hired')
    let now = cityMoment(eve, '22:30')
    const loop = outboxWorker(() => now)
    assert.equal((await loop.tick()).reminders, 1)
    now = cityMoment(workDate, '08:00')
    assert.equal((await loop.tick()).skipped, 1)
    assert.equal(wechat.subscribeSends.length, 0)
    assert.equal((await reminders()).length, 1, 'the in-app reminder stays')
  })

  if (target.kind === 'postgres') {
    it('two processes making the round at once create each reminder once', async () => {
      const tomorrowJob = await job(workDate)
      const people = [worker]
      for (let i = 0; i < 9; i++) people.push(await createAccount(server, 'worker'))
      for (const person of people) await application(tomorrowJob, person, 'hired')
      const other = createPostgresDb(server.databaseUrl!, 5)
      try {
        const at = cityMoment(eve, '18:00')
        const counts = await Promise.all([createEveningReminders(server.db, at), createEveningReminders(other, at), createEveningReminders(other, at)])
        assert.ok(counts.reduce((a, b) => a + b, 0) <= 10)
        // Whoever was turned away by the lock gets the rest next round.
        await createEveningReminders(other, cityMoment(eve, '18:01'))
      } finally {
        await other.close()
      }
      const rows = await reminders()
      assert.equal(rows.length, 10)
      assert.equal(new Set(rows.map((r) => r.user_id)).size, 10)
      assert.equal((await server.db.query('select 1 from outbox')).length, 10)
    })
  }
})
