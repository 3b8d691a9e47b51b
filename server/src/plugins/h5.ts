import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { API_PREFIX } from '../../../src/shared/contracts/index'
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

const wantsHtml = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html')

/**
 * Serves the built H5 app from `h5Dir`. The app uses the hash router, so a station's printed QR
 * URL `/s/CODE` redirects into it; other unknown page URLs get index.html, unknown API paths the
 * JSON 404. Without a build, pages answer a short note instead of failing.
 */
export const h5Plugin = fp(
  async (app: FastifyInstance, opts: { h5Dir: string; stationPage: string }) => {
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

    app.get<{ Params: { code: string } }>('/s/:code', (request, reply) => {
      reply.redirect(`/#/${opts.stationPage}?code=${encodeURIComponent(request.params.code)}`, 302)
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
