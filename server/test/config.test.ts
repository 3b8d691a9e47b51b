import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, StationListSchema } from '../../src/shared/contracts/index'
import { DEV_AUTH_SECRET, loadConfig } from '../src/config'

/** Production also needs PROFILE_KEY (tested in profile.test.ts). */
const PROFILE_KEY = Buffer.alloc(32, 7).toString('base64')
import { DEMO_CITY } from '../src/seed/city'
import { forEachDatabase, getJson, startServer, type TestServer } from './helper'

test('CITY_CENTRE is read as "lat,lng"; the demo city is the default', () => {
  assert.deepEqual(loadConfig({}).cityCentre, DEMO_CITY.centre)
  assert.deepEqual(loadConfig({ CITY_CENTRE: '31.2304,121.4737' }).cityCentre, { lat: 31.2304, lng: 121.4737 })
  assert.throws(() => loadConfig({ CITY_CENTRE: 'Shanghai' }), /CITY_CENTRE/)
  assert.throws(() => loadConfig({ CITY_CENTRE: '131.2,121.4' }), /CITY_CENTRE/)
})

test('demo mode is refused in production, and off by default there', () => {
  const secret = { AUTH_SECRET: 'x'.repeat(32), PROFILE_KEY }
  assert.throws(() => loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true', ...secret }), /DEMO_MODE/)
  assert.equal(loadConfig({ NODE_ENV: 'production', ...secret }).demoMode, false)
  assert.equal(loadConfig({}).demoMode, true)
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db' }).demoMode, false)
})

test('AUTH_SECRET: production refuses to start without one of at least 32 characters; elsewhere a development default', () => {
  const secret = 'x'.repeat(32)
  const production = { NODE_ENV: 'production', PROFILE_KEY }
  assert.throws(() => loadConfig(production), /AUTH_SECRET is required in production/)
  assert.throws(() => loadConfig({ ...production, AUTH_SECRET: '' }), /AUTH_SECRET: at least 32 characters/)
  assert.throws(() => loadConfig({ ...production, AUTH_SECRET: secret.slice(1) }), /AUTH_SECRET: at least 32 characters/)
  assert.throws(() => loadConfig({ ...production, AUTH_SECRET: DEV_AUTH_SECRET }), /AUTH_SECRET is required in production/)
  assert.equal(loadConfig({ ...production, AUTH_SECRET: secret }).authSecret, secret)

  assert.equal(loadConfig({}).authSecret, DEV_AUTH_SECRET)
  assert.equal(loadConfig({ NODE_ENV: 'test' }).authSecret, DEV_AUTH_SECRET)
  assert.equal(loadConfig({ AUTH_SECRET: secret }).authSecret, secret)
  assert.throws(() => loadConfig({ AUTH_SECRET: 'short' }), /AUTH_SECRET: at least 32 characters/)
})

forEachDatabase('another city', (target) => {
  const centre = { lat: 36.55, lng: 113.06 }
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true, config: { cityCentre: centre } })
  })
  after(() => server.close())

  test('without a location, stations are sorted from the configured centre', async () => {
    const list = await getJson(server, `${API_PREFIX}/stations`, StationListSchema)
    assert.deepEqual(list.origin, centre)
    assert.equal(list.originIsCityCentre, true)
    // 襄垣县's station is the one nearest that point, far north of the demo centre.
    assert.equal(list.items[0]!.code, 'XY01')
  })
})
