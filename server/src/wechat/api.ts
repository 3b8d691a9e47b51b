import type { Config } from '../config'
import type { Db } from '../db/types'
import { AccessTokens } from './access-token'
import { callWechat, WechatApiError, type WechatHttpOptions } from './http'

/** 40001: the token is not (or no longer) valid; 42001: it expired; 40014: it is malformed. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001])

export interface SubscribeMessage {
  touser: string
  templateId: string
  /** Mini-program page with query, no leading slash (`subpackages/work/application/index?id=…`). */
  page: string
  /** Template key → value, each already within the key's length limit. */
  data: Record<string, string>
  miniprogramState: 'formal' | 'trial' | 'developer'
}

export interface WechatPhone {
  /** Without the country code, e.g. 13800000001. */
  purePhoneNumber: string
  countryCode: string
}

/**
 * WeChat's server API for calls that need the access token (subscribe messages, phone numbers).
 * A call refused for its token is retried once with a new token.
 */
export class WechatServerApi {
  readonly tokens: AccessTokens

  constructor(
    db: Db,
    private readonly options: WechatHttpOptions & { appId: string; secret: string },
  ) {
    this.tokens = new AccessTokens(db, options)
  }

  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    await this.callWithToken('/cgi-bin/message/subscribe/send', {
      touser: message.touser,
      template_id: message.templateId,
      page: message.page,
      data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
      miniprogram_state: message.miniprogramState,
      lang: 'zh_CN',
    })
  }

  /** The phone number behind a `getPhoneNumber` code (手机号快速验证). */
  async getUserPhoneNumber(code: string): Promise<WechatPhone> {
    const answer = await this.callWithToken('/wxa/business/getuserphonenumber', { code })
    const info = answer.phone_info as { purePhoneNumber?: unknown; countryCode?: unknown } | undefined
    if (typeof info?.purePhoneNumber !== 'string' || typeof info.countryCode !== 'string') {
      throw new WechatApiError(null, 'getuserphonenumber answered without phone_info')
    }
    return { purePhoneNumber: info.purePhoneNumber, countryCode: info.countryCode }
  }

  /**
   * A mini-program code (小程序码) opening `page` with `scene` (at most 32 visible characters), as a PNG.
   * wxacode.getUnlimited: no limit on how many codes, the page reads the scene from its launch options.
   */
  async getUnlimitedMiniCode(code: MiniCodeRequest): Promise<Buffer<ArrayBuffer>> {
    return this.withToken((token) =>
      callWechatForImage(this.options, '/wxa/getwxacodeunlimit', token, {
        scene: code.scene,
        page: code.page,
        // WeChat refuses a page that the released version lacks unless told not to check: trial and
        // developer versions may have pages the release does not.
        check_path: code.envVersion === 'release',
        env_version: code.envVersion,
        width: code.width,
        // Transparent background: always a PNG (an opaque code comes as JPEG), printed on white anyway.
        is_hyaline: true,
      }),
    )
  }

  private callWithToken(path: string, body: unknown): Promise<Record<string, unknown>> {
    return this.withToken((token) => callWechat(this.options, path, { access_token: token }, body))
  }

  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.tokens.get()
    try {
      return await call(token)
    } catch (err) {
      if (!(err instanceof WechatApiError) || err.errcode === null || !TOKEN_ERRCODES.has(err.errcode)) throw err
      await this.tokens.invalidate(token)
      return call(await this.tokens.get())
    }
  }
}

export interface MiniCodeRequest {
  /** Up to 32 characters of `[0-9A-Za-z!#$&'()*+,/:;=?@-._~]`, e.g. `s=LZ01`. */
  scene: string
  /** Page path without a leading slash or query, e.g. `pages/station/index`. */
  page: string
  envVersion: 'release' | 'trial' | 'develop'
  /** Side in pixels, 280–1280. */
  width: number
}

/**
 * A WeChat call answered with an image on success and with JSON (`errcode`) on failure, as
 * wxacode.getUnlimited is. Failures are WechatApiError, as with callWechat; the token stays out of messages.
 */
async function callWechatForImage(options: WechatHttpOptions, path: string, token: string, body: unknown): Promise<Buffer<ArrayBuffer>> {
  const url = new URL(`${options.apiBase.replace(/\/+$/, '')}${path}`)
  url.search = new URLSearchParams({ access_token: token }).toString()
  let response: Response
  let bytes: Buffer<ArrayBuffer>
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    })
    bytes = Buffer.from(await response.arrayBuffer())
  } catch (err) {
    throw new WechatApiError(null, err instanceof Error ? err.name : 'unknown')
  }
  if (!response.ok) throw new WechatApiError(null, `HTTP ${response.status}`)
  if ((response.headers.get('content-type') ?? '').startsWith('image/')) return bytes
  let answer: unknown
  try {
    answer = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new WechatApiError(null, 'neither an image nor JSON')
  }
  const errcode = (answer as { errcode?: unknown } | null)?.errcode
  const errmsg = (answer as { errmsg?: unknown } | null)?.errmsg
  if (typeof errcode === 'number' && errcode !== 0) throw new WechatApiError(errcode, typeof errmsg === 'string' ? errmsg : '')
  throw new WechatApiError(null, 'answered without an image')
}

/** The API for this configuration, or null when no appid/secret is set. */
export function createWechatServerApi(config: Config, db: Db): WechatServerApi | null {
  const { apiBase, appId, secret } = config.wechat
  if (!appId || !secret) return null
  return new WechatServerApi(db, { apiBase, appId, secret })
}
