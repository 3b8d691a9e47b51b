import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import {
  MyPolicyMatchesSchema,
  MyProfileSchema,
  PolicySchema,
  type CreatePolicyBody,
  type Policy,
  type UpdateMyProfileBody,
} from '../../src/shared/contracts/index'
import { addDays, cityDate, cityMoment } from '../src/city-time'
import type { Config } from '../src/config'
import { createPostgresDb } from '../src/db/postgres'
import type { Db } from '../src/db/types'
import { OutboxWorker } from '../src/outbox/worker'
import { workPolicyRuns } from '../src/policies/push'
import { WechatServerApi } from '../src/wechat/api'
import { createAccount, newOpenid, type TestAccount } from './accounts'
import { expectError } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { bodyOf, call, forEachDatabase, startServer, testConfig, type TestServer } from './helper'

const POLICY_TEMPLATE = 'tmpl-policy'

forEachDatabase('Policy push', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  let subscribe: Config['wechatSubscribe']
  let staff: TestAccount
  let now: Date
  const today = cityDate(new Date())
  /** `time` in the city, `days` after today. */
  const at = (time: string, days = 0) => cityMoment(addDays(today, days), time)
  const thisYear = Number(today.slice(0, 4))

  before(async () => {
    wechat = await new FakeWechat().start()
    wechat.registerTemplate(POLICY_TEMPLATE, ['thing1', 'thing2', 'thing3'])
    subscribe = {
      miniprogramState: 'trial',
      templates: { policy_match: { templateId: POLICY_TEMPLATE, fields: { policy: 'thing1', amount: 'thing2', note: 'thing3' } } },
    }
    server = await startServer(target, { config: { wechat: wechat.config, wechatSubscribe: { ...testConfig().wechatSubscribe, ...subscribe } } })
    staff = await createAccount(server, 'staff')
  })
  beforeEach(async () => {
    // Each test starts with no open policy, no work queued and nobody consenting: only its own policies and people match.
    await server.db.query(`update policies set status = 'withdrawn', withdrawn_reason = '测试结束' where status <> 'withdrawn'`)
    await server.db.query(`insert into consents (user_id, purpose, granted, policy_version) select user_id, 'policy_matching', false, 't' from profiles`)
    await server.db.query(`delete from policy_match_runs`)
    wechat.subscribeSends.length = 0
    // Tomorrow: outbox rows queued now (at the real time) are due by then.
    now = at('10:00', 1)
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  const makeWorker = (db: Db = server.db) => new OutboxWorker({ db, wechat: new WechatServerApi(db, wechat.config), subscribe, clock: () => now })
  /** Rounds until the matching runs are all done. */
  async function drain(worker = makeWorker()) {
    for (let i = 0; i < 50; i++) {
      await worker.tick()
      const [left] = await server.db.query<{ n: number }>(`select count(*)::int as n from policy_match_runs where status = 'pending'`)
      if (left!.n === 0) return
    }
    assert.fail('matching runs never finished')
  }

  function policyBody(o: Partial<CreatePolicyBody> = {}): CreatePolicyBody {
    return {
      title: '高校毕业生求职创业补贴',
      issuer: '长治市人力资源和社会保障局',
      region: '长治市',
      category: 'job_seeking_subsidy',
      audience: '毕业两年内的高校毕业生',
      amount: { kind: 'fixed', fen: 100_000 },
      materials: ['毕业证'],
      applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '周一至周五 9:00–17:00' },
      effectiveFrom: addDays(today, -10),
      expiresOn: addDays(today, 100),
      fullText: [{ type: 'paragraph', text: '为支持高校毕业生求职，制定本办法。' }],
      conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] },
      ...o,
    }
  }
  async function publish(o: Partial<CreatePolicyBody> = {}): Promise<Policy> {
    const draft = bodyOf(await call(server, 'POST', '/staff/policies', { as: staff, body: policyBody(o) }), 201, PolicySchema)
    return bodyOf(await call(server, 'POST', `/staff/policies/${draft.id}/publish`, { as: staff }), 200, PolicySchema)
  }

  const graduate: UpdateMyProfileBody = {
    birthDate: '2002-03-08',
    groups: { graduate: true, veteran: false },
    graduationYear: thisYear - 1,
    householdRegion: '潞州区',
    residenceRegion: '潞州区',
    employment: 'unemployed',
  }
  const consent = (who: TestAccount, purpose: string, granted = true) =>
    call(server, 'POST', '/me/consents', { as: who, body: { purpose, granted, policyVersion: '2026-12' } })

  /** A signed-in person with a WeChat openid, their profile saved and the consents given. */
  async function person(profile: UpdateMyProfileBody, o: { matching?: boolean; wechat?: boolean; muted?: string[] } = {}) {
    const who = await createAccount(server, 'worker', { wechatOpenid: newOpenid() })
    assert.equal((await call(server, 'PUT', '/me/profile', { as: who, body: profile })).status, 200)
    if (o.matching !== false) assert.equal((await consent(who, 'policy_matching')).status, 201)
    if (o.wechat) {
      assert.equal((await consent(who, 'wechat_push')).status, 201)
      const res = await call(server, 'POST', '/me/wechat-subscriptions', { as: who, body: { results: [{ templateId: POLICY_TEMPLATE, accepted: true }] } })
      assert.equal(res.status, 204)
    }
    if (o.muted) assert.equal((await call(server, 'PUT', '/me/policy-notifications', { as: who, body: { mutedCategories: o.muted } })).status, 200)
    return who
  }

  interface MessageRow {
    user_id: string
    kind: string
    title: string
    body: string
    link_kind: string
    link_id: string
  }
  const messagesOf = (policy: Policy) =>
    server.db.query<MessageRow>(`select user_id, kind, title, body, link_kind, link_id from messages where link_kind = 'policy' and link_id = $1`, [policy.id])
  const told = async (policy: Policy) => (await messagesOf(policy)).map((m) => m.user_id).sort()
  const outboxOf = (policy: Policy) =>
    server.db.query<{ user_id: string; status: string; template_kind: string; payload: Record<string, string> }>(
      `select o.user_id, o.status, o.template_kind, o.payload from outbox o join messages m on m.id = o.message_id where m.link_id = $1`,
      [policy.id],
    )

  it('on publish, tells each eligible consenting person once, in the background; nobody else', async () => {
    const fits = await person(graduate)
    const notGraduate = await person({ ...graduate, groups: { graduate: false } })
    const unconsented = await person(graduate, { matching: false })
    const withdrew = await person(graduate)
    assert.equal((await consent(withdrew, 'policy_matching', false)).status, 201)
    const muted = await person(graduate, { muted: ['job_seeking_subsidy', 'training_subsidy'] })
    const mutedOther = await person(graduate, { muted: ['training_subsidy'] })
    const otherDistrict = await person({ ...graduate, householdRegion: '上党区', residenceRegion: '上党区' })
    const noRegion = await person({ ...graduate, householdRegion: undefined, residenceRegion: undefined })
    await drain()

    const policy = await publish({ region: '潞州区' })
    assert.deepEqual(await told(policy), [], 'the request only queues the work')
    const [run] = await server.db.query<{ status: string; policy_version: number }>('select status, policy_version from policy_match_runs where policy_id = $1', [policy.id])
    assert.deepEqual(run, { status: 'pending', policy_version: policy.version })

    await drain()
    assert.deepEqual(await told(policy), [fits.id, mutedOther.id].sort())
    const [message] = await messagesOf(policy)
    assert.equal(message!.kind, 'policy_match')
    assert.equal(message!.title, '有一条政策适合您：高校毕业生求职创业补贴')
    assert.match(message!.body, /一次性 1,000 元/)
    for (const nobody of [notGraduate, unconsented, withdrew, muted, otherDistrict, noRegion]) assert.ok(!(await told(policy)).includes(nobody.id))

    // A city-wide policy reaches the other district's graduate too.
    const cityWide = await publish({ title: '全市求职补贴' })
    await drain()
    assert.deepEqual(await told(cityWide), [fits.id, mutedOther.id, otherDistrict.id, noRegion.id].sort())

    // Another round (or the same run again) tells nobody twice.
    await server.db.query(`update policy_match_runs set status = 'pending', cursor_user_id = null`)
    await drain()
    assert.equal((await messagesOf(policy)).length, 2)
    assert.equal((await messagesOf(cityWide)).length, 4)
  })

  it('on a change to a published policy, tells who newly fits, and nobody twice', async () => {
    const veteran = await person({ ...graduate, groups: { graduate: false, veteran: true } })
    const grad = await person(graduate)
    const policy = await publish({ conditions: { group: 'veteran' }, category: 'employment_subsidy' })
    await drain()
    assert.deepEqual(await told(policy), [veteran.id])

    const changed = bodyOf(
      await call(server, 'PATCH', `/staff/policies/${policy.id}`, { as: staff, body: { conditions: { any: [{ group: 'veteran' }, { group: 'graduate' }] } } }),
      200,
      PolicySchema,
    )
    assert.equal(changed.version, policy.version + 1)
    await drain()
    assert.deepEqual(await told(policy), [veteran.id, grad.id].sort())
    assert.equal((await messagesOf(policy)).length, 2)

    // A change after which the veteran no longer fits takes nothing back and sends nothing.
    await call(server, 'PATCH', `/staff/policies/${policy.id}`, { as: staff, body: { conditions: { group: 'graduate' } } })
    await drain()
    assert.equal((await messagesOf(policy)).length, 2)
  })

  it('on a profile change, tells the person of the open policies they now fit, once', async () => {
    const policy = await publish()
    const who = await person({ ...graduate, groups: { graduate: false } })
    await drain()
    assert.deepEqual(await told(policy), [])

    assert.equal((await call(server, 'PUT', '/me/profile', { as: who, body: graduate })).status, 200)
    await drain()
    assert.deepEqual(await told(policy), [who.id])
    assert.equal((await call(server, 'PUT', '/me/profile', { as: who, body: { ...graduate, employment: 'employed' } })).status, 200)
    await drain()
    assert.equal((await messagesOf(policy)).length, 1)

    // Consent given after the profile: matched then.
    const late = await person(graduate, { matching: false })
    await drain()
    assert.ok(!(await told(policy)).includes(late.id))
    await consent(late, 'policy_matching')
    await drain()
    assert.ok((await told(policy)).includes(late.id))
  })

  it('never pushes a withdrawn or expired policy', async () => {
    const who = await person(graduate)
    await drain()
    const withdrawn = await publish({ title: '撤回的政策' })
    await call(server, 'POST', `/staff/policies/${withdrawn.id}/withdraw`, { as: staff, body: { reason: '文件已废止' } })
    const expiring = await publish({ title: '今天截止的政策', expiresOn: today })
    // Matched the day after: it has expired meanwhile.
    await drain()
    assert.deepEqual(await told(withdrawn), [])
    assert.deepEqual(await told(expiring), [])

    // Nor when the person's profile changes later.
    await call(server, 'PUT', '/me/profile', { as: who, body: { ...graduate, employment: 'employed' } })
    await drain()
    assert.deepEqual(await told(withdrawn), [])
    assert.deepEqual(await told(expiring), [])
    const runs = await server.db.query<{ status: string; matched: number }>(
      'select status, matched from policy_match_runs where policy_id = any($1::uuid[])',
      [[withdrawn.id, expiring.id]],
    )
    assert.deepEqual(runs, [{ status: 'done', matched: 0 }, { status: 'done', matched: 0 }])
  })

  it('queues a WeChat push only for people who consented to wechat_push; it opens the policy', async () => {
    const pushed = await person(graduate, { wechat: true })
    const inAppOnly = await person(graduate)
    await drain()
    const policy = await publish({ amount: { kind: 'range', minFen: 50_000, maxFen: 200_000 } })
    await drain()
    assert.deepEqual(await told(policy), [pushed.id, inAppOnly.id].sort())
    const rows = await outboxOf(policy)
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.user_id, pushed.id)
    assert.equal(rows[0]!.template_kind, 'policy_match')
    assert.equal(rows[0]!.status, 'sent', 'sent by the same rounds')
    assert.equal(wechat.subscribeSends.length, 1)
    const sent = wechat.subscribeSends[0]!
    assert.equal(sent.page, `subpackages/policies/detail/index?id=${policy.id}`)
    assert.deepEqual(sent.data, {
      thing1: { value: '高校毕业生求职创业补贴' },
      thing2: { value: '500–2,000 元' },
      thing3: { value: '您符合申请条件，点开看怎么申请' },
    })
  })

  it('in quiet hours writes the message but holds the WeChat push until the morning', async () => {
    const who = await person(graduate, { wechat: true })
    await drain()
    const policy = await publish()
    now = at('23:30', 1)
    await drain()
    assert.deepEqual(await told(policy), [who.id])
    assert.deepEqual((await outboxOf(policy)).map((r) => r.status), ['pending'])
    assert.equal(wechat.subscribeSends.length, 0)

    now = at('08:05', 2)
    await makeWorker().tick()
    assert.deepEqual((await outboxOf(policy)).map((r) => r.status), ['sent'])
    assert.equal(wechat.subscribeSends.length, 1)
  })

  it('a worker with matching left to do comes back at once instead of waiting for its next poll', async () => {
    const who = await person(graduate)
    await drain()
    const policies = [await publish({ title: '政策一' }), await publish({ title: '政策二' }), await publish({ title: '政策三' })]
    const loop = new OutboxWorker({ db: server.db, wechat: null, subscribe, clock: () => now, pollMs: 60_000, pushBatches: 1 })
    loop.start()
    try {
      for (let i = 0; i < 100 && (await server.db.query(`select 1 from policy_match_runs where status = 'pending'`)).length > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    } finally {
      await loop.stop()
    }
    for (const policy of policies) assert.deepEqual(await told(policy), [who.id])
  })

  describe('mute settings (PUT /me/policy-notifications)', () => {
    it('keeps the muted categories; unmuting one tells the person of what they were not told', async () => {
      const who = await person(graduate)
      const saved = bodyOf(
        await call(server, 'PUT', '/me/policy-notifications', { as: who, body: { mutedCategories: ['job_seeking_subsidy', 'job_seeking_subsidy'] } }),
        200,
        MyProfileSchema,
      )
      assert.deepEqual(saved.mutedPolicyCategories, ['job_seeking_subsidy'])
      assert.equal(saved.facts.graduationYear, graduate.graduationYear, 'the profile stays')
      const policy = await publish()
      await drain()
      assert.deepEqual(await told(policy), [])
      // Still listed in the app: muting is about pushes.
      const matches = bodyOf(await call(server, 'GET', '/me/policy-matches', { as: who }), 200, MyPolicyMatchesSchema)
      assert.ok(matches.policies.some((c) => c.policy.id === policy.id))

      const unmuted = bodyOf(await call(server, 'PUT', '/me/policy-notifications', { as: who, body: { mutedCategories: [] } }), 200, MyProfileSchema)
      assert.deepEqual(unmuted.mutedPolicyCategories, [])
      await drain()
      assert.deepEqual(await told(policy), [who.id])
    })

    it('refuses an unknown category (400) and anyone not signed in (401)', async () => {
      const who = await person(graduate)
      const bad = expectError(await call(server, 'PUT', '/me/policy-notifications', { as: who, body: { mutedCategories: ['lottery'] } }), 400, 'VALIDATION_FAILED')
      assert.ok(bad.fields)
      expectError(await call(server, 'PUT', '/me/policy-notifications', { body: { mutedCategories: [] } }), 401, 'UNAUTHORIZED')
      const profile = bodyOf(await call(server, 'GET', '/me/profile', { as: who }), 200, MyProfileSchema)
      assert.deepEqual(profile.mutedPolicyCategories, [])
    })
  })

  it("lists a district's policy only to its own people; asks where a person lives when the profile cannot tell", async () => {
    const shangdang = await publish({ title: '上党区求职补贴', region: '上党区' })
    const cityWide = await publish({ title: '全市求职补贴' })
    const matches = async (who: TestAccount) => bodyOf(await call(server, 'GET', '/me/policy-matches', { as: who }), 200, MyPolicyMatchesSchema)

    const luzhou = await matches(await person(graduate))
    assert.deepEqual(luzhou.policies.map((c) => c.policy.id), [cityWide.id])
    const local = await matches(await person({ ...graduate, householdRegion: '上党区' }))
    assert.deepEqual(local.policies.map((c) => c.policy.id).sort(), [shangdang.id, cityWide.id].sort())
    assert.ok(local.policies.every((c) => c.verdict.result === 'eligible'))

    const unknown = await matches(await person({ ...graduate, householdRegion: undefined, residenceRegion: undefined }))
    const check = unknown.policies.find((c) => c.policy.id === shangdang.id)
    assert.deepEqual(check?.verdict, { result: 'maybe', questions: ['householdRegion'] })
    assert.equal(unknown.policies.find((c) => c.policy.id === cityWide.id)?.verdict.result, 'eligible')
    assert.deepEqual(unknown.questions.map((q) => q.key), ['householdRegion'])
  })

  if (target.kind === 'postgres') {
    describe('two processes and a crash', () => {
      /** `n` graduates written straight to the database (with consent), for batches of a few. */
      async function manyGraduates(n: number): Promise<string[]> {
        const users = await server.db.query<{ id: string }>(
          `insert into users (role, phone, display_name)
           select 'worker', '137' || lpad((floor(random() * 1e8))::bigint::text, 8, '0'), '批量' || g from generate_series(1, $1) g
           on conflict do nothing returning id`,
          [n],
        )
        const ids = users.map((u) => u.id)
        await server.db.query(
          `insert into profiles (user_id, birth_date, groups, graduation_year, household_region, residence_region, employment)
           select id, '2002-01-01', '{"graduate": true}', $2, '潞州区', '潞州区', 'unemployed' from unnest($1::uuid[]) id`,
          [ids, thisYear - 1],
        )
        await server.db.query(`insert into consents (user_id, purpose, granted, policy_version) select id, 'policy_matching', true, 't' from unnest($1::uuid[]) id`, [ids])
        await server.db.query(`insert into consents (user_id, purpose, granted, policy_version) select id, 'wechat_push', true, 't' from unnest($1::uuid[]) id`, [ids])
        return ids.sort()
      }
      const countsPerPerson = async (policy: Policy) =>
        server.db.query<{ user_id: string; messages: number; pushes: number }>(
          `select m.user_id, count(distinct m.id)::int as messages, count(o.id)::int as pushes
             from messages m left join outbox o on o.message_id = m.id
            where m.link_id = $1 group by m.user_id order by m.user_id`,
          [policy.id],
        )

      it('two workers on two connection pools work one run together: everyone exactly once', async () => {
        const ids = await manyGraduates(60)
        const policy = await publish()
        const other = createPostgresDb(server.databaseUrl!, 3)
        try {
          const work = async (db: Db) => {
            let batches = 0
            for (let done = false; !done; ) {
              const r = await workPolicyRuns(db, now, { batches: 1, batchSize: 7 })
              batches += r.batches
              done = r.batches === 0 && (await db.query(`select 1 from policy_match_runs where status = 'pending'`)).length === 0
            }
            return batches
          }
          const batches = await Promise.all([work(server.db), work(other), work(server.db), work(other)])
          // 60 people in batches of 7: 9 batches, each done by one worker only.
          assert.equal(batches.reduce((sum, n) => sum + n, 0), 9)
        } finally {
          await other.close()
        }
        const counts = await countsPerPerson(policy)
        assert.deepEqual(counts.map((c) => c.user_id), ids)
        assert.ok(counts.every((c) => c.messages === 1 && c.pushes === 1), JSON.stringify(counts.filter((c) => c.messages !== 1 || c.pushes !== 1)))
        const [run] = await server.db.query<{ status: string; matched: number }>('select status, matched from policy_match_runs where policy_id = $1', [policy.id])
        assert.deepEqual(run, { status: 'done', matched: 60 })
      })

      it('a worker that dies mid-batch loses nothing: after its lease another finishes, everyone exactly once', async () => {
        const ids = await manyGraduates(30)
        const policy = await publish()
        // Two batches done, then a crash while writing the third (its transaction never commits).
        assert.equal((await workPolicyRuns(server.db, now, { batches: 2, batchSize: 10 })).batches, 2)
        await assert.rejects(workPolicyRuns(crashingOnInsert(server.db), now, { batchSize: 10 }), /connection lost/)
        assert.equal((await countsPerPerson(policy)).length, 20)

        // The run is still leased to the dead worker: nobody takes it yet.
        assert.equal((await workPolicyRuns(server.db, now, { batchSize: 10 })).batches, 0)
        const later = new Date(now.getTime() + 5 * 60_000)
        assert.equal((await workPolicyRuns(server.db, later, { batchSize: 10 })).messages, 10)
        const counts = await countsPerPerson(policy)
        assert.deepEqual(counts.map((c) => c.user_id), ids)
        assert.ok(counts.every((c) => c.messages === 1 && c.pushes === 1))
      })
    })
  }
})

/** The database as seen by a process that dies when it writes messages: the statement fails, its transaction rolls back. */
function crashingOnInsert(db: Db): Db {
  const wrap = (inner: Db): Db => ({
    kind: inner.kind,
    close: () => inner.close(),
    query: (sql, params, options) =>
      sql.includes('insert into messages') ? Promise.reject(new Error('connection lost')) : inner.query(sql, params, options),
    transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))),
  })
  return wrap(db)
}
