import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { launchBrowser } from '../test/support/browser'

export interface JsFile {
  file: string
  raw: number
  gzip: number
  brotli: number
  /** Named by index.html itself (the rest are chunks the home page pulled in). */
  inHtml: boolean
}

/** Script URLs index.html loads up front (script tags and script preloads). */
export function scriptsInHtml(h5Dir: string): string[] {
  const html = readFileSync(path.join(h5Dir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!)
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\bas="script"/.test(tag) || /modulepreload/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => !!href)
  return [...new Set([...srcs, ...preloads])].map((src) => new URL(src, 'http://x/').pathname)
}

export function sizeOf(h5Dir: string, urlPath: string, inHtml: boolean): JsFile | null {
  const file = path.join(h5Dir, decodeURIComponent(urlPath))
  if (!existsSync(file)) return null
  const body = readFileSync(file)
  return {
    file: urlPath.replace(/^\//, ''),
    raw: body.length,
    gzip: zlib.gzipSync(body).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    inHtml,
  }
}

/**
 * The JS a first visit to the home page needs: opens `origin` (serving the built H5 app) in Chromium
 * and records every script it fetches until the network is idle, so lazily loaded page chunks count
 * exactly as the browser pulls them. Sizes are of the files on disk, compressed here with zlib
 * (gzip level 6, as servers default to; brotli quality 11, as for precompressed files).
 * Without a browser it falls back to the scripts index.html names.
 */
export async function firstPageJs(h5Dir: string, origin: string): Promise<{ files: JsFile[]; how: string }> {
  const inHtml = new Set(scriptsInHtml(h5Dir))
  let loaded: string[] = []
  let how = 'scripts Chromium fetched opening the home page (until network idle)'
  try {
    const browser = await launchBrowser()
    try {
      const page = await browser.context.newPage()
      const seen: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (request.resourceType() === 'script' && url.origin === origin) seen.push(url.pathname)
      })
      await page.goto(origin + '/', { waitUntil: 'networkidle', timeout: 30_000 })
      loaded = seen
    } finally {
      await browser.close()
    }
  } catch (error) {
    how = `scripts named in index.html only (Chromium failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
    loaded = [...inHtml]
  }
  const files = [...new Set([...inHtml, ...loaded])]
    .map((urlPath) => sizeOf(h5Dir, urlPath, inHtml.has(urlPath)))
    .filter((f): f is JsFile => f !== null)
  return { files, how }
}
