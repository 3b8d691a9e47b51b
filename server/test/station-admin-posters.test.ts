import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { darkRuns, qrModules, wrapText } from '../src/posters/layout'
import { createPosterCache, PosterBusyError, stationPageUrl, type PosterFormat, type RenderPoster } from '../src/posters/index'

const station = { code: 'LZ01', name: '潞州区英雄南路零工驿站', address: '长治市潞州区英雄南路 186 号', hours: '每天 6:30–18:00', phone: '0355-2021101' }

/** A renderer that counts its calls and finishes when the test says so. */
function controlledRenderer() {
  const calls: { format: PosterFormat; code: string; url: string }[] = []
  const pending: { resolve: (b: Buffer<ArrayBuffer>) => void; reject: (e: Error) => void }[] = []
  const render: RenderPoster = (format, s, url) => {
    calls.push({ format, code: s.code, url })
    return new Promise((resolve, reject) => pending.push({ resolve, reject }))
  }
  const settle = async () => new Promise((resolve) => setImmediate(resolve))
  return { calls, pending, render, settle }
}

describe('poster cache', () => {
  it('one drawing per content: concurrent asks share it, a second ask is served from memory; the ETag follows content and URL', async () => {
    const r = controlledRenderer()
    const cache = createPosterCache({ render: r.render })
    const a = cache.poster(station, 'https://x.cn/s/LZ01', 'png')
    const first = a.bytes()
    const second = cache.poster({ ...station }, 'https://x.cn/s/LZ01', 'png').bytes()
    await r.settle()
    assert.equal(r.calls.length, 1)
    r.pending[0]!.resolve(Buffer.from('png-1'))
    assert.equal((await first).toString(), 'png-1')
    assert.equal((await second).toString(), 'png-1')
    assert.equal((await a.bytes()).toString(), 'png-1')
    assert.equal(r.calls.length, 1)

    const etag = a.etag
    assert.equal(cache.poster({ ...station }, 'https://x.cn/s/LZ01', 'png').etag, etag)
    assert.notEqual(cache.poster(station, 'https://x.cn/s/LZ01', 'pdf').etag, etag)
    assert.notEqual(cache.poster(station, 'https://y.cn/s/LZ01', 'png').etag, etag)
    assert.notEqual(cache.poster({ ...station, hours: '每天 7:00–18:00' }, 'https://x.cn/s/LZ01', 'png').etag, etag)
  })

  it('keeps the most recently used posters only, and never a failed drawing', async () => {
    const r = controlledRenderer()
    const cache = createPosterCache({ capacity: 2, render: r.render })
    const draw = async (code: string) => {
      const p = cache.poster({ ...station, code }, `u/${code}`, 'png').bytes()
      await r.settle()
      r.pending.at(-1)!.resolve(Buffer.from(code))
      return p
    }
    await draw('A')
    await draw('B')
    await cache.poster({ ...station, code: 'A' }, 'u/A', 'png').bytes() // A is now the most recent
    await draw('C') // B goes
    assert.equal(cache.size, 2)
    const before = r.calls.length
    await cache.poster({ ...station, code: 'A' }, 'u/A', 'png').bytes()
    assert.equal(r.calls.length, before)
    await draw('B')
    assert.equal(r.calls.length, before + 1)

    const failing = cache.poster({ ...station, code: 'F' }, 'u/F', 'png')
    const p = failing.bytes()
    await r.settle()
    r.pending.at(-1)!.reject(new Error('boom'))
    await assert.rejects(p, /boom/)
    void failing.bytes()
    await r.settle()
    assert.equal(r.calls.filter((c) => c.code === 'F').length, 2)
  })

  it('draws a few at a time, queues a few more, and refuses the rest with PosterBusyError', async () => {
    const r = controlledRenderer()
    const cache = createPosterCache({ maxRendering: 1, maxWaiting: 1, render: r.render })
    const first = cache.poster({ ...station, code: 'P1' }, 'u/1', 'png').bytes()
    const second = cache.poster({ ...station, code: 'P2' }, 'u/2', 'png').bytes()
    await assert.rejects(cache.poster({ ...station, code: 'P3' }, 'u/3', 'png').bytes(), PosterBusyError)
    await r.settle()
    assert.deepEqual(r.calls.map((c) => c.code), ['P1'])
    r.pending[0]!.resolve(Buffer.from('1'))
    await first
    await r.settle()
    assert.deepEqual(r.calls.map((c) => c.code), ['P1', 'P2'])
    r.pending[1]!.resolve(Buffer.from('2'))
    assert.equal((await second).toString(), '2')
    // Refused, so not cached: asked again when there is room, it is drawn.
    const third = cache.poster({ ...station, code: 'P3' }, 'u/3', 'png').bytes()
    await r.settle()
    r.pending[2]!.resolve(Buffer.from('3'))
    assert.equal((await third).toString(), '3')
  })
})

describe('poster layout helpers', () => {
  // One unit per character: the tests read as character counts.
  const mono = { measure: (text: string) => [...text].length }

  it('wraps Chinese anywhere but keeps a number or a word whole', () => {
    assert.deepEqual(wrapText(mono, '长治市潞州区英雄南路', 1, 'regular', 4), ['长治市潞', '州区英雄', '南路'])
    assert.deepEqual(wrapText(mono, '电话 0355-2021101', 1, 'regular', 14), ['电话', '0355-2021101'])
    assert.deepEqual(wrapText(mono, '英雄南路 186 号人力资源市场', 1, 'regular', 9), ['英雄南路 186', '号人力资源市场'])
    // Longer than a line on its own: split by character rather than overflow.
    assert.deepEqual(wrapText(mono, 'ABCDEFGHIJ', 1, 'regular', 4), ['ABCD', 'EFGH', 'IJ'])
  })

  it('merges dark modules of a row into runs, and the QR encodes the station URL at error correction Q', () => {
    assert.deepEqual(darkRuns([true, true, false, true, false, false, true]), [
      { start: 0, length: 2 },
      { start: 3, length: 1 },
      { start: 6, length: 1 },
    ])
    // 33 bytes: one more than version 3 holds at Q (it would hold 42 at M), so version 4, 33 modules a side.
    const modules = qrModules(stationPageUrl('https://yizhan.example.cn/', 'LZ012'))
    assert.equal(modules.length, 33)
    assert.ok(modules.every((row) => row.length === modules.length))
    assert.equal(stationPageUrl('https://yizhan.example.cn/', 'LZ01'), 'https://yizhan.example.cn/s/LZ01')
  })
})
