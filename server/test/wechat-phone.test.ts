import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import { SessionSchema, UserSchema, type Session } from '../../src/shared/contracts/index'
import { createPostgresDb } from '../src/db/postgres'
import { notify } from '../src/messages/notify'
import { WechatServerApi } from '../src/wechat/api'
import { createAccount } from './accounts'
import { expectError, get, post, resetSignIn } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, startServer, type TestServer } from './helper'

const TEMPLATE = 'tmpl-result'

forEachDatabase('WeChat phone number (getPhoneNumber → one account)', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  let seq = 0

  before(async () => {
    wechat = await new FakeWechat().start()
    server = await startServer(target, {
      config: {
        wechat: wechat.config,
        wechatSubscribe: { miniprogramState: 'formal', templates: { application_result: { templateId: TEMPLATE, fields: { job: 'thing1' } } } },
      },
    })
  })
  beforeEach(async () => {
    wechat.mode = 'normal'
    wechat.tokenRequests.length = 0
    wechat.phoneCalls.length = 0
    for (const table of ['outbox', 'messages', 'wechat_subscriptions', 'wechat_access_tokens']) await server.db.query(`delete from ${table}`)
    await server.db.query('update users set merged_into = null')
    await resetSignIn(server)
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  /** Signs in with wx.login as a new WeChat-only account. */
  async function wechatSignIn(openid = `openid-${++seq}`): Promise<Session> {
    wechat.issueCode(`login-${seq}-${openid}`, openid)
    const res = await post(server, '/auth/wechat', { code: `login-${seq}-${openid}` })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return SessionSchema.parse(res.body)
  }

  function phoneCode(phone: string, countryCode = '86'): string {
    const code = `phone-code-${++seq}`
    wechat.issuePhoneCode(code, phone, countryCode)
    return code
  }

  const me = async (token: string) => get(server, '/me', token)

  it('sets the phone on the WeChat account when no one has it; the old session ends, the new one works', async () => {
    const session = await wechatSignIn('openid-new')
    const res = await post(server, '/auth/wechat/phone', { code: phoneCode('13911112222') }, session.token)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const linked = SessionSchema.parse(res.body)
    assert.equal(linked.user.id, session.user.id)
    assert.deepEqual({ phone: linked.user.phoneMasked, wechat: linked.user.hasWechat, name: linked.user.displayName }, { phone: '139****2222', wechat: true, name: '用户2222' })
    assert.equal((await me(session.token)).status, 401)
    assert.equal(UserSchema.parse((await me(linked.token)).body).phoneMasked, '139****2222')
    const [row] = await server.db.query<{ phone: string; wechat_openid: string }>('select phone, wechat_openid from users where id = $1', [session.user.id])
    assert.deepEqual(row, { phone: '13911112222', wechat_openid: 'openid-new' })
    // The call carried the access token and the code.
    assert.equal(wechat.phoneCalls.at(-1)?.token, wechat.token)
  })

  it('moves the openid onto the phone account that signed up by SMS, drops the WeChat-only account, answers a session for the phone account', async () => {
    const phoneAccount = await createAccount(server, 'worker', { phone: '13922223333', displayName: '老王' })
    const session = await wechatSignIn('openid-merge')
    // Consent given in WeChat before linking follows the person.
    await post(server, '/me/wechat-subscriptions', { results: [{ templateId: TEMPLATE, accepted: true }] }, session.token)
    await post(server, '/me/wechat-subscriptions', { results: [{ templateId: TEMPLATE, accepted: true }] }, phoneAccount.token)

    const res = await post(server, '/auth/wechat/phone', { code: phoneCode('13922223333') }, session.token)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const linked = SessionSchema.parse(res.body)
    assert.equal(linked.user.id, phoneAccount.id)
    assert.deepEqual({ name: linked.user.displayName, wechat: linked.user.hasWechat }, { name: '老王', wechat: true })
    assert.equal((await me(session.token)).status, 401, 'the WeChat-only session is revoked')
    assert.equal((await me(phoneAccount.token)).status, 200, 'the phone account’s other sessions go on')
    assert.equal((await server.db.query('select 1 from users where id = $1', [session.user.id])).length, 0, 'the WeChat-only account is gone')
    const subs = await server.db.query<{ user_id: string; remaining: number }>('select user_id, remaining from wechat_subscriptions')
    assert.deepEqual(subs, [{ user_id: phoneAccount.id, remaining: 2 }])

    // Signing in with WeChat now reaches the phone account.
    const again = await wechatSignIn('openid-merge')
    assert.equal(again.user.id, phoneAccount.id)
  })

  it('keeps a WeChat-only account that something refers to, marked as merged', async () => {
    const phoneAccount = await createAccount(server, 'worker', { phone: '13933334444' })
    const session = await wechatSignIn('openid-kept')
    await notify(server.db, { userId: session.user.id, kind: 'application_received', title: 't', body: 'b', link: null, dedupeKey: 'k' })
    const res = await post(server, '/auth/wechat/phone', { code: phoneCode('13933334444') }, session.token)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(SessionSchema.parse(res.body).user.id, phoneAccount.id)
    const [old] = await server.db.query<{ merged_into: string; wechat_openid: string | null }>('select merged_into, wechat_openid from users where id = $1', [session.user.id])
    assert.deepEqual(old, { merged_into: phoneAccount.id, wechat_openid: null })
    const [moved] = await server.db.query<{ id: string }>('select id from users where wechat_openid = $1', ['openid-kept'])
    assert.equal(moved?.id, phoneAccount.id)
    assert.equal((await me(session.token)).status, 401)
  })

  it('answers 409 when the phone account already has another WeChat; nothing changes', async () => {
    const phoneAccount = await createAccount(server, 'worker', { phone: '13944445555', wechatOpenid: 'openid-other' })
    const session = await wechatSignIn('openid-late')
    const error = expectError(await post(server, '/auth/wechat/phone', { code: phoneCode('13944445555') }, session.token), 409, 'WECHAT_ALREADY_LINKED')
    assert.match(error.message, /已绑定另一个微信/)
    assert.equal((await me(session.token)).status, 200, 'the session goes on')
    const [row] = await server.db.query<{ wechat_openid: string }>('select wechat_openid from users where id = $1', [phoneAccount.id])
    assert.equal(row?.wechat_openid, 'openid-other')
    assert.equal((await server.db.query('select 1 from users where id = $1 and phone is null', [session.user.id])).length, 1)
  })

  it('an account with a phone: the same phone renews the session, another phone is 409', async () => {
    const sms = await createAccount(server, 'worker', { phone: '13955556666' })
    const same = await post(server, '/auth/wechat/phone', { code: phoneCode('13955556666') }, sms.token)
    assert.equal(same.status, 200, JSON.stringify(same.body))
    assert.equal(SessionSchema.parse(same.body).user.id, sms.id)
    const fresh = SessionSchema.parse(same.body).token
    expectError(await post(server, '/auth/wechat/phone', { code: phoneCode('13966667777') }, fresh), 409, 'WECHAT_ALREADY_LINKED')
  })

  it('answers 401 for a bad or used code, 502 when WeChat fails, 400 for a number outside the mainland', async () => {
    const session = await wechatSignIn()
    const bad = expectError(await post(server, '/auth/wechat/phone', { code: 'never-issued' }, session.token), 401, 'WECHAT_LOGIN_FAILED')
    assert.match(bad.message, /手机号授权已失效/)
    const code = phoneCode('13977778888')
    wechat.mode = 'busy'
    const busy = expectError(await post(server, '/auth/wechat/phone', { code }, session.token), 502, 'WECHAT_LOGIN_FAILED')
    assert.equal(busy.message, '微信暂时无法提供手机号，请用短信验证码登录')
    wechat.mode = 'http-error'
    expectError(await post(server, '/auth/wechat/phone', { code }, session.token), 502, 'WECHAT_LOGIN_FAILED')
    wechat.mode = 'normal'
    expectError(await post(server, '/auth/wechat/phone', { code: phoneCode('91234567', '852') }, session.token), 400, 'VALIDATION_FAILED')
    const [row] = await server.db.query<{ phone: string | null }>('select phone from users where id = $1', [session.user.id])
    assert.equal(row?.phone, null)
    assert.equal((await me(session.token)).status, 200)
  })

  it('gets a new access token and retries once when WeChat says the token expired or was voided', async () => {
    const first = await wechatSignIn()
    assert.equal((await post(server, '/auth/wechat/phone', { code: phoneCode('13988889999') }, first.token)).status, 200)
    const oldToken = wechat.token
    wechat.expireCurrentToken()
    const second = await wechatSignIn()
    const res = await post(server, '/auth/wechat/phone', { code: phoneCode('13988880000') }, second.token)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    // 42001 for the old token, then the same code again with a new one.
    assert.deepEqual(wechat.phoneCalls.slice(-2).map((c) => c.token === oldToken), [true, false])
    assert.deepEqual(wechat.tokenRequests.map((r) => r.forceRefresh), [false, true])

    wechat.revokeCurrentToken()
    const third = await wechatSignIn()
    assert.equal((await post(server, '/auth/wechat/phone', { code: phoneCode('13900001111') }, third.token)).status, 200)
    assert.equal(wechat.tokenRequests.length, 3)
  })

  it('needs a signed-in person and a code', async () => {
    expectError(await post(server, '/auth/wechat/phone', { code: 'x' }), 401, 'UNAUTHORIZED')
    const session = await wechatSignIn()
    const error = expectError(await post(server, '/auth/wechat/phone', {}, session.token), 400, 'VALIDATION_FAILED')
    assert.equal(error.fields?.code, '缺少微信登录凭证')
  })

  it('counts against the same per-address limit as WeChat sign-in', async () => {
    const session = await wechatSignIn()
    for (let i = 0; i < 29; i++) expectError(await post(server, '/auth/wechat/phone', { code: `bad-${i}` }, session.token), 401, 'WECHAT_LOGIN_FAILED')
    expectError(await post(server, '/auth/wechat/phone', { code: phoneCode('13912121212') }, session.token), 429, 'RATE_LIMITED')
    expectError(await post(server, '/auth/wechat', { code: 'any' }), 429, 'RATE_LIMITED')
  })
})

forEachDatabase('WeChat access token in the database', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  before(async () => {
    wechat = await new FakeWechat().start()
    server = await startServer(target)
  })
  beforeEach(async () => {
    wechat.tokenRequests.length = 0
    wechat.tokenDelayMs = 0
    await server.db.query('delete from wechat_access_tokens')
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  const api = (db = server.db) => new WechatServerApi(db, wechat.config)

  it('fetches once and reuses it, also from a new client (another process, a restart)', async () => {
    const token = await api().tokens.get()
    assert.equal(token, wechat.token)
    assert.equal(await api().tokens.get(), token)
    assert.equal(await api().tokens.get(), token)
    assert.equal(wechat.tokenRequests.length, 1)
    const [row] = await server.db.query<{ in_seconds: number }>(`select extract(epoch from expires_at - now())::int as in_seconds from wechat_access_tokens`)
    assert.ok(row!.in_seconds > 7100 && row!.in_seconds <= 7200, String(row?.in_seconds))
  })

  it('refreshes early: a token with under 5 minutes left is replaced', async () => {
    const token = await api().tokens.get()
    await server.db.query(`update wechat_access_tokens set expires_at = now() + interval '4 minutes', updated_at = now() - interval '2 hours'`)
    wechat.expireCurrentToken()
    const next = await api().tokens.get()
    assert.notEqual(next, token)
    assert.equal(wechat.tokenRequests.length, 2)
  })

  it('does not hand out the app secret in errors', async () => {
    wechat.mode = 'busy'
    try {
      await assert.rejects(api().tokens.get(), (err: Error) => /errcode -1/.test(err.message) && !err.message.includes(wechat.secret))
    } finally {
      wechat.mode = 'normal'
    }
  })

  if (target.kind === 'postgres') {
    it('several processes needing a token at once: one refresh', async () => {
      wechat.tokenDelayMs = 150
      const pools = [createPostgresDb(server.databaseUrl!, 3), createPostgresDb(server.databaseUrl!, 3)]
      try {
        const tokens = await Promise.all([api().tokens.get(), api(pools[0]).tokens.get(), api(pools[1]).tokens.get(), api(pools[1]).tokens.get()])
        assert.equal(new Set(tokens).size, 1)
        assert.equal(wechat.tokenRequests.length, 1)
      } finally {
        await Promise.all(pools.map((p) => p.close()))
      }
    })
  }
})
