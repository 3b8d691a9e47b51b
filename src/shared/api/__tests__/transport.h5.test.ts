import { api } from '@/shared/contracts'
import { getToken, setToken } from '@/shared/session/token-store'
import { buildStation } from '../../../../test/jest/fixtures'
import { ApiError, ContractError, NetworkError, errorMessage } from '../errors'
import { request } from '../request'
import { send } from '../transport.h5'

// request() over the browser's transport, as the H5 build resolves `./transport` to transport.h5.ts
// (jest hoists this above the imports).
jest.mock('../transport', () => jest.requireActual('../transport.h5'))

interface FetchCall {
  url: string
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }
}

const calls: FetchCall[] = []
let answer: (call: FetchCall) => Promise<{ status: number; text(): Promise<string> }>

const respond = (status: number, text: string) => Promise.resolve({ status, text: () => Promise.resolve(text) })
const never = () => new Promise<never>(() => {})

beforeEach(() => {
  calls.length = 0
  answer = () => respond(200, '{}')
  globalThis.fetch = jest.fn((url: string, init: FetchCall['init']) => {
    const call = { url, init }
    calls.push(call)
    return answer(call)
  }) as unknown as typeof fetch
})

afterEach(() => {
  jest.useRealTimers()
})

const outgoing = { url: '/api/v1/health', method: 'GET', header: { Accept: 'application/json' }, timeoutMs: 15_000 }

describe('the browser transport (fetch)', () => {
  it('sends the method, the headers and the body as JSON, and reads the answer as JSON', async () => {
    answer = () => respond(201, '{"id":"a1"}')

    const result = await send({ ...outgoing, url: '/api/v1/x', method: 'POST', header: { 'Content-Type': 'application/json' }, body: { phone: '13800000001' } })

    expect(result).toEqual({ statusCode: 201, data: { id: 'a1' } })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe('/api/v1/x')
    expect(calls[0]!.init.method).toBe('POST')
    expect(calls[0]!.init.headers).toEqual({ 'Content-Type': 'application/json' })
    expect(calls[0]!.init.body).toBe('{"phone":"13800000001"}')
  })

  it('sends no body when there is none', async () => {
    await send(outgoing)

    expect(calls[0]!.init.method).toBe('GET')
    expect(calls[0]!.init.body).toBeUndefined()
  })

  it('gives null for an empty body or one that is not JSON, as Taro.request does', async () => {
    answer = () => respond(204, '')
    expect(await send(outgoing)).toEqual({ statusCode: 204, data: null })

    answer = () => respond(502, '<html>Bad Gateway</html>')
    expect(await send(outgoing)).toEqual({ statusCode: 502, data: null })
  })

  it('turns a failed fetch into a NetworkError that is not a timeout', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'))

    const error: unknown = await send(outgoing).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).timedOut).toBe(false)
    expect((error as NetworkError).message).toBe('Failed to fetch')
  })

  it('times out after timeoutMs with a NetworkError saying so, and aborts the fetch', async () => {
    jest.useFakeTimers()
    answer = never

    const pending = send({ ...outgoing, timeoutMs: 1000 }).catch((e: unknown) => e)
    jest.advanceTimersByTime(999)
    expect(calls[0]!.init.signal?.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    const error = await pending

    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).timedOut).toBe(true)
    expect(errorMessage(error)).toBe('网络太慢，请求超时了，请稍后重试')
    expect(calls[0]!.init.signal?.aborted).toBe(true)
  })

  it('still times out where the browser has no AbortController', async () => {
    jest.useFakeTimers()
    const native = globalThis.AbortController
    // @ts-expect-error -- an older browser
    delete globalThis.AbortController
    try {
      answer = never
      const pending = send({ ...outgoing, timeoutMs: 500 }).catch((e: unknown) => e)
      jest.advanceTimersByTime(500)
      const error = await pending

      expect(calls[0]!.init.signal).toBeUndefined()
      expect(error).toBeInstanceOf(NetworkError)
      expect((error as NetworkError).timedOut).toBe(true)
    } finally {
      globalThis.AbortController = native
    }
  })

  it("rejects with the signal's reason when the caller aborts, and aborts the fetch", async () => {
    answer = never
    const controller = new AbortController()
    const reason = new Error('page left')

    const pending = send({ ...outgoing, signal: controller.signal }).catch((e: unknown) => e)
    controller.abort(reason)

    expect(await pending).toBe(reason)
    expect(calls[0]!.init.signal?.aborted).toBe(true)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()

    const error: unknown = await send({ ...outgoing, signal: controller.signal }).catch((e: unknown) => e)

    expect((error as Error).name).toBe('AbortError')
    expect(calls).toHaveLength(0)
  })
})

describe('request over the browser transport', () => {
  const station = buildStation({ openJobCount: 3 })

  it('sends the bearer token and parses the answer with the contract schema', async () => {
    setToken('tok_0123456789abcdef0123456789')
    answer = () => respond(200, JSON.stringify(station))

    const result = await request(api.getStation, { params: { id: station.id }, query: {} })

    expect(result.name).toBe('柳州路零工驿站')
    expect(calls[0]!.url).toBe(`/api/v1/stations/${station.id}`)
    expect(calls[0]!.init.headers.Authorization).toBe('Bearer tok_0123456789abcdef0123456789')
  })

  it('turns an error body into an ApiError with its fields', async () => {
    answer = () =>
      respond(400, JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: '请检查填写的内容', fields: { phone: '请输入 11 位手机号' } } }))

    const error: unknown = await request(api.requestOtp, { body: { phone: '123' } }).catch((e: unknown) => e)

    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: { phone: '请输入 11 位手机号' } })
    expect(calls[0]!.init.body).toBe('{"phone":"123"}')
  })

  it('turns a 502 page from a proxy into an ApiError with a plain message', async () => {
    answer = () => respond(502, '<html>Bad Gateway</html>')

    const error: unknown = await request(api.health, {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 502, code: 'UNKNOWN' })
    expect(errorMessage(error)).toBe('服务器暂时出了问题，请稍后再试')
  })

  it('rejects a 2xx answer that breaks the contract with a ContractError', async () => {
    answer = () => respond(200, JSON.stringify({ ...station, openJobCount: -1 }))

    const error: unknown = await request(api.getStation, { params: { id: station.id }, query: {} }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ContractError)
  })

  it('clears the token when the server answers 401', async () => {
    setToken('tok_0123456789abcdef0123456789')
    answer = () => respond(401, JSON.stringify({ error: { code: 'UNAUTHORIZED', message: '请先登录' } }))

    await expect(request(api.me, {})).rejects.toBeInstanceOf(ApiError)
    expect(getToken()).toBeNull()
  })
})
