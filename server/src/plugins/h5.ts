import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  API_PREFIX,
  FIRST_SCREEN_ELEMENT_ID,
  FIRST_SCREEN_SHELL_ID,
  PayUnits,
  type StationFirstScreen,
} from '../../../src/shared/contracts/index'
import { sendNotFound } from './error-handler'

const BUILD_MISSING_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>驿站</title></head>
<body><h1>驿站</h1><p>H5 应用还没有构建。请先运行 <code>npm run build:h5</code>，再刷新本页。</p>
<p>The H5 app has not been built yet: run <code>npm run build:h5</code>, then reload.</p>
<p>API: <a href="${API_PREFIX}/health">${API_PREFIX}/health</a></p></body></html>
`

/** Webpack names bundles by content hash (`app.0d30c273.js`, sent as `….js.br`): such a file never changes. */
const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css)(\.br|\.gz)?$/

/**
 * JSON inside a script element: `<` escaped so that no text in the data (a job title is written by
 * an employer) can close the element, and the two line separators JavaScript once choked on.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** Written by the H5 build (config/h5-page-chunks.ts): each page's own lazily loaded JS and CSS files. */
const PAGE_CHUNKS_FILE = 'page-chunks.json'

/**
 * The files of `page`'s own chunks, from the build's manifest; none when there is no manifest (an
 * older build) or it does not name the page: the app then loads them itself, one round trip later.
 */
async function pageChunkFiles(root: string, page: string): Promise<string[]> {
  try {
    const manifest: unknown = JSON.parse(await readFile(resolve(root, PAGE_CHUNKS_FILE), 'utf8'))
    const files = (manifest as Record<string, unknown>)[page]
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && /^[\w./-]+\.(js|css)$/.test(f)) : []
  } catch {
    return []
  }
}

/** `<link rel="preload">` for each file, so the browser fetches them with app.js, not after it has run. */
export function preloadLinks(files: string[]): string {
  return files.map((file) => `<link rel="preload" href="/${file}" as="${file.endsWith('.css') ? 'style' : 'script'}">`).join('')
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** The first encoding the client accepts of br and gzip (`;q=0` refuses one); null for none. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return null
}

/**
 * A page made per request, compressed for this client: about a quarter of the bytes. Brotli at
 * quality 5 takes about a millisecond for a page of this size and comes close to quality 11.
 */
async function compressed(body: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) } })
    : gzipAsync(body, { level: 6 })
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** Jobs the shell draws: what fills a phone's first screen, not the whole page of them. */
const SHELL_JOBS = 5

/** Yuan without trailing zeros: 15000 fen → 150, 1550 → 15.5. */
const yuan = (fen: number) => String(Number((fen / 100).toFixed(2)))

/**
 * The station's first screen in plain HTML and a few lines of CSS, drawn before any script runs: on
 * 3G the first job shows as soon as the document has arrived, not after 190 KB of scripts. The app
 * removes it when it draws the page itself (src/shared/platform/first-screen.ts). It lies over the
 * app rather than before it, so that the app's own elements do not move when it goes (layout shift).
 * Nothing in it is interactive; empty when there is no station to show.
 */
export function firstScreenShell(data: StationFirstScreen | null): string {
  if (!data?.station) return ''
  const { station, jobs } = data
  const items = (jobs?.items ?? []).slice(0, SHELL_JOBS).map(
    (job) =>
      `<li><b>${escapeHtml(job.title)}</b><span class="p">¥${yuan(job.pay.amountFen)}/${PayUnits[job.pay.unit]}</span>` +
      `<small>${escapeHtml(job.employer.name)} · ${escapeHtml(job.district)} · ${escapeHtml(job.workHours)}</small></li>`,
  )
  const id = `#${FIRST_SCREEN_SHELL_ID}`
  return (
    `<div id="${FIRST_SCREEN_SHELL_ID}"><style>${id}{position:fixed;inset:0;z-index:2000;overflow:hidden;font:16px/1.5 system-ui,sans-serif;color:#1f2329;background:#f5f6f7}` +
    `${id} header{background:#0a6e5c;color:#fff;padding:12px 16px;font-size:18px;text-align:center}` +
    `${id} section{background:#fff;margin:12px;padding:12px 16px;border-radius:8px}${id} h2{font-size:17px;margin:0 0 8px}` +
    `${id} ul{list-style:none;margin:0;padding:0}${id} li{padding:10px 0;border-top:1px solid #eee}` +
    `${id} li b{display:block;font-size:17px}${id} .p{color:#c0392b;font-weight:600}${id} small{display:block;color:#5f6368;font-size:16px}</style>` +
    `<header>${escapeHtml(station.name)}</header>` +
    `<section><p>${escapeHtml(station.address)}</p></section>` +
    `<section><h2>驿站在招的岗位</h2>${items.length ? `<ul>${items.join('')}</ul>` : '<p>这个驿站暂时没有在招的岗位</p>'}</section></div>`
  )
}

