import type { Db } from '../db/types'
import { callWechat, WechatApiError, type WechatHttpOptions } from './http'

/**
 * Refresh this long before the token expires, so no call is made with a token about to lapse.
 * WeChat's stable_token hands out a new token in its last 5 minutes and keeps the old one working
 * meanwhile, so asking then gets a new one.
 */
export const REFRESH_MARGIN_SECONDS = 300
/** A token fetched this recently is used even if WeChat gave it a short life: no refresh storms. */
const MIN_SECONDS_BETWEEN_REFRESHES = 30

export interface AccessTokenOptions extends WechatHttpOptions {
  appId: string
  secret: string
}

interface TokenRow {
  token: string
  fresh: boolean
  invalid: boolean
}

/**
 * The app's WeChat access token, shared by every server process through the database: read without
 * a lock while fresh; refreshed by one process at a time under an advisory lock (the others wait,
 * then read what it stored).
 */
export class AccessTokens {
  constructor(
    private readonly db: Db,
    private readonly options: AccessTokenOptions,
  ) {}

  async get(): Promise<string> {
    const current = await this.read(this.db)
    if (current?.fresh) return current.token
    return this.db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`wechat-access-token:${this.options.appId}`])
      const locked = await this.read(tx)
      if (locked?.fresh) return locked.token
      // The HTTP call is made holding the lock: that is what keeps the refresh to one process.
      const fetched = await this.fetch(locked?.invalid ?? false)
      await tx.query(
        `insert into wechat_access_tokens (app_id, token, expires_at, invalid, updated_at)
         values ($1, $2, now() + make_interval(secs => $3), false, now())
         on conflict (app_id) do update set token = excluded.token, expires_at = excluded.expires_at, invalid = false, updated_at = now()`,
        [this.options.appId, fetched.token, fetched.expiresIn],
      )
      return fetched.token
    })
  }

  /** WeChat said `token` is invalid or expired: the next `get` fetches a new one (unless another process already did). */
  async invalidate(token: string): Promise<void> {
    await this.db.query('update wechat_access_tokens set invalid = true where app_id = $1 and token = $2', [this.options.appId, token])
  }

  private async read(db: Db): Promise<TokenRow | undefined> {
    const [row] = await db.query<TokenRow>(
      `select token, invalid,
              not invalid and expires_at > now()
                and (expires_at > now() + make_interval(secs => $2) or updated_at > now() - make_interval(secs => $3)) as fresh
         from wechat_access_tokens where app_id = $1`,
      [this.options.appId, REFRESH_MARGIN_SECONDS, MIN_SECONDS_BETWEEN_REFRESHES],
    )
    return row
  }

  private async fetch(forceRefresh: boolean): Promise<{ token: string; expiresIn: number }> {
    const { appId, secret } = this.options
    const answer = await callWechat(this.options, '/cgi-bin/stable_token', {}, {
      grant_type: 'client_credential',
      appid: appId,
      secret,
      // Only after WeChat refused the current token: forcing voids it for everyone at once.
      force_refresh: forceRefresh,
    })
    const token = answer.access_token
    const expiresIn = answer.expires_in
    if (typeof token !== 'string' || !token || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new WechatApiError(null, 'stable_token answered without a token')
    }
    return { token, expiresIn }
  }
}
