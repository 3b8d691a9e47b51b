import type { IncomingMessage, ServerResponse } from 'node:http'
import { PNG } from 'pngjs'
import type { Config } from '../src/config'
import { LoopbackFake } from './loopback-fake'

export interface FakeMiniCodeCall {
  token: string | null
  body: Record<string, unknown>
}

/** What wxacode.getUnlimited accepts in a scene. */
const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

export type FakeWechatMode = 'normal' | 'busy' | 'http-error' | 'garbage' | 'hang'

/** WeChat's length limits by the type prefix of a template key (thing1 → thing). */
const VALUE_LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32 }

export interface FakeSubscribeSend {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: string
  lang: string
}

/**
 * A stand-in for WeChat's server API on 127.0.0.1:
 * - `jscode2session`: codes registered with `issueCode` are good once (then 40163, like WeChat),
 *   unknown codes get 40029, a wrong appid/secret gets 40013;
 * - `stable_token`: a token lasting `tokenLifetimeSeconds`; the same one again until its last 5
 *   minutes unless `force_refresh`; calls with an expired token get 42001, with an unknown or
 *   revoked one 40001;
 * - `message/subscribe/send`: templates registered with `registerTemplate`; values over WeChat's
 *   limits get 47003; `subscribeFailures` answers the next sends with those errcodes;
 * - `getuserphonenumber`: codes registered with `issuePhoneCode`, good once, else 40029;
 * - `getwxacodeunlimit`: `miniCodePng` for a valid scene and a page of `miniProgramPages` (41030 for
 *   another page when check_path is on), 40169 for a bad scene; JSON errors like WeChat, the image as image/png.
 * `mode` simulates WeChat failing in the ways the client must survive, on every endpoint.
 */
export class FakeWechat extends LoopbackFake {
  readonly appId = 'wx-fake-appid'
  readonly secret = 'fake-secret'
  mode: FakeWechatMode = 'normal'
  readonly requests: URLSearchParams[] = []
  private readonly codes = new Map<string, { openid: string; used: boolean }>()

  tokenLifetimeSeconds = 7200
  /** Delay before answering stable_token, so that concurrent refreshes would overlap. */
  tokenDelayMs = 0
  readonly tokenRequests: { forceRefresh: boolean }[] = []
  private readonly tokens = new Map<string, { expiresAt: number; revoked: boolean }>()
  private currentToken: string | null = null
  private tokenSeq = 0

  private readonly templates = new Map<string, string[]>()
  /** Errcodes for the next subscribe sends, in order (e.g. `[-1]`: one "system busy", then normal). */
  subscribeFailures: number[] = []
  readonly subscribeSends: FakeSubscribeSend[] = []
  /** Every subscribe call that reached the endpoint, with the token it carried. */
  readonly subscribeCalls: { token: string | null }[] = []

  private readonly phoneCodes = new Map<string, { phone: string; countryCode: string; used: boolean }>()
  readonly phoneCalls: { token: string | null; code: unknown }[] = []

  /** Pages of the released mini-program (what check_path checks against). */
  miniProgramPages = new Set(['pages/station/index'])
  readonly miniCodeCalls: FakeMiniCodeCall[] = []
  /** The image every good getwxacodeunlimit call answers with (a tiny real PNG). */
  readonly miniCodePng: Buffer = fakePng()

  /** The server's WeChat settings pointing at this fake (once started). */
  get config(): Config['wechat'] & { appId: string; secret: string } {
    return { apiBase: this.url, appId: this.appId, secret: this.secret }
  }

  /** The code `wx.login` would give the user `openid`. */
  issueCode(code: string, openid: string) {
    this.codes.set(code, { openid, used: false })
  }

  /** The code `getPhoneNumber` would give for this phone. */
  issuePhoneCode(code: string, phone: string, countryCode = '86') {
    this.phoneCodes.set(code, { phone, countryCode, used: false })
  }

  /** A template of the account with these keys (e.g. `['thing1', 'phrase2']`). */
  registerTemplate(templateId: string, keys: string[]) {
    this.templates.set(templateId, keys)
  }

  /** The token WeChat currently considers valid, if any. */
  get token(): string | null {
    return this.currentToken
  }

  /** The current token lapses now (calls with it: 42001). */
  expireCurrentToken() {
    const entry = this.currentToken ? this.tokens.get(this.currentToken) : undefined
    if (entry) entry.expiresAt = Date.now() - 1000
  }

  /** The current token is voided, e.g. by someone else's forced refresh (calls with it: 40001). */
  revokeCurrentToken() {
    const entry = this.currentToken ? this.tokens.get(this.currentToken) : undefined
    if (entry) entry.revoked = true
  }

  protected handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake')
    const route = `${req.method} ${url.pathname}`
    const known = ['GET /sns/jscode2session', 'POST /cgi-bin/stable_token', 'POST /cgi-bin/message/subscribe/send', 'POST /wxa/business/getuserphonenumber', 'POST /wxa/getwxacodeunlimit']
    if (!known.includes(route)) return this.send(res, 404, { errcode: 404, errmsg: 'not found' })
    if (route === 'GET /sns/jscode2session') this.requests.push(url.searchParams)
    if (this.mode === 'hang') {
      this.hold(res)
      return
    }
    if (this.mode === 'http-error') return this.send(res, 503, 'Service Unavailable')
    if (this.mode === 'garbage') return this.send(res, 200, '<html>gateway</html>')
    if (this.mode === 'busy') return this.send(res, 200, { errcode: -1, errmsg: 'system error' })

