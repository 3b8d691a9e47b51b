import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { buildApp } from '../src/app'
import { migrate } from '../src/db/migrate'
import { maskPhones } from '../src/plugins/logger'
import { API_PREFIX } from '../../src/shared/contracts/index'
import { forEachDatabase, testConfig, type FreshDatabase } from './helper'

test('maskPhones hides the middle of every mobile number, and nothing else', () => {
  assert.equal(maskPhones('/api/v1/dev/otp?phone=13800000001'), '/api/v1/dev/otp?phone=138****0001')
  assert.equal(maskPhones('a=13912345678&b=15000000000'), 'a=139****5678&b=150****0000')
  assert.equal(maskPhones('order 123800000001234'), 'order 123800000001234')
  assert.equal(maskPhones('12345678901'), '12345678901')
})

forEachDatabase('request logs', (target) => {
  let fresh: FreshDatabase
  let baseUrl = ''
  let close: () => Promise<void>
  const lines: string[] = []
  before(async () => {
    fresh = await target.create()
    await migrate(fresh.db)
    const app = await buildApp(testConfig({ logLevel: 'debug' }), { db: fresh.db, logStream: { write: (line) => lines.push(line) } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    close = () => app.close()
  })
  after(async () => {
    await close()
    await fresh.drop()
  })

  test('phone numbers, codes and tokens do not reach the log in clear', async () => {
    await fetch(`${baseUrl}${API_PREFIX}/auth/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800000001' }),
    })
    const res = await fetch(`${baseUrl}${API_PREFIX}/dev/otp?phone=13800000001`)
    const code = res.ok ? ((await res.json()) as { code: string }).code : null
    await fetch(`${baseUrl}${API_PREFIX}/me`, { headers: { authorization: 'Bearer secret-token-abcdefghijklmnop' } })
    const log = lines.join('')
    assert.ok(log.includes('138****0001'), 'the masked number is there to correlate')
    assert.ok(!log.includes('13800000001'))
    assert.ok(!log.includes('secret-token-abcdefghijklmnop'))
    // Demo mode writes the code to the log on purpose (that is how a demo signs in); nothing else may.
    const others = lines.filter((line) => !line.includes('demo mode'))
    if (code) assert.ok(others.every((line) => !line.includes(code)), 'the code is not logged elsewhere')
  })
})

test('the client address comes from X-Forwarded-For only behind a trusted proxy', async () => {
  const addressSeen = async (trustProxy: boolean | string) => {
    const lines: string[] = []
    const app = await buildApp(testConfig({ logLevel: 'info', trustProxy }), {
      db: { kind: 'pglite', query: async () => [], transaction: async (fn) => fn(undefined as never), close: async () => undefined },
      logStream: { write: (line) => lines.push(line) },
    })
    try {
      await app.inject({ url: `${API_PREFIX}/health`, headers: { 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '127.0.0.1' })
      return lines.map((l) => (JSON.parse(l) as { req?: { remoteAddress?: string } }).req?.remoteAddress).find(Boolean)
    } finally {
      await app.close()
    }
  }
  assert.equal(await addressSeen(false), '127.0.0.1')
  assert.equal(await addressSeen('127.0.0.1'), '203.0.113.9')
})
