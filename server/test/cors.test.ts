import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX } from '../../src/shared/contracts/index'
import { loadConfig } from '../src/config'
import { forEachDatabase, request, startServer, type TestServer } from './helper'

const PORTAL = 'https://jobs.example.gov.cn'

forEachDatabase('CORS', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true, config: { corsOrigins: [PORTAL] } })
  })
  after(() => server.close())

  test('a listed origin may send a bearer token from the browser', async () => {
    const preflight = await request(server, `${API_PREFIX}/me`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    assert.equal(preflight.status, 204)
    assert.equal(preflight.headers.get('access-control-allow-origin'), PORTAL)
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/)
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null)

    const res = await request(server, `${API_PREFIX}/stations`, { headers: { origin: PORTAL } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('access-control-allow-origin'), PORTAL)
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/)
  })

  test('other origins get no CORS headers', async () => {
    const res = await request(server, `${API_PREFIX}/stations`, { headers: { origin: 'https://evil.example.com' } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('access-control-allow-origin'), null)
    const preflight = await request(server, `${API_PREFIX}/me`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    })
    assert.equal(preflight.headers.get('access-control-allow-origin'), null)
    assert.notEqual(preflight.status, 204)
  })
})

test('CORS_ORIGINS is read as a list or *', () => {
  assert.deepEqual(loadConfig({}).corsOrigins, [])
  assert.deepEqual(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins, ['https://a.example', 'https://b.example'])
  assert.equal(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, '*')
})
