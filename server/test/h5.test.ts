import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema } from '../../src/shared/contracts/index'
import { forEachDatabase, request, startServer, type TestServer } from './helper'

const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="app"></div><script src="/js/app.0d30c273.js"></script></body></html>'
const APP_JS = 'console.log("驿站")'.repeat(50)

forEachDatabase('H5 app', (target) => {
  describe('with a build', () => {
    let server: TestServer
    let dir: string
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'yizhan-h5-'))
      mkdirSync(join(dir, 'js'))
      writeFileSync(join(dir, 'index.html'), INDEX)
      writeFileSync(join(dir, 'js', 'app.0d30c273.js'), APP_JS)
      writeFileSync(join(dir, 'js', 'app.0d30c273.js.br'), brotliCompressSync(APP_JS))
      writeFileSync(join(dir, 'js', 'app.0d30c273.js.gz'), gzipSync(APP_JS))
      server = await startServer(target, { config: { h5Dir: dir } })
    })
    after(async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    })

    test('/ serves index.html, revalidated', async () => {
      const res = await fetch(server.url('/'))
      assert.equal(res.status, 200)
      assert.equal(await res.text(), INDEX)
      assert.equal(res.headers.get('cache-control'), 'no-cache')
    })

    test('hashed assets are served pre-compressed and cached for a year', async () => {
      const br = await request(server, '/js/app.0d30c273.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
      assert.equal(br.status, 200)
      assert.equal(br.headers.get('content-encoding'), 'br')
      assert.match(br.headers.get('content-type') ?? '', /javascript/)
      assert.equal(br.headers.get('cache-control'), 'public, max-age=31536000, immutable')
      const gz = await request(server, '/js/app.0d30c273.js', { headers: { 'accept-encoding': 'gzip' } })
      assert.equal(gz.headers.get('content-encoding'), 'gzip')
      // fetch decodes: what arrives is the asset itself.
      const plain = await fetch(server.url('/js/app.0d30c273.js'))
      assert.equal(await plain.text(), APP_JS)
    })

    test('a station QR URL redirects into the app’s station page', async () => {
      const res = await request(server, '/s/LZ01')
      assert.equal(res.status, 302)
      assert.equal(res.headers.get('location'), '/#/pages/station/index?code=LZ01')
      const odd = await request(server, `/s/${encodeURIComponent('a b&c')}`)
      assert.equal(odd.headers.get('location'), '/#/pages/station/index?code=a%20b%26c')
    })

    test('other page URLs that accept HTML get index.html', async () => {
      const res = await fetch(server.url('/pages/home/index'), { headers: { accept: 'text/html,application/xhtml+xml' } })
      assert.equal(res.status, 200)
      assert.equal(await res.text(), INDEX)
    })

    test('unknown API paths and non-HTML requests get the JSON 404', async () => {
      const api = await request(server, `${API_PREFIX}/nothing`, { headers: { accept: 'text/html' } })
      assert.equal(api.status, 404)
      assert.equal(ErrorBodySchema.parse(api.body).error.code, 'ROUTE_NOT_FOUND')
      const missingAsset = await request(server, '/js/missing.js', { headers: { accept: '*/*' } })
      assert.equal(missingAsset.status, 404)
      assert.equal(ErrorBodySchema.parse(missingAsset.body).error.code, 'ROUTE_NOT_FOUND')
    })
  })

  describe('without a build', () => {
    let server: TestServer
    before(async () => {
      server = await startServer(target)
    })
    after(() => server.close())

    test('/ says how to build the app instead of failing', async () => {
      const res = await fetch(server.url('/'), { headers: { accept: 'text/html' } })
      assert.equal(res.status, 200)
      assert.match(await res.text(), /npm run build:h5/)
    })

    test('the QR redirect still works, and the API is unaffected', async () => {
      assert.equal((await request(server, '/s/LZ01')).status, 302)
      assert.equal((await request(server, `${API_PREFIX}/health`)).status, 200)
    })
  })
})
