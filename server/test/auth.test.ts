import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { RequestOtpResponseSchema, UserSchema } from '../../src/shared/contracts/index'
import { buildApp } from '../src/app'
import { createPostgresDb } from '../src/db/postgres'
import type { SqlDb } from '../src/db/sql-db'
import { demoCode, expectError, get, login, logout, otherCode, post, resetSignIn, signIn } from './auth-client'
import { forEachDatabase, startServer, type TestServer } from './helper'

const NEW_PHONE = '13912345678'

forEachDatabase('sign-in with an SMS code', (target) => {
  let server: TestServer
  // A fresh database per test would cost seconds each; emptying the sign-in tables isolates as well.
  before(async () => {
    server = await startServer(target)
  })
  beforeEach(async () => {
    await resetSignIn(server)
  })
  after(async () => {
    await server.close()
  })

  it('signs in, shows who is signed in, and signs out for good', async () => {
    const sent = await post(server, '/auth/otp', { phone: NEW_PHONE })
    assert.equal(sent.status, 200)
    assert.deepEqual(RequestOtpResponseSchema.parse(sent.body), { expiresInSeconds: 300, resendAfterSeconds: 60 })

    const code = (await get(server, `/dev/otp?phone=${NEW_PHONE}`)).body as { code: string }
    const session = await login(server, NEW_PHONE, code.code)
    assert.match(session.token, /^[A-Za-z0-9_-]{43}$/)
    const days = (Date.parse(session.expiresAt) - Date.now()) / 86_400_000
    assert.ok(days > 29.9 && days <= 30, `session lasts ${days} days`)

    const me = await get(server, '/me', session.token)
    assert.equal(me.status, 200)
    assert.deepEqual(UserSchema.parse(me.body), session.user)

    const out = await logout(server, session.token)
    assert.equal(out.status, 204)
    const signedOut = expectError(await get(server, '/me', session.token), 401, 'UNAUTHORIZED')
    assert.equal(signedOut.message, '登录已过期，请重新登录')
  })

  it('makes a new phone a worker, and finds the same account next time', async () => {
    const first = await signIn(server, NEW_PHONE)
    assert.equal(first.user.role, 'worker')
    assert.equal(first.user.displayName, '用户5678')
    assert.equal(first.user.phoneMasked, '139****5678')
    assert.equal(first.user.hasWechat, false)

    await server.db.query(`update auth_rate_events set at = at - interval '2 minutes'`)
    const second = await signIn(server, NEW_PHONE)
    assert.equal(second.user.id, first.user.id)
    assert.notEqual(second.token, first.token)
    const users = await server.db.query('select id from users where phone = $1', [NEW_PHONE])
    assert.equal(users.length, 1)
  })

  it('asks for a token: none, a made-up one, and an expired one are all 401', async () => {
    const none = expectError(await get(server, '/me'), 401, 'UNAUTHORIZED')
    assert.equal(none.message, '请先登录')
    expectError(await get(server, '/me', 'x'.repeat(43)), 401, 'UNAUTHORIZED')
    const notBearer = await request401(server, 'Basic dXNlcjpwYXNz')
    assert.equal(notBearer.message, '请先登录')

    const session = await signIn(server, NEW_PHONE)
    await server.db.query(`update auth_sessions set expires_at = now() - interval '1 second'`)
    const expired = expectError(await get(server, '/me', session.token), 401, 'UNAUTHORIZED')
    assert.equal(expired.message, '登录已过期，请重新登录')
  })

  it('logging out one session leaves the others signed in', async () => {
    const phone = await signIn(server, NEW_PHONE)
    await server.db.query(`update auth_rate_events set at = at - interval '2 minutes'`)
    const other = await signIn(server, NEW_PHONE)
    assert.equal((await logout(server, phone.token)).status, 204)
    assert.equal((await get(server, '/me', other.token)).status, 200)
    expectError(await logout(server, phone.token), 401, 'UNAUTHORIZED')

    await server.db.query(`update auth_rate_events set at = at - interval '2 minutes'`)
    await signIn(server, NEW_PHONE)
    const kept = await server.db.query('select id from auth_sessions')
    assert.equal(kept.length, 2, 'the signed-out session is cleared away at the next sign-in')
  })

  it('stores neither the token nor the code in clear', async () => {
    const code = await demoCode(server, NEW_PHONE)
    const [otp] = await server.db.query<{ code_hash: string }>('select code_hash from auth_otp_codes')
    assert.ok(otp && !otp.code_hash.includes(code))

    const session = await login(server, NEW_PHONE, code)
    const rows = await server.db.query<{ token_hash: string }>('select * from auth_sessions')
    assert.equal(rows.length, 1)
    assert.ok(!JSON.stringify(rows).includes(session.token), 'token appears in auth_sessions')
    assert.equal(rows[0]?.token_hash, createHash('sha256').update(session.token).digest('hex'))
    const spent = await server.db.query<{ demo_code: string | null }>('select demo_code from auth_otp_codes')
    assert.equal(spent[0]?.demo_code, null, 'a spent demo code is forgotten')
  })

  it('counts wrong codes and refuses the sixth attempt even with the right code', async () => {
    const code = await demoCode(server, NEW_PHONE)
    const wrong = otherCode(code)
    for (let left = 4; left >= 0; left--) {
      const error = expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code: wrong }), 400, 'OTP_INVALID')
      assert.match(error.message, /^验证码不对/)
      assert.equal(error.fields?.code, error.message)
      if (left > 0) assert.ok(error.message.includes(`还可以再试 ${left} 次`), error.message)
    }
    const refused = expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code }), 400, 'OTP_TOO_MANY_ATTEMPTS')
    assert.match(refused.message, /重新获取/)
    expectError(await get(server, `/dev/otp?phone=${NEW_PHONE}`), 404, 'OTP_NOT_FOUND')
  })

  it('refuses parallel guesses beyond five', async () => {
    const code = await demoCode(server, NEW_PHONE)
    const wrong = otherCode(code)
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(server, '/auth/login', { phone: NEW_PHONE, code: wrong })))
    const codes = answers.map((res) => (res.body as { error: { code: string } }).error.code)
    assert.equal(codes.filter((c) => c === 'OTP_INVALID').length, 5, codes.join())
    assert.equal(codes.filter((c) => c === 'OTP_TOO_MANY_ATTEMPTS').length, 3, codes.join())
  })

  it('refuses an expired code', async () => {
    const code = await demoCode(server, NEW_PHONE)
    await server.db.query(`update auth_otp_codes set expires_at = now() - interval '1 second'`)
    const error = expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code }), 400, 'OTP_EXPIRED')
    assert.equal(error.message, '验证码已过期，请重新获取')
  })

  it('accepts a code once only', async () => {
    const code = await demoCode(server, NEW_PHONE)
    await login(server, NEW_PHONE, code)
    expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code }), 400, 'OTP_EXPIRED')
  })

  it('a new code replaces the old one', async () => {
    const old = await demoCode(server, NEW_PHONE)
    await server.db.query(`update auth_rate_events set at = at - interval '61 seconds'`)
    let fresh = await demoCode(server, NEW_PHONE)
    // One chance in a million that the new code equals the old one; ask again rather than flake.
    while (fresh === old) {
      await server.db.query(`update auth_rate_events set at = at - interval '61 seconds'`)
      fresh = await demoCode(server, NEW_PHONE)
    }
    expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code: old }), 400, 'OTP_INVALID')
    await login(server, NEW_PHONE, fresh)
  })

  it('without a code asked for, any code is wrong', async () => {
    const error = expectError(await post(server, '/auth/login', { phone: NEW_PHONE, code: '123456' }), 400, 'OTP_INVALID')
    assert.match(error.message, /请先获取验证码/)
  })

  it('forgets rate counts and codes once they no longer matter', async () => {
    await demoCode(server, NEW_PHONE)
    await server.db.query(`update auth_otp_codes set expires_at = now() - interval '2 days'`)
    await server.db.query(`update auth_rate_events set expires_at = now() - interval '1 second'`)
    await demoCode(server, '13912340000')
    const codes = await server.db.query('select id from auth_otp_codes')
    assert.equal(codes.length, 1, 'only the new code is left')
    const events = await server.db.query<{ n: number }>('select count(*)::int as n from auth_rate_events')
    assert.equal(events[0]?.n, 3, 'only the new request is counted: per phone twice, per address once')
  })

  it('rejects malformed bodies field by field, in Chinese', async () => {
    const phone = expectError(await post(server, '/auth/otp', { phone: '123' }), 400, 'VALIDATION_FAILED')
    assert.equal(phone.fields?.phone, '请输入 11 位手机号')
    const both = expectError(await post(server, '/auth/login', { phone: '123', code: 'abc' }), 400, 'VALIDATION_FAILED')
    assert.equal(both.fields?.phone, '请输入 11 位手机号')
    assert.equal(both.fields?.code, '验证码是 6 位数字')
    const missing = expectError(await post(server, '/auth/login', {}), 400, 'VALIDATION_FAILED')
    assert.equal(missing.fields?.phone, '请输入手机号')
    assert.equal(missing.fields?.code, '请输入验证码')
    const query = expectError(await get(server, '/dev/otp?phone=123'), 400, 'VALIDATION_FAILED')
    assert.equal(query.fields?.phone, '请输入 11 位手机号')
  })

  it('says when a code may be asked for again: 429 with Retry-After', async () => {
    assert.equal((await post(server, '/auth/otp', { phone: NEW_PHONE })).status, 200)
    const again = await post(server, '/auth/otp', { phone: NEW_PHONE })
    const error = expectError(again, 429, 'RATE_LIMITED')
    const wait = Number(again.headers.get('retry-after'))
    assert.ok(wait > 0 && wait <= 60, `Retry-After ${again.headers.get('retry-after')}`)
    assert.equal(error.message, `操作太频繁，请 ${wait} 秒后再试`)
    // Another phone from the same address is not held up by this one.
    assert.equal((await post(server, '/auth/otp', { phone: '13912340000' })).status, 200)
  })

  it('sends one phone at most five codes an hour', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await post(server, '/auth/otp', { phone: NEW_PHONE })).status, 200, `request ${i + 1}`)
      await server.db.query(`update auth_rate_events set at = at - interval '61 seconds'`)
    }
    const sixth = await post(server, '/auth/otp', { phone: NEW_PHONE })
    const error = expectError(sixth, 429, 'RATE_LIMITED')
    const wait = Number(sixth.headers.get('retry-after'))
    // The oldest of the five was counted 5 × 61 s ago, so it leaves the hour in 3600 − 305 s.
    assert.ok(Math.abs(wait - (3600 - 305)) <= 2, `Retry-After ${wait}`)
    assert.match(error.message, /^操作太频繁，请 \d+ 分钟后再试$/)
  })

  it('sends one address at most twenty codes an hour', async () => {
    for (let i = 0; i < 20; i++) {
      const phone = `1390000${String(i).padStart(4, '0')}`
      assert.equal((await post(server, '/auth/otp', { phone })).status, 200, `request ${i + 1}`)
    }
    const refused = await post(server, '/auth/otp', { phone: '13900009999' })
    expectError(refused, 429, 'RATE_LIMITED')
    assert.ok(Number(refused.headers.get('retry-after')) > 3500)
  })

  it('allows one address thirty sign-in attempts in ten minutes', async () => {
    for (let i = 0; i < 30; i++) {
      expectError(await post(server, '/auth/login', { phone: `1390000${String(i).padStart(4, '0')}`, code: '123456' }), 400, 'OTP_INVALID')
    }
    const refused = await post(server, '/auth/login', { phone: NEW_PHONE, code: '123456' })
    expectError(refused, 429, 'RATE_LIMITED')
    const wait = Number(refused.headers.get('retry-after'))
    assert.ok(wait > 500 && wait <= 600, `Retry-After ${wait}`)
    // The window slides: once the attempts are ten minutes old, signing in works again.
    await server.db.query(`update auth_rate_events set at = at - interval '10 minutes'`)
    await signIn(server, NEW_PHONE)
  })
})

