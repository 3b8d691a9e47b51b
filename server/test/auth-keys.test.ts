import assert from 'node:assert/strict'
import { createHash, createHmac } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, it, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app'
import { migrate, readMigrations } from '../src/db/migrate'
import { expectError, get, login, post, resetSignIn } from './auth-client'
import { forEachDatabase, startServer, type TestServer } from './helper'

const PHONE = '13912345678'
const SECRET = 'first-test-secret-0123456789abcdef'
const OTHER_SECRET = 'second-test-secret-0123456789abcdef'

/** Every way a plain (unkeyed) hash of `value` could have been written down. */
function plainHashes(value: string): string[] {
  return [value, `phone:${value}`, `ip:${value}`].flatMap((input) => {
    const digest = createHash('sha256').update(input).digest()
    return [digest.toString('hex'), digest.toString('base64'), digest.toString('base64url')]
  })
}

/** The sign-in tables' rows, as one text to search. */
async function signInTables(server: TestServer): Promise<string> {
  const rows = await server.db.query<{ row: string }>(
    `select row_to_json(t)::text as row from auth_otp_codes t
     union all select row_to_json(t)::text from auth_rate_events t
     union all select row_to_json(t)::text from auth_sessions t`,
  )
  return rows.map((r) => r.row).join('\n')
}

forEachDatabase('phone numbers and addresses keyed with AUTH_SECRET', (target) => {
  let server: TestServer
  // A second server on the same database with another secret, as after a change of AUTH_SECRET.
  let other: { app: FastifyInstance; url: (path: string) => string }
  before(async () => {
    server = await startServer(target, { config: { authSecret: SECRET } })
    const app = await buildApp({ ...server.config, authSecret: OTHER_SECRET }, { db: server.db })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    other = { app, url: (path) => baseUrl + path }
  })
  beforeEach(async () => {
    await resetSignIn(server)
  })
  after(async () => {
    await other.app.close()
    await server.close()
  })

  it('leaves no plain SHA-256 of the phone or the address in the sign-in tables', async () => {
    const sent = await post(server, '/auth/otp', { phone: PHONE })
    assert.equal(sent.status, 200, JSON.stringify(sent.body))

    const stored = await signInTables(server)
    assert.match(stored, /phone_key/, 'the code request wrote a row')
    assert.match(stored, /otp:ip:1h:/, 'the code request was counted per address')
    for (const leak of [...plainHashes(PHONE), ...plainHashes('127.0.0.1')]) {
      assert.ok(!stored.includes(leak), `${leak} appears in the sign-in tables`)
    }
    // What is there is the HMAC under this server's secret.
    const [row] = await server.db.query<{ phone_key: string }>('select phone_key from auth_otp_codes')
    assert.equal(row?.phone_key, createHmac('sha256', SECRET).update(`phone:${PHONE}`).digest('base64url'))
  })

  it('a server with another secret recognises none of the keys', async () => {
    const sent = await post(server, '/auth/otp', { phone: PHONE })
    assert.equal(sent.status, 200, JSON.stringify(sent.body))
    const { code } = (await get(server, `/dev/otp?phone=${PHONE}`)).body as { code: string }

    const elsewhere = { ...server, url: other.url }
    expectError(await get(elsewhere, `/dev/otp?phone=${PHONE}`), 404, 'OTP_NOT_FOUND')
    const refused = expectError(await post(elsewhere, '/auth/login', { phone: PHONE, code }), 400, 'OTP_INVALID')
    assert.equal(refused.message, '验证码不对，请先获取验证码')
    // The once-a-minute count is kept under the first server's key, so this one does not see it.
    assert.equal((await post(elsewhere, '/auth/otp', { phone: PHONE })).status, 200)
    const keys = await server.db.query<{ phone_key: string }>('select distinct phone_key from auth_otp_codes')
    assert.equal(keys.length, 2, 'one key per secret')

    // The first server still knows its own code.
    const session = await login(server, PHONE, code)
    assert.equal(session.user.phoneMasked, '139****5678')
  })
})

forEachDatabase('migration 0003', (target) => {
  test('drops the codes and rate-limit counts keyed by plain SHA-256, and keeps sessions', async () => {
    const fresh = await target.create()
    try {
      const all = readMigrations()
      await migrate(fresh.db, all.filter((m) => m.version < '0003'))
      const oldKey = createHash('sha256').update(`phone:${PHONE}`).digest('base64url')
      await fresh.db.query(
        `insert into auth_otp_codes (phone_key, code_hash, expires_at) values ($1, 'salt$hash', now() + interval '5 minutes')`,
        [oldKey],
      )
      await fresh.db.query(
        `insert into auth_rate_events (bucket, expires_at) values ($1, now() + interval '1 hour')`,
        [`otp:phone:1h:${oldKey}`],
      )
      const [user] = await fresh.db.query<{ id: string }>(
        `insert into users (role, phone, display_name) values ('worker', $1, '用户5678') returning id`,
        [PHONE],
      )
      await fresh.db.query(
        `insert into auth_sessions (user_id, token_hash, expires_at) values ($1, 'hash', now() + interval '30 days')`,
        [user!.id],
      )

      assert.deepEqual(await migrate(fresh.db), all.filter((m) => m.version >= '0003').map((m) => m.name))
      assert.equal((await fresh.db.query('select 1 from auth_otp_codes')).length, 0)
      assert.equal((await fresh.db.query('select 1 from auth_rate_events')).length, 0)
      assert.equal((await fresh.db.query('select 1 from auth_sessions')).length, 1)
    } finally {
      await fresh.drop()
    }
  })
})
