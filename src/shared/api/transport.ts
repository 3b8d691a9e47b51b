import Taro from '@tarojs/taro'
import { NetworkError } from './errors'
import { abortReason, type Answer, type Outgoing } from './transport-common'

/**
 * The mini-program's transport (and the default one): `Taro.request`. The H5 build takes
 * transport.h5.ts instead (Taro resolves `x.h5.ts` before `x.ts`), which leaves Taro's browser
 * request stack (fetch and AbortController polyfills, JSONP) out of the first page.
 *
 * Aborting is mapped onto the request task by hand: Taro's interceptors lose `abort`
 * (https://github.com/NervJS/taro/issues/15174).
 */
export async function send({ url, method, header, body, timeoutMs, signal }: Outgoing): Promise<Answer> {
  try {
    const task = Taro.request<unknown>({
      url,
      method: method as keyof Taro.request.Method,
      header,
      data: body,
      timeout: timeoutMs,
      dataType: 'json',
    })
    const onAbort = () => task.abort?.()
    signal?.addEventListener('abort', onAbort)
    try {
      const { statusCode, data } = await task
      return { statusCode, data }
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal)
    const text = error instanceof Error ? error.message : String((error as { errMsg?: string } | undefined)?.errMsg ?? error)
    throw new NetworkError(text, /time ?out/i.test(text))
  }
}
