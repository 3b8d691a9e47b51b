import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../config'
import { maskPhone } from './phone'

/** Sends a sign-in code by text message. */
export interface SmsSender {
  sendCode(phone: string, code: string): Promise<void>
}

export class SmsSendError extends Error {
  override name = 'SmsSendError'
}

/** Demo mode: no messages leave the machine; the code goes to the log, which is the point of the demo. */
export class LogSmsSender implements SmsSender {
  constructor(private readonly log: FastifyBaseLogger) {}

  async sendCode(phone: string, code: string): Promise<void> {
    this.log.info({ phone: maskPhone(phone), code }, 'demo mode: sign-in code (not sent by SMS)')
  }
}

export interface HttpSmsOptions {
  apiBase: string
  apiKey: string
  timeoutMs?: number
}

/**
 * An HTTP SMS gateway: `POST {apiBase}/messages` with `{phone, template: 'login_code', params: {code}}`
 * and `Authorization: Bearer {apiKey}`. Any answer but 2xx, or none within the timeout, is a failure.
 * Errors never carry the phone number or the code.
 */
export class HttpSmsSender implements SmsSender {
  private readonly url: string
  private readonly timeoutMs: number

  constructor(private readonly options: HttpSmsOptions) {
    this.url = `${options.apiBase.replace(/\/+$/, '')}/messages`
    this.timeoutMs = options.timeoutMs ?? 5000
  }

  async sendCode(phone: string, code: string): Promise<void> {
    let response: Response
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` },
        body: JSON.stringify({ phone, template: 'login_code', params: { code } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (err) {
      const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'unreachable'
      throw new SmsSendError(`SMS gateway ${reason}`)
    }
    // Drain the body so the connection can be reused; its content is not needed.
    await response.arrayBuffer().catch(() => undefined)
    if (!response.ok) throw new SmsSendError(`SMS gateway answered ${response.status}`)
  }
}

/** The sender for this configuration, or null when codes cannot be sent (no gateway outside demo mode). */
export function createSmsSender(config: Config, log: FastifyBaseLogger): SmsSender | null {
  if (config.demoMode) return new LogSmsSender(log)
  const { apiBase, apiKey } = config.sms
  if (!apiBase || !apiKey) return null
  return new HttpSmsSender({ apiBase, apiKey })
}
