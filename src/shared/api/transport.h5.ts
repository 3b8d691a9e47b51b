import { NetworkError } from './errors'
import { abortReason, type Answer, type Outgoing } from './transport-common'

/**
 * The browser's transport: plain `fetch`. Taro's `request` for H5 brings whatwg-fetch, an
 * AbortController polyfill and a JSONP client into the first page (≈ 12 KB brotli) for what every
 * browser the app runs in has built in. The answer is read as Taro reads it: the body as JSON, null
 * when it is empty or not JSON.
 *
 * The timeout and the caller's abort settle the promise themselves, so they hold even where `fetch`
 * ignores a signal; the underlying request is aborted too where the browser can.
 */
export function send({ url, method, header, body, timeoutMs, signal }: Outgoing): Promise<Answer> {
  if (signal?.aborted) return Promise.reject(abortReason(signal))
  const controller = typeof AbortController === 'function' ? new AbortController() : null
  return new Promise<Answer>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      settle()
      controller?.abort()
      reject(abortReason(signal!))
    }
    const timer = setTimeout(() => {
      settle()
      controller?.abort()
      reject(new NetworkError(`request timed out after ${timeoutMs} ms`, true))
    }, timeoutMs)
    signal?.addEventListener('abort', onAbort)

    fetch(url, {
      method,
      headers: header,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller?.signal,
    })
      .then(async (response) => ({ statusCode: response.status, data: parseJson(await response.text()) }))
      .then(
        (answer) => {
          settle()
          resolve(answer)
        },
        (error: unknown) => {
          settle()
          reject(new NetworkError(error instanceof Error ? error.message : String(error)))
        },
      )
  })
}

function parseJson(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}
