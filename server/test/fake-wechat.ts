import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackFake } from './loopback-fake'

export type FakeWechatMode = 'normal' | 'busy' | 'http-error' | 'garbage' | 'hang'

/**
 * A stand-in for WeChat's `jscode2session` on 127.0.0.1: codes registered with `issueCode` are good
 * once (then 40163, like WeChat), unknown codes get 40029, a wrong appid/secret gets 40013.
 * `mode` simulates WeChat failing in the ways the client must survive.
 */
export class FakeWechat extends LoopbackFake {
  readonly appId = 'wx-fake-appid'
  readonly secret = 'fake-secret'
  mode: FakeWechatMode = 'normal'
  readonly requests: URLSearchParams[] = []
  private readonly codes = new Map<string, { openid: string; used: boolean }>()

  /** The code `wx.login` would give the user `openid`. */
  issueCode(code: string, openid: string) {
    this.codes.set(code, { openid, used: false })
  }

  protected handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake')
    if (url.pathname !== '/sns/jscode2session' || req.method !== 'GET') return this.send(res, 404, { errcode: 404, errmsg: 'not found' })
    this.requests.push(url.searchParams)
    if (this.mode === 'hang') {
      this.hold(res)
      return
    }
    if (this.mode === 'http-error') return this.send(res, 503, 'Service Unavailable')
    if (this.mode === 'garbage') return this.send(res, 200, '<html>gateway</html>')
    if (this.mode === 'busy') return this.send(res, 200, { errcode: -1, errmsg: 'system error' })

    const q = url.searchParams
    if (q.get('appid') !== this.appId || q.get('secret') !== this.secret) return this.send(res, 200, { errcode: 40013, errmsg: 'invalid appid' })
    if (q.get('grant_type') !== 'authorization_code') return this.send(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
    const entry = this.codes.get(q.get('js_code') ?? '')
    if (!entry) return this.send(res, 200, { errcode: 40029, errmsg: 'invalid code' })
    if (entry.used) return this.send(res, 200, { errcode: 40163, errmsg: 'code been used' })
    entry.used = true
    this.send(res, 200, { openid: entry.openid, session_key: 'fake-session-key==' })
  }

  private send(res: ServerResponse, status: number, body: unknown) {
    // Like WeChat: JSON, but labelled text/plain.
    res.writeHead(status, { 'content-type': 'text/plain' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
}
