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

  private async callWithToken(path: string, body: unknown): Promise<Record<string, unknown>> {
    const token = await this.tokens.get()
    try {
      return await callWechat(this.options, path, { access_token: token }, body)
    } catch (err) {
      if (!(err instanceof WechatApiError) || err.errcode === null || !TOKEN_ERRCODES.has(err.errcode)) throw err
      await this.tokens.invalidate(token)
      return callWechat(this.options, path, { access_token: await this.tokens.get() }, body)
    }
  }
}

/** The API for this configuration, or null when no appid/secret is set. */
export function createWechatServerApi(config: Config, db: Db): WechatServerApi | null {
  const { apiBase, appId, secret } = config.wechat
  if (!appId || !secret) return null
  return new WechatServerApi(db, { apiBase, appId, secret })
}
