import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { HttpSmsSender, SmsSendError } from '../src/auth/sms'
import { expectError, get, login, post, resetSignIn } from './auth-client'
import { FakeSmsGateway } from './fake-sms-gateway'
import { forEachDatabase, startServer, type TestServer } from './helper'

const PHONE = '13912345678'

describe('SMS gateway client', () => {
  let gateway: FakeSmsGateway
  before(async () => {
    gateway = await new FakeSmsGateway().start()
  })
  beforeEach(() => {
    gateway.status = 200
    gateway.hang = false
  })
  after(async () => {
    await gateway.close()
  })

  it('posts the login_code template with the bearer key', async () => {
    await new HttpSmsSender({ apiBase: `${gateway.url}/`, apiKey: gateway.apiKey }).sendCode(PHONE, '012345')
    const sms = gateway.received.at(-1)
    assert.equal(sms?.method, 'POST')
    assert.equal(sms?.path, '/messages')
    assert.equal(sms?.authorization, `Bearer ${gateway.apiKey}`)
    assert.match(sms?.contentType ?? '', /^application\/json/)
    assert.deepEqual(sms?.body, { phone: PHONE, template: 'login_code', params: { code: '012345' } })
  })

  for (const status of [400, 401, 500, 503]) {
    it(`fails on HTTP ${status}, without the phone or the code in the error`, async () => {
      gateway.status = status
      const err = await new HttpSmsSender({ apiBase: gateway.url, apiKey: gateway.apiKey }).sendCode(PHONE, '654321').catch((e: unknown) => e)
      assert.ok(err instanceof SmsSendError, String(err))
      assert.ok(err.message.includes(String(status)))
      assert.ok(!err.message.includes(PHONE) && !err.message.includes('654321'))
    })
  }

  it('gives up after its timeout', async () => {
    gateway.hang = true
    const started = Date.now()
    const err = await new HttpSmsSender({ apiBase: gateway.url, apiKey: gateway.apiKey, timeoutMs: 200 }).sendCode(PHONE, '111111').catch((e: unknown) => e)
    assert.ok(err instanceof SmsSendError, String(err))
    assert.match(err.message, /timed out/)
    assert.ok(Date.now() - started < 2000)
  })
})

forEachDatabase('sign-in through an SMS gateway (not demo mode)', (target) => {
  let server: TestServer
  let gateway: FakeSmsGateway
  before(async () => {
    gateway = await new FakeSmsGateway().start()
    server = await startServer(target, { config: { demoMode: false, sms: { apiBase: gateway.url, apiKey: gateway.apiKey } } })
  })
  beforeEach(async () => {
    gateway.status = 200
    await resetSignIn(server)
  })
  after(async () => {
    await server.close()
    await gateway.close()
  })

  it('texts the code, which signs the person in; nothing readable is kept', async () => {
    assert.equal((await post(server, '/auth/otp', { phone: PHONE })).status, 200)
    const code = gateway.lastCodeFor(PHONE)
    assert.match(code ?? '', /^\d{6}$/)

    const rows = await server.db.query<{ demo_code: string | null; code_hash: string }>('select demo_code, code_hash from auth_otp_codes')
    assert.equal(rows.length, 1)
    assert.equal(rows[0]?.demo_code, null, 'the clear code is kept in demo mode only')
    assert.ok(!rows[0]?.code_hash.includes(code!))
    expectError(await get(server, `/dev/otp?phone=${PHONE}`), 404, 'ROUTE_NOT_FOUND')

    const session = await login(server, PHONE, code!)
    assert.equal(session.user.role, 'worker')
  })

  it('says so when the gateway fails, and lets the person ask again at once', async () => {
    gateway.status = 500
    const error = expectError(await post(server, '/auth/otp', { phone: PHONE }), 503, 'SERVICE_UNAVAILABLE')
    assert.equal(error.message, '短信发送失败，请稍后再试')
    assert.equal((await server.db.query('select id from auth_otp_codes')).length, 0, 'an unsent code is not kept')
    const counted = await server.db.query<{ bucket: string }>('select bucket from auth_rate_events')
    assert.deepEqual(counted.map((row) => row.bucket.split(':').slice(0, 2).join(':')), ['otp:ip'], 'only the per-address count stays')

    gateway.status = 200
    assert.equal((await post(server, '/auth/otp', { phone: PHONE })).status, 200)
    await login(server, PHONE, gateway.lastCodeFor(PHONE)!)
  })
})
