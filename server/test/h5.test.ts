import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { get, type IncomingHttpHeaders } from 'node:http'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import { API_PREFIX, ErrorBodySchema, FIRST_SCREEN_ELEMENT_ID, FIRST_SCREEN_SHELL_ID, JobPageSchema, StationFirstScreenSchema, StationSchema } from '../../src/shared/contracts/index'
import { forEachDatabase, request, startServer, type TestServer } from './helper'

const INDEX =
  '<!doctype html><html lang="zh-CN"><head><title>驿站</title><script defer src="/js/app.0d30c273.js"></script></head><body><div id="app"></div></body></html>'
/** As the build writes it (config/h5-page-chunks.ts): each page's own lazily loaded files. */
const PAGE_CHUNKS = {
  'pages/home/index': ['css/983.aa4c2921.css', 'js/983.aa4c2921.js'],
  'pages/station/index': ['css/529.8395e859.css', 'js/529.8395e859.js'],
}
const STATION_PRELOADS =
  '<link rel="preload" href="/css/529.8395e859.css" as="style"><link rel="preload" href="/js/529.8395e859.js" as="script">'
const APP_JS = 'console.log("驿站")'.repeat(50)

/** The bytes as sent (fetch would decode them), with the response headers. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers: { accept: 'text/html', ...headers } }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (part: Buffer) => parts.push(part))
      res.on('end', () => resolvePromise({ headers: res.headers, body: Buffer.concat(parts) }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

forEachDatabase('H5 app', (target) => {
  describe('with a build', () => {
    let server: TestServer
    let dir: string
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'yizhan-h5-'))
      mkdirSync(join(dir, 'js'))
      writeFileSync(join(dir, 'index.html'), INDEX)
      writeFileSync(join(dir, 'page-chunks.json'), JSON.stringify(PAGE_CHUNKS))
      writeFileSync(join(dir, 'js', 'app.0d30c273.js'), APP_JS)
      writeFileSync(join(dir, 'js', 'app.0d30c273.js.br'), brotliCompressSync(APP_JS))
      writeFileSync(join(dir, 'js', 'app.0d30c273.js.gz'), gzipSync(APP_JS))
      server = await startServer(target, { seed: true, config: { h5Dir: dir } })
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

    /** Gives the station's first listed job (the newest open one) this title, written as an employer would. */
    async function retitleFirstJob(code: string, title: string) {
      await server.db.query(
        `update jobs set title = $1, posted_at = now() where id = (
           select j.id from jobs j join stations s on s.id = j.station_id
            where upper(s.code) = $2 and j.status = 'open' and j.valid_until >= current_date order by j.posted_at desc limit 1)`,
        [title, code],
      )
    }

    /** The data the page for a printed station URL carries, parsed by the contract. */
    async function firstScreenOf(path: string) {
      const res = await fetch(server.url(path))
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('cache-control'), 'no-cache')
      const html = await res.text()
      const match = new RegExp(`<script id="${FIRST_SCREEN_ELEMENT_ID}" type="application/json">(.*?)</script></body>`).exec(html)
      assert.ok(match, html)
      const shell = new RegExp(`<div id="${FIRST_SCREEN_SHELL_ID}">.*?</div>(?=<div id="app">)`, 's').exec(html)?.[0] ?? ''
      assert.equal(
        html.replace(match[0], '</body>').replace(shell, ''),
        INDEX.replace('</head>', `${STATION_PRELOADS}</head>`),
        'the app itself, preloading the station page\'s own chunks, with the data before </body>',
      )
      return { html, shell, data: StationFirstScreenSchema.parse(JSON.parse(match[1]!)) }
    }

    test('a station QR URL draws the station and its first jobs in plain HTML before the app, for before the scripts run', async () => {
      const { shell, data } = await firstScreenOf('/s/LZ01')
      assert.ok(shell.includes(`<header>${data.station!.name}</header>`), shell)
      const titles = [...shell.matchAll(/<li><b>(.*?)<\/b>/g)].map((m) => m[1])
      assert.deepEqual(titles, data.jobs!.items.slice(0, 5).map((job) => job.title))
      const first = data.jobs!.items[0]!
      assert.ok(shell.includes(`¥${first.pay.amountFen / 100}/`), shell)
      assert.equal((await firstScreenOf('/s/NOPE99')).shell, '', 'no station, nothing drawn')
    })

    test('a station QR URL is compressed as the client accepts, and preloads the station page\'s chunks', async () => {
      const plain = await rawGet(server.url('/s/LZ01'), {})
      assert.equal(plain.headers['content-encoding'], undefined)
      assert.equal(plain.headers.vary, 'accept-encoding')
      const html = plain.body.toString('utf8')
      assert.ok(html.includes(`${STATION_PRELOADS}</head>`), html)
      for (const [acceptEncoding, encoding, decode] of [
        ['gzip, deflate, br', 'br', brotliDecompressSync],
        ['gzip, deflate', 'gzip', gunzipSync],
        ['br;q=0, gzip', 'gzip', gunzipSync],
      ] as const) {
        const res = await rawGet(server.url('/s/LZ01'), { 'accept-encoding': acceptEncoding })
        assert.equal(res.headers['content-encoding'], encoding, acceptEncoding)
        assert.equal(decode(res.body).toString('utf8'), html)
        assert.ok(res.body.length < html.length / 2, `${encoding}: ${res.body.length} bytes of ${Buffer.byteLength(html)}`)
      }
      assert.equal((await rawGet(server.url('/s/LZ01'), { 'accept-encoding': 'identity' })).headers['content-encoding'], undefined)
    })

    test('a station QR URL gets the app with the station and its first jobs inside, as the API answers them', async () => {
      const { data } = await firstScreenOf('/s/lz01')
      const station = StationSchema.parse((await request(server, `${API_PREFIX}/stations/by-code/LZ01`)).body)
      const jobs = JobPageSchema.parse((await request(server, `${API_PREFIX}/jobs?stationId=${station.id}&limit=20`)).body)
      assert.deepEqual(data, { code: 'lz01', station, jobs })
      assert.ok(data.jobs!.items.length > 0)
    })

    test('an unknown or malformed code still gets the app, saying no station has it', async () => {
      assert.deepEqual((await firstScreenOf('/s/NOPE99')).data, { code: 'NOPE99', station: null, jobs: null })
      assert.deepEqual((await firstScreenOf(`/s/${encodeURIComponent('a b&c')}`)).data, { code: 'a b&c', station: null, jobs: null })
    })

    test('text written by an employer cannot break out of the embedded data', async () => {
      const title = '</script><script>alert(1)</script>\u2028保洁'
      await retitleFirstJob('LZ01', title)
      const { html, shell, data } = await firstScreenOf('/s/LZ01')
      assert.doesNotMatch(html, /<script>alert/)
      assert.ok(shell.includes('<b>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), shell)
      assert.equal(data.jobs!.items[0]!.title, title)
    })

    test("a job title with $-patterns arrives as written (they are not replacement patterns)", async () => {
      const title = "保洁 $' $& $` $$"
      await retitleFirstJob('LZ01', title)
      const { data } = await firstScreenOf('/s/LZ01')
      assert.equal(data.jobs!.items[0]!.title, title)
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
