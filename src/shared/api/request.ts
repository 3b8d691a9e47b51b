import {
  API_PREFIX,
  ErrorBodySchema,
  type BodyOf,
  type Endpoint,
  type HeadersOf,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from '@/shared/contracts'
import { API_BASE, REQUEST_TIMEOUT_MS } from '@/shared/config/env'
import { getToken, setToken } from '@/shared/session/token-store'
import { ApiError, ContractError } from './errors'
import { send } from './transport'
import { abortReason } from './transport-common'

type Part<Key extends string, T> = [T] extends [never] | [undefined] ? { [K in Key]?: undefined } : { [K in Key]: T }
export type RequestInput<E extends Endpoint> = Part<'params', ParamsOf<E>> &
  Part<'query', QueryOf<E>> &
  Part<'body', BodyOf<E>> &
  Part<'headers', HeadersOf<E>>

export interface RequestOptions {
  /** Aborting it aborts the underlying request task (react-query passes one to every query). */
  signal?: AbortSignal
}

export function buildUrl(endpoint: Endpoint, params?: unknown, query?: unknown): string {
  const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = (params as Record<string, unknown> | undefined)?.[name]
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${name} for ${endpoint.operationId}`)
    return encodeURIComponent(String(value))
  })
  const pairs = Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return `${API_BASE}${API_PREFIX}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`
}

/**
 * The one way the app talks to the API: builds the URL from the contract, sends the bearer token,
 * times out, turns error bodies into ApiError and checks every answer against the contract schema.
 * The platform's transport sends it (`Taro.request` in the mini-program, `fetch` in the browser).
 */
export async function request<E extends Endpoint>(
  endpoint: E,
  input: RequestInput<E>,
  options: RequestOptions = {},
): Promise<ResponseOf<E>> {
  const { signal } = options
  if (signal?.aborted) throw abortReason(signal)

  const url = buildUrl(endpoint, input.params, input.query)
  const token = getToken()
  const header: Record<string, string> = { Accept: 'application/json' }
  if (input.body !== undefined) header['Content-Type'] = 'application/json'
  if (token) header.Authorization = `Bearer ${token}`
  for (const [name, value] of Object.entries((input.headers ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') header[name] = value
  }

  const { statusCode, data } = await send({
    url,
    method: endpoint.method,
    header,
    body: input.body,
    timeoutMs: REQUEST_TIMEOUT_MS,
    signal,
  })
  return readAnswer(endpoint, statusCode, data, token)
}

/** An error that came without our error body (a proxy's page, a gateway timeout). */
const unreadableAnswer = (statusCode: number) =>
  new ApiError(statusCode, 'UNKNOWN', statusCode >= 500 ? '服务器暂时出了问题，请稍后再试' : '请求没有成功，请稍后再试')

/**
 * An answer to an operation, however it was sent (request, upload): a success checked against the
 * contract's schema, an error body as ApiError (a 401 to a token we sent signs out), anything else as
 * `unreadable` says.
 */
export function readAnswer<E extends Endpoint>(
  endpoint: E,
  statusCode: number,
  data: unknown,
  sentToken: string | null,
  unreadable: (statusCode: number) => ApiError = unreadableAnswer,
): ResponseOf<E> {
  if (statusCode >= 200 && statusCode < 300) {
    const parsed = endpoint.response.safeParse(statusCode === 204 ? undefined : data)
    if (!parsed.success) throw new ContractError(endpoint.operationId, parsed.error.issues)
    return parsed.data as ResponseOf<E>
  }
  if (statusCode === 401 && sentToken) setToken(null)
  const body = ErrorBodySchema.safeParse(data)
  if (body.success) {
    const { code, message, fields } = body.data.error
    throw new ApiError(statusCode, code, message, fields)
  }
  throw unreadable(statusCode)
}
