import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, StationListSchema, StationSchema } from '../../src/shared/contracts/index'
import { DEMO_CITY } from '../src/seed/city'
import { forEachDatabase, getJson, startServer, type TestServer } from './helper'
import { haversineMetres } from './geo'

forEachDatabase('stations', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target, { seed: true })
  })
  after(() => server.close())

  test('without a location: sorted by distance from the city centre, no distances shown', async () => {
    const list = await getJson(server, `${API_PREFIX}/stations`, StationListSchema)
    assert.equal(list.originIsCityCentre, true)
    assert.deepEqual(list.origin, DEMO_CITY.centre)
    assert.ok(list.items.length >= 12)
    assert.ok(list.items.every((s) => s.distanceMeters === null))
    const fromCentre = list.items.map((s) => haversineMetres(DEMO_CITY.centre, s.location))
    assert.deepEqual(fromCentre, [...fromCentre].sort((a, b) => a - b))
    assert.ok(list.items.some((s) => s.openJobCount > 0))
  })

  test('with a location: nearest first, with distances in metres', async () => {
    // Standing in 襄垣县, far north of the centre.
    const here = { lat: 36.536, lng: 113.05 }
    const list = await getJson(server, `${API_PREFIX}/stations?lat=${here.lat}&lng=${here.lng}`, StationListSchema)
    assert.equal(list.originIsCityCentre, false)
    assert.deepEqual(list.origin, here)
    assert.equal(list.items[0]!.code, 'XY01')
    const distances = list.items.map((s) => s.distanceMeters!)
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b))
    for (const s of list.items) assert.ok(Math.abs(s.distanceMeters! - haversineMetres(here, s.location)) <= 1)
  })

  test('lat without lng is refused with the field named', async () => {
    const body = await getJson(server, `${API_PREFIX}/stations?lat=36.2`, ErrorBodySchema, 400)
    assert.equal(body.error.code, 'VALIDATION_FAILED')
    assert.ok(body.error.fields?.lat)
  })

  test('by code, case-insensitively', async () => {
    const station = await getJson(server, `${API_PREFIX}/stations/by-code/lz01`, StationSchema)
    assert.equal(station.code, 'LZ01')
    assert.equal(station.distanceMeters, null)
    const byId = await getJson(server, `${API_PREFIX}/stations/${station.id}`, StationSchema)
    assert.deepEqual(byId, station)
  })

  test('by code with a location gives the distance', async () => {
    const station = await getJson(server, `${API_PREFIX}/stations/by-code/LZ01?lat=36.1868&lng=113.1152`, StationSchema)
    assert.equal(station.distanceMeters, 0)
  })

  test('unknown code: 404 with a message for people', async () => {
    const body = await getJson(server, `${API_PREFIX}/stations/by-code/ZZ99`, ErrorBodySchema, 404)
    assert.equal(body.error.code, 'STATION_NOT_FOUND')
    assert.match(body.error.message, /没有找到这个驿站/)
  })

  test('malformed code: 400 naming the code field', async () => {
    for (const code of ['a!b', 'x', 'ABCDEFGHIJKLM']) {
      const body = await getJson(server, `${API_PREFIX}/stations/by-code/${encodeURIComponent(code)}`, ErrorBodySchema, 400)
      assert.equal(body.error.code, 'VALIDATION_FAILED')
      assert.ok(body.error.fields?.code, code)
    }
  })

  test('unknown id: 404; malformed id: 400', async () => {
    const missing = await getJson(server, `${API_PREFIX}/stations/3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c`, ErrorBodySchema, 404)
    assert.equal(missing.error.code, 'STATION_NOT_FOUND')
    const bad = await getJson(server, `${API_PREFIX}/stations/not-a-uuid`, ErrorBodySchema, 400)
    assert.ok(bad.error.fields?.id)
  })
})