    if (route === 'GET /sns/jscode2session') return this.code2Session(url.searchParams, res)
    void readJson(req).then((body) => {
      if (route === 'POST /cgi-bin/stable_token') return this.stableToken(body, res)
      const token = url.searchParams.get('access_token')
      if (route === 'POST /cgi-bin/message/subscribe/send') this.subscribeCalls.push({ token })
      else if (route === 'POST /wxa/getwxacodeunlimit') this.miniCodeCalls.push({ token, body })
      else this.phoneCalls.push({ token, code: body.code })
      const refused = this.checkToken(token)
      if (refused) return this.send(res, 200, refused)
      if (route === 'POST /cgi-bin/message/subscribe/send') return this.subscribeSend(body, res)
      if (route === 'POST /wxa/getwxacodeunlimit') return this.miniCode(body, res)
      return this.phoneNumber(body, res)
    })
  }

  private code2Session(q: URLSearchParams, res: ServerResponse) {
    if (q.get('appid') !== this.appId || q.get('secret') !== this.secret) return this.send(res, 200, { errcode: 40013, errmsg: 'invalid appid' })
    if (q.get('grant_type') !== 'authorization_code') return this.send(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
    const entry = this.codes.get(q.get('js_code') ?? '')
    if (!entry) return this.send(res, 200, { errcode: 40029, errmsg: 'invalid code' })
    if (entry.used) return this.send(res, 200, { errcode: 40163, errmsg: 'code been used' })
    entry.used = true
    this.send(res, 200, { openid: entry.openid, session_key: 'fake-session-key==' })
  }

  private stableToken(body: Record<string, unknown>, res: ServerResponse) {
    if (body.appid !== this.appId || body.secret !== this.secret) return this.send(res, 200, { errcode: 40013, errmsg: 'invalid appid' })
    if (body.grant_type !== 'client_credential') return this.send(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
    const forceRefresh = body.force_refresh === true
    this.tokenRequests.push({ forceRefresh })
    const now = Date.now()
    const current = this.currentToken ? this.tokens.get(this.currentToken) : undefined
    const reuse = !forceRefresh && current && !current.revoked && current.expiresAt - now > 300_000
    if (!reuse) {
      if (forceRefresh && current) current.revoked = true
      this.tokenSeq += 1
      this.currentToken = `fake-token-${this.tokenSeq}`
      this.tokens.set(this.currentToken, { expiresAt: now + this.tokenLifetimeSeconds * 1000, revoked: false })
    }
    const token = this.currentToken!
    const expiresIn = Math.max(1, Math.floor((this.tokens.get(token)!.expiresAt - now) / 1000))
    setTimeout(() => this.send(res, 200, { access_token: token, expires_in: expiresIn }), this.tokenDelayMs)
  }

  private checkToken(token: string | null): { errcode: number; errmsg: string } | null {
    const entry = token ? this.tokens.get(token) : undefined
    if (!entry || entry.revoked) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
    if (entry.expiresAt <= Date.now()) return { errcode: 42001, errmsg: 'access_token expired' }
    return null
  }

  private subscribeSend(body: Record<string, unknown>, res: ServerResponse) {
    const failure = this.subscribeFailures.shift()
    if (failure !== undefined) return this.send(res, 200, { errcode: failure, errmsg: 'fake failure' })
    const send = body as unknown as FakeSubscribeSend
    const keys = this.templates.get(String(send.template_id))
    if (!keys) return this.send(res, 200, { errcode: 40037, errmsg: 'invalid template_id' })
    if (typeof send.touser !== 'string' || !send.touser) return this.send(res, 200, { errcode: 40003, errmsg: 'invalid openid' })
    for (const [key, entry] of Object.entries(send.data ?? {})) {
      const limit = VALUE_LIMITS[key.replace(/\d+$/, '')]
      const value = entry?.value
      if (!keys.includes(key) || typeof value !== 'string' || (limit !== undefined && [...value].length > limit)) {
        return this.send(res, 200, { errcode: 47003, errmsg: `argument invalid! data.${key}.value invalid` })
      }
    }
    this.subscribeSends.push(send)
    this.send(res, 200, { errcode: 0, errmsg: 'ok', msgid: this.subscribeSends.length })
  }

  private phoneNumber(body: Record<string, unknown>, res: ServerResponse) {
    const entry = this.phoneCodes.get(String(body.code ?? ''))
    if (!entry || entry.used) return this.send(res, 200, { errcode: 40029, errmsg: 'invalid code' })
    entry.used = true
    this.send(res, 200, {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: entry.countryCode === '86' ? entry.phone : `+${entry.countryCode}${entry.phone}`,
        purePhoneNumber: entry.phone,
        countryCode: entry.countryCode,
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: this.appId },
      },
    })
  }

  private miniCode(body: Record<string, unknown>, res: ServerResponse) {
    if (typeof body.scene !== 'string' || !SCENE_PATTERN.test(body.scene)) return this.send(res, 200, { errcode: 40169, errmsg: 'invalid length for scene' })
    const page = typeof body.page === 'string' ? body.page : ''
    if (body.check_path !== false && !this.miniProgramPages.has(page)) return this.send(res, 200, { errcode: 41030, errmsg: 'invalid page' })
    res.writeHead(200, { 'content-type': 'image/png' })
    res.end(this.miniCodePng)
  }

  private send(res: ServerResponse, status: number, body: unknown) {
    // Like WeChat: JSON, but labelled text/plain.
    res.writeHead(status, { 'content-type': 'text/plain' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** A 4×4 PNG, black and white: real image bytes to pass through. */
function fakePng(): Buffer {
  const png = new PNG({ width: 4, height: 4 })
  for (let i = 0; i < 16; i += 1) png.data.set(i % 2 ? [0, 0, 0, 255] : [255, 255, 255, 255], i * 4)
  return PNG.sync.write(png)
}