const wantsHtml = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html')

export interface H5Options {
  h5Dir: string
  stationPage: string
  /** The station behind a printed code and its first jobs, as the API would answer them. */
  stationFirstScreen(code: string): Promise<StationFirstScreen>
}

/**
 * Serves the built H5 app from `h5Dir`. A station's printed QR URL `/s/CODE` gets the app itself
 * with the station and its first jobs inside the page (the app routes itself to the station page):
 * on 3G each round trip saved is half a second. Other unknown page URLs get index.html, unknown API
 * paths the JSON 404. Without a build, pages answer a short note instead of failing.
 */
export const h5Plugin = fp(
  async (app: FastifyInstance, opts: H5Options) => {
    const root = resolve(opts.h5Dir)
    const built = existsSync(resolve(root, 'index.html'))

    if (built) {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        // The build writes .br and .gz beside each asset (scripts/compress-h5.mjs).
        preCompressed: true,
        cacheControl: false,
        setHeaders(res, path) {
          // index.html names the bundles of a build: browsers must revalidate it (ETag) every time;
          // the hashed bundles it names are kept for a year, so a return visit on 3G loads nothing.
          const policy = HASHED_ASSET.test(path)
            ? 'public, max-age=31536000, immutable'
            : path.endsWith('.html')
              ? 'no-cache'
              : 'public, max-age=0'
          res.setHeader('cache-control', policy)
        },
      })
    } else {
      app.log.warn({ h5Dir: root }, 'H5 build not found; run npm run build:h5')
      app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(BUILD_MISSING_PAGE))
    }

    app.get<{ Params: { code: string } }>('/s/:code', async (request, reply) => {
      const { code } = request.params
      if (!built) return reply.redirect(`/#/${opts.stationPage}?code=${encodeURIComponent(code)}`, 302)
      const [html, chunks, data] = await Promise.all([
        readFile(resolve(root, 'index.html'), 'utf8'),
        pageChunkFiles(root, opts.stationPage),
        // The page is useful without the data (the app asks the API): a failed lookup only costs time.
        opts.stationFirstScreen(code).catch((error: unknown) => {
          request.log.warn({ err: error }, 'station first screen not embedded')
          return null
        }),
      ])
      const embedded = data ? `<script id="${FIRST_SCREEN_ELEMENT_ID}" type="application/json">${scriptSafeJson(data)}</script>` : ''
      // Functions as replacements: `$` in the data must not be read as a replacement pattern.
      const page = html
        .replace('</head>', () => `${preloadLinks(chunks)}</head>`)
        .replace('<div id="app">', () => `${firstScreenShell(data)}<div id="app">`)
        .replace('</body>', () => `${embedded}</body>`)
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding')
      const encoding = pickEncoding(request.headers['accept-encoding'])
      if (!encoding) return reply.send(page)
      return reply.header('content-encoding', encoding).send(await compressed(page, encoding))
    })

    const sendPage = (reply: FastifyReply) =>
      built ? reply.type('text/html; charset=utf-8').sendFile('index.html') : reply.type('text/html; charset=utf-8').send(BUILD_MISSING_PAGE)

    app.setNotFoundHandler((request, reply) => {
      const isApi = request.url === API_PREFIX || request.url.startsWith(`${API_PREFIX}/`)
      if (!isApi && wantsHtml(request)) return sendPage(reply)
      return sendNotFound(request, reply)
    })
  },
  { name: 'h5' },
)
