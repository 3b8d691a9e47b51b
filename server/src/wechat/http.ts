/**
 * WeChat's answer to a server call that did not succeed. `errcode` is WeChat's own code; null when
 * there was no usable answer at all (network, timeout, an HTTP error, not JSON): worth retrying.
 */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number | null,
    detail: string,
  ) {
    super(errcode === null ? `WeChat unreachable: ${detail}` : `WeChat errcode ${errcode}: ${detail}`)
    this.name = 'WechatApiError'
  }
}

export interface WechatHttpOptions {
  apiBase: string
  timeoutMs?: number
}

/**
 * One call to WeChat's server API: JSON in, JSON out. WeChat labels its JSON text/plain and reports
 * failures as 200 with a non-zero errcode, so both are handled here. The URL may carry a secret or an
 * access token: it never goes into an error message.
 */
export async function callWechat(
  options: WechatHttpOptions,
  path: string,
  query: Record<string, string>,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const url = new URL(`${options.apiBase.replace(/\/+$/, '')}${path}`)
  url.search = new URLSearchParams(query).toString()
  let parsed: unknown
  try {
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    })
    const text = await response.text()
    if (!response.ok) throw new WechatApiError(null, `HTTP ${response.status}`)
    parsed = JSON.parse(text)
  } catch (err) {
    if (err instanceof WechatApiError) throw err
    throw new WechatApiError(null, err instanceof Error ? err.name : 'unknown')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new WechatApiError(null, 'unexpected response shape')
  const answer = parsed as Record<string, unknown>
  const errcode = answer.errcode
  if (typeof errcode === 'number' && errcode !== 0) {
    throw new WechatApiError(errcode, typeof answer.errmsg === 'string' ? answer.errmsg : '')
  }
  return answer
}
