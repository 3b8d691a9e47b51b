import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { buildApp } from '../src/app'
import type { Db } from '../src/db/types'
import { API_PREFIX, ErrorBodySchema } from '../../src/shared/contracts/index'
import { forEachDatabase, request, startServer, testConfig, type TestServer } from './helper'

const errorOf = (body: unknown) => ErrorBodySchema.parse(body).error

forEachDatabase('error bodies', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target)
  })
  after(() => server.close())

  test('unknown API route: 404 ROUTE_NOT_FOUND, JSON even when the client prefers HTML', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const res = await request(server, `${API_PREFIX}/no-such-thing`, { headers: { accept } })
      assert.equal(res.status, 404)
      assert.match(res.headers.get('content-type') ?? '', /application\/json/)
      assert.equal(errorOf(res.body).code, 'ROUTE_NOT_FOUND')
    }
    const wrongMethod = await request(server, `${API_PREFIX}/health`, { method: 'DELETE' })
    assert.equal(errorOf(wrongMethod.body).code, 'ROUTE_NOT_FOUND')
  })

  test('malformed JSON: 400 MALFORMED_JSON', async () => {
    const res = await request(server, `${API_PREFIX}/auth/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"phone": ',
    })
    assert.equal(res.status, 400)
    const error = errorOf(res.body)
    assert.equal(error.code, 'MALFORMED_JSON')
    assert.match(error.message, /JSON/)
    assert.ok(error.requestId)
  })

  test('wrong content type: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await request(server, `${API_PREFIX}/auth/otp`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: 'phone=13800000001',
      })
      assert.equal(res.status, 415, type)
      assert.equal(errorOf(res.body).code, 'UNSUPPORTED_MEDIA_TYPE')
    }
  })

  test('oversized body: 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await request(server, `${API_PREFIX}/auth/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800000001', padding: 'x'.repeat(70 * 1024) }),
    })
    assert.equal(res.status, 413)
    assert.equal(errorOf(res.body).code, 'PAYLOAD_TOO_LARGE')
  })

  test('a body that breaks the schema: 400 VALIDATION_FAILED with fields in Chinese', async () => {
    const res = await request(server, `${API_PREFIX}/auth/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '12345' }),
    })
    assert.equal(res.status, 400)
    const error = errorOf(res.body)
    assert.equal(error.code, 'VALIDATION_FAILED')
    assert.equal(error.fields?.phone, '请输入 11 位手机号')
  })
})

describe('failures inside the server', () => {
  // A database that fails the way a dropped connection does, with internals in the message.
  const brokenDb: Db = {
    kind: 'postgres',
    query: async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=secret')
    },
    transaction: async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=secret')
    },
    close: async () => undefined,
  }
  let baseUrl = ''
  let close: () => Promise<void>
  const logs: string[] = []
  before(async () => {
    const app = await buildApp(testConfig({ logLevel: 'info' }), { db: brokenDb, logStream: { write: (line) => logs.push(line) } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    close = () => app.close()
  })
  after(() => close())

  test('an unexpected error: 500 INTERNAL with the request id, no internals; the stack is logged', async () => {
    const res = await fetch(`${baseUrl}${API_PREFIX}/jobs`)
    assert.equal(res.status, 500)
    const text = await res.text()
    assert.doesNotMatch(text, /ECONNREFUSED|secret|at /)
    const error = errorOf(JSON.parse(text))
    assert.equal(error.code, 'INTERNAL')
    assert.equal(error.requestId, res.headers.get('x-request-id'))
    assert.ok(error.message.includes(error.requestId!))
    const logged = logs.map((line) => JSON.parse(line) as { reqId?: string; err?: { stack?: string } })
    assert.ok(logged.some((l) => l.reqId === error.requestId && l.err?.stack?.includes('ECONNREFUSED')))
  })

  test('health: 503 SERVICE_UNAVAILABLE when the database does not answer', async () => {
    const res = await fetch(`${baseUrl}${API_PREFIX}/health`)
    assert.equal(res.status, 503)
    assert.equal(errorOf(await res.json()).code, 'SERVICE_UNAVAILABLE')
  })
})
