import { z } from 'zod'
import type { Config } from '../config'
import { HttpError } from '../http/errors'

/** What a `wx.login` code is worth to us: the user's stable id within our mini-program. */
export interface WechatIdentity {
  openid: string
  unionid?: string
}

export interface WechatClient {
  /** Exchanges a `wx.login` code; throws HttpError (401 for a bad or used code, 502 when WeChat fails). */
  code2Session(code: string): Promise<WechatIdentity>
}

const SuccessSchema = z.object({
  openid: z.string().min(1),
  // session_key decrypts data the mini-program gets from WeChat (e.g. encrypted user info). We use none
  // yet, so it is parsed here and then dropped: it never leaves this function, let alone the server.
  session_key: z.string(),
  unionid: z.string().optional(),
})
const FailureSchema = z.object({ errcode: z.number(), errmsg: z.string().optional() })

/** 40029: invalid code; 40163: code already used. Both mean "get a new code", not "WeChat is down". */
const BAD_CODE_ERRCODES = new Set([40029, 40163])

const codeRejected = () => new HttpError(401, 'WECHAT_LOGIN_FAILED', '微信登录凭证已失效，请重试')
const unavailable = () => new HttpError(502, 'WECHAT_LOGIN_FAILED', '微信登录暂时不可用，请用手机号登录')

export interface WechatClientOptions {
  apiBase: string
  appId: string
  secret: string
  timeoutMs?: number
  /** Told why WeChat failed (errcode or network), never the code, the secret or the URL. */
  onFailure?: (detail: Record<string, unknown>) => void
}

/** `jscode2session` over HTTP. The URL carries the app secret, so it is never logged. */
export class HttpWechatClient implements WechatClient {
  constructor(private readonly options: WechatClientOptions) {}

  async code2Session(code: string): Promise<WechatIdentity> {
    const { apiBase, appId, secret, timeoutMs = 5000, onFailure } = this.options
    const url = new URL(`${apiBase.replace(/\/+$/, '')}/sns/jscode2session`)
    url.search = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' }).toString()
    let body: unknown
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
      // WeChat answers JSON with a text/plain content type, so parse the text ourselves.
      const text = await response.text()
      if (!response.ok) {
        onFailure?.({ status: response.status })
        throw unavailable()
      }
      body = JSON.parse(text)
    } catch (err) {
      if (err instanceof HttpError) throw err
      onFailure?.({ reason: err instanceof Error ? err.name : 'unknown' })
      throw unavailable()
    }
    const success = SuccessSchema.safeParse(body)
    if (success.success) {
      const { openid, unionid } = success.data
      return unionid ? { openid, unionid } : { openid }
    }
    const failure = FailureSchema.safeParse(body)
    if (failure.success) {
      onFailure?.({ errcode: failure.data.errcode, errmsg: failure.data.errmsg })
      throw BAD_CODE_ERRCODES.has(failure.data.errcode) ? codeRejected() : unavailable()
    }
    onFailure?.({ reason: 'unexpected response shape' })
    throw unavailable()
  }
}

/** The client for this configuration, or null when no appid/secret is set. */
export function createWechatClient(config: Config, onFailure?: WechatClientOptions['onFailure']): WechatClient | null {
  const { apiBase, appId, secret } = config.wechat
  if (!appId || !secret) return null
  return new HttpWechatClient({ apiBase, appId, secret, ...(onFailure ? { onFailure } : {}) })
}