forEachDatabase('demo accounts', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true })
  })
  after(async () => {
    await server.close()
  })

  it('sign in like anyone else, each with their role', async () => {
    const expected = { '13800000001': 'worker', '13800000002': 'employer', '13800000003': 'staff' } as const
    for (const [phone, role] of Object.entries(expected)) {
      const session = await signIn(server, phone)
      assert.equal(session.user.role, role, phone)
      assert.equal(session.user.phoneMasked, `${phone.slice(0, 3)}****${phone.slice(-4)}`)
      const me = UserSchema.parse((await get(server, '/me', session.token)).body)
      assert.equal(me.role, role)
    }
  })
})

forEachDatabase('sign-in outside demo mode without an SMS gateway', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { config: { demoMode: false } })
  })
  after(async () => {
    await server.close()
  })

  it('has no /dev/otp route', async () => {
    expectError(await get(server, `/dev/otp?phone=${NEW_PHONE}`), 404, 'ROUTE_NOT_FOUND')
  })

  it('says plainly that codes cannot be sent', async () => {
    const error = expectError(await post(server, '/auth/otp', { phone: NEW_PHONE }), 503, 'SERVICE_UNAVAILABLE')
    assert.match(error.message, /^短信服务未配置/)
  })
})

async function request401(server: TestServer, authorization: string) {
  const res = await fetch(server.url('/api/v1/me'), { headers: { authorization } })
  return expectError({ status: res.status, headers: res.headers, body: await res.json() }, 401, 'UNAUTHORIZED')
}

forEachDatabase('rate limits across server processes', (target) => {
  let server: TestServer
  let second: { app: FastifyInstance; db: SqlDb; baseUrl: string } | undefined
  before(async () => {
    server = await startServer(target)
    // PGlite is embedded in one process; only PostgreSQL can be shared by a second server.
    if (!server.databaseUrl) return
    const db = createPostgresDb(server.databaseUrl, 5)
    const app = await buildApp(server.config, { db })
    await app.listen({ port: 0, host: '127.0.0.1' })
    second = { app, db, baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` }
  })
  after(async () => {
    if (second) {
      await second.app.close()
      await second.db.close()
    }
    await server.close()
  })

  it('counts a phone once however many requests arrive at once, at whichever server', async () => {
    const servers = second ? [server, { ...server, url: (path: string) => second!.baseUrl + path }] : [server]
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(servers[i % servers.length]!, '/auth/otp', { phone: NEW_PHONE })),
    )
    const statuses = answers.map((res) => res.status).sort()
    assert.deepEqual(statuses, [200, 429, 429, 429, 429, 429, 429, 429])
  })
})
