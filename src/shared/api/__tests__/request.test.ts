import { api } from '@/shared/contracts'
import { getToken, setToken } from '@/shared/session/token-store'
import { buildStation } from '../../../../test/jest/fixtures'
import { taroTest } from '../../../../test/jest/taro'
import { ApiError, ContractError, NetworkError, errorMessage } from '../errors'
import { buildUrl, request } from '../request'

const station = buildStation({ openJobCount: 3 })

describe('buildUrl', () => {
  it('fills path parameters, encoded, and leaves out empty query values', () => {
    expect(buildUrl(api.getStationByCode, { code: 'A B' }, { lat: 36.1, lng: undefined })).toBe('/api/v1/stations/by-code/A%20B?lat=36.1')
    expect(buildUrl(api.listJobs, undefined, { stationId: 'x', cursor: '', limit: 20 })).toBe('/api/v1/jobs?stationId=x&limit=20')
  })
})

describe('request', () => {
  it('sends the bearer token and parses the answer with the contract schema', async () => {
    setToken('tok_0123456789abcdef0123456789')
    taroTest.setTransport(() => ({ statusCode: 200, data: station }))

    const result = await request(api.getStation, { params: { id: station.id }, query: {} })

    expect(result.name).toBe('柳州路零工驿站')
    const [sent] = taroTest.requests
    expect(sent?.url).toBe(`/api/v1/stations/${station.id}`)
    expect(sent?.method).toBe('GET')
    expect(sent?.header.Authorization).toBe('Bearer tok_0123456789abcdef0123456789')
  })

  it('sends a JSON body and no token when signed out', async () => {
    taroTest.setTransport(() => ({ statusCode: 200, data: { expiresInSeconds: 300, resendAfterSeconds: 60 } }))

    await request(api.requestOtp, { body: { phone: '13800000001' } })

    const [sent] = taroTest.requests
    expect(sent?.method).toBe('POST')
    expect(sent?.data).toEqual({ phone: '13800000001' })
    expect(sent?.header['Content-Type']).toBe('application/json')
    expect(sent?.header.Authorization).toBeUndefined()
  })

  it('turns an error body into an ApiError with its fields', async () => {
    taroTest.setTransport(() => ({
      statusCode: 400,
      data: { error: { code: 'VALIDATION_FAILED', message: '请检查填写的内容', fields: { phone: '请输入 11 位手机号' } } },
    }))

    const error: unknown = await request(api.requestOtp, { body: { phone: '123' } }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '请检查填写的内容', fields: { phone: '请输入 11 位手机号' } })
  })

  it('turns a 500 without a JSON body into an ApiError with a plain message', async () => {
    taroTest.setTransport(() => ({ statusCode: 500, data: '<html>Bad Gateway</html>' }))

    const error: unknown = await request(api.health, {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 500, code: 'UNKNOWN' })
    expect(errorMessage(error)).toBe('服务器暂时出了问题，请稍后再试')
  })

  it('turns a failed request into a NetworkError, noting timeouts', async () => {
    taroTest.setTransport(() => {
      throw { errMsg: 'request:fail timeout' }
    })

    const error: unknown = await request(api.health, {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).timedOut).toBe(true)
    expect(errorMessage(error)).toBe('网络太慢，请求超时了，请稍后重试')
  })

  it('rejects a 2xx answer that breaks the contract with a ContractError', async () => {
    taroTest.setTransport(() => ({ statusCode: 200, data: { ...station, openJobCount: -1 } }))

    const error: unknown = await request(api.getStation, { params: { id: station.id }, query: {} }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).operationId).toBe('getStation')
  })

  it('clears the token when the server answers 401', async () => {
    setToken('tok_0123456789abcdef0123456789')
    taroTest.setTransport(() => ({ statusCode: 401, data: { error: { code: 'UNAUTHORIZED', message: '请先登录' } } }))

    await expect(request(api.me, {})).rejects.toBeInstanceOf(ApiError)
    expect(getToken()).toBeNull()
  })

  it('aborts the request task when the signal aborts', async () => {
    taroTest.setTransport(() => new Promise(() => {}))
    const controller = new AbortController()

    const pending = request(api.health, {}, { signal: controller.signal })
    await Promise.resolve()
    await Promise.resolve()
    controller.abort()

    await expect(pending).rejects.toBeDefined()
    expect(taroTest.requests[0]?.aborted).toBe(true)
  })
})
