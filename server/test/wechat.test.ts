import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, describe, it } from 'node:test'
import { SessionSchema, UserSchema } from '../../src/shared/contracts/index'
import { HttpWechatClient } from '../src/auth/wechat'
import { HttpError } from '../src/http/errors'
import { expectError, get, post, resetSignIn } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, startServer, type TestServer } from './helper'

forEachDatabase('WeChat sign-in', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  before(async () => {
    wechat = await new FakeWechat().start()
    server = await startServer(target, { config: { wechat: wechat.config } })
  })
  beforeEach(async () => {
    wechat.mode = 'normal'
    await resetSignIn(server)
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })

  it('exchanges a wx.login code for a session and a worker account', async () => {
    wechat.issueCode('code-1', 'openid-alice')
    const res = await post(server, '/auth/wechat', { code: 'code-1' })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const session = SessionSchema.parse(res.body)
    assert.deepEqual(
      { role: session.user.role, displayName: session.user.displayName, phoneMasked: session.user.phoneMasked, hasWechat: session.user.hasWechat },
      { role: 'worker', displayName: '微信用户', phoneMasked: null, hasWechat: true },
    )
    assert.ok(!JSON.stringify(res.body).includes('fake-session-key'), 'session_key must not leave the server')

    const sent = wechat.requests.at(-1)
    assert.equal(sent?.get('appid'), wechat.appId)
    assert.equal(sent?.get('secret'), wechat.secret)
    assert.equal(sent?.get('js_code'), 'code-1')
    assert.equal(sent?.get('grant_type'), 'authorization_code')

    const me = UserSchema.parse((await get(server, '/me', session.token)).body)
    assert.equal(me.id, session.user.id)
  })

  it('finds the same account for the same openid', async () => {
    wechat.issueCode('code-a', 'openid-bob')
    wechat.issueCode('code-b', 'openid-bob')
    const first = SessionSchema.parse((await post(server, '/auth/wechat', { code: 'code-a' })).body)
    const second = SessionSchema.parse((await post(server, '/auth/wechat', { code: 'code-b' })).body)
    assert.equal(second.user.id, first.user.id)
    const rows = await server.db.query('select id from users where wechat_openid = $1', ['openid-bob'])
    assert.equal(rows.length, 1)
  })

  it('answers 401 for an unknown or already used code', async () => {
    const unknown = expectError(await post(server, '/auth/wechat', { code: 'never-issued' }), 401, 'WECHAT_LOGIN_FAILED')
    assert.equal(unknown.message, '微信登录凭证已失效，请重试')

    wechat.issueCode('once', 'openid-carol')
    assert.equal((await post(server, '/auth/wechat', { code: 'once' })).status, 200)
    const reused = expectError(await post(server, '/auth/wechat', { code: 'once' }), 401, 'WECHAT_LOGIN_FAILED')
    assert.equal(reused.message, '微信登录凭证已失效，请重试')
  })

  for (const mode of ['busy', 'http-error', 'garbage'] as const) {
    it(`answers 502 and points to phone sign-in when WeChat fails (${mode})`, async () => {
      wechat.issueCode('code-x', 'openid-dave')
      wechat.mode = mode
      const error = expectError(await post(server, '/auth/wechat', { code: 'code-x' }), 502, 'WECHAT_LOGIN_FAILED')
      assert.equal(error.message, '微信登录暂时不可用，请用手机号登录')
      const users = await server.db.query('select id from users')
      assert.equal(users.length, 0)
    })
  }

  it('counts WeChat sign-ins against the same per-address limit as codes', async () => {
    for (let i = 0; i < 30; i++) expectError(await post(server, '/auth/wechat', { code: `bad-${i}` }), 401, 'WECHAT_LOGIN_FAILED')
    wechat.issueCode('good', 'openid-erin')
    const refused = await post(server, '/auth/wechat', { code: 'good' })
    expectError(refused, 429, 'RATE_LIMITED')
    assert.ok(Number(refused.headers.get('retry-after')) > 500)
    expectError(await post(server, '/auth/login', { phone: '13912345678', code: '123456' }), 429, 'RATE_LIMITED')
  })

  it('rejects a missing code in Chinese', async () => {
    const error = expectError(await post(server, '/auth/wechat', {}), 400, 'VALIDATION_FAILED')
    assert.equal(error.fields?.code, '缺少微信登录凭证')
  })
})

forEachDatabase('WeChat sign-in without appid and secret', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target)
  })
  after(async () => {
    await server.close()
  })

  it('answers 503 WECHAT_NOT_CONFIGURED', async () => {
    const error = expectError(await post(server, '/auth/wechat', { code: 'anything' }), 503, 'WECHAT_NOT_CONFIGURED')
    assert.equal(error.message, '本服务器没有配置微信登录，请用手机号登录')
  })
})

describe('WeChat client when WeChat cannot be reached', () => {
  let wechat: FakeWechat
  before(async () => {
    wechat = await new FakeWechat().start()
  })
  after(async () => {
    await wechat.close()
  })

  async function failure(client: HttpWechatClient): Promise<HttpError> {
    const err = await client.code2Session('code').then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e,
    )
    assert.ok(err instanceof HttpError, String(err))
    return err
  }

  it('gives up after its timeout', async () => {
    wechat.mode = 'hang'
    const details: Record<string, unknown>[] = []
    const client = new HttpWechatClient({ ...wechat.config, timeoutMs: 200, onFailure: (d) => details.push(d) })
    const started = Date.now()
    const err = await failure(client)
    assert.ok(Date.now() - started < 2000)
    assert.equal(err.statusCode, 502)
    assert.equal(err.code, 'WECHAT_LOGIN_FAILED')
    assert.deepEqual(details, [{ reason: 'TimeoutError' }])
  })

  it('maps a refused connection to 502, without the secret in what it reports', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))

    const details: Record<string, unknown>[] = []
    const client = new HttpWechatClient({ apiBase: `http://127.0.0.1:${port}`, appId: 'wx1', secret: 'top-secret', onFailure: (d) => details.push(d) })
    const err = await failure(client)
    assert.equal(err.statusCode, 502)
    assert.equal(details.length, 1)
    assert.ok(!JSON.stringify(details).includes('top-secret'))
    assert.ok(!err.message.includes('top-secret'))
  })
})
