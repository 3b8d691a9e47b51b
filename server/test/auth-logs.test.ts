import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { SessionSchema } from '../../src/shared/contracts/index'
import { buildApp } from '../src/app'
import { migrate } from '../src/db/migrate'
import { demoCode, get, login, logout, otherCode, post } from './auth-client'
import { FakeWechat } from './fake-wechat'
import { forEachDatabase, testConfig, type FreshDatabase, type TestServer } from './helper'

const PHONE = '13912345678'

forEachDatabase('what sign-in writes to the log', (target) => {
  const lines: string[] = []
  let fresh: FreshDatabase
  let app: FastifyInstance
  let server: TestServer
  let wechat: FakeWechat
  before(async () => {
    wechat = await new FakeWechat().start()
    fresh = await target.create()
    await migrate(fresh.db)
    const config = testConfig({ logLevel: 'trace', wechat: wechat.config })
    app = await buildApp(config, { db: fresh.db, logStream: { write: (line) => void lines.push(line) } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    server = { app, db: fresh.db, config, baseUrl, url: (path) => baseUrl + path, close: async () => undefined }
  })
  after(async () => {
    await app.close()
    await fresh.drop()
    await wechat.close()
  })

  it('never holds a phone number, a token, a WeChat code or secret in clear; the code only in the demo line', async () => {
    const code = await demoCode(server, PHONE)
    await post(server, '/auth/login', { phone: PHONE, code: otherCode(code) })
    const session = await login(server, PHONE, code)
    await get(server, '/me', session.token)
    await logout(server, session.token)
    wechat.issueCode('wx-code-secret-1', 'openid-log')
    const wx = SessionSchema.parse((await post(server, '/auth/wechat', { code: 'wx-code-secret-1' })).body)
    await post(server, '/auth/wechat', { code: 'wx-code-secret-1' })
    wechat.mode = 'busy'
    await post(server, '/auth/wechat', { code: 'wx-code-secret-2' })

    const log = lines.join('')
    assert.ok(log.length > 0, 'the test must see the log')
    for (const secret of [PHONE, session.token, wx.token, 'wx-code-secret', wechat.secret, 'fake-session-key']) {
      assert.ok(!log.includes(secret), `log contains ${secret}`)
    }
    // Digit boundaries: the code must not be "found" inside a timestamp.
    const codePattern = new RegExp(`(?<!\\d)${code}(?!\\d)`)
    const withCode = lines.filter((line) => codePattern.test(line))
    assert.equal(withCode.length, 1, withCode.join(''))
    const demoLine = JSON.parse(withCode[0]!) as { phone?: string; code?: string }
    assert.deepEqual({ phone: demoLine.phone, code: demoLine.code }, { phone: '139****5678', code })
    assert.ok(lines.some((line) => line.includes('"errcode":-1')), 'a WeChat failure is logged with its errcode')
  })
})
