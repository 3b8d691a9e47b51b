import { taroTest } from '@tarojs/taro'
import { ApiError, ContractError, NetworkError } from '../errors'
import { createQueryClient } from '../query-client'

const fast = { retryDelay: 0 }

describe('the query client', () => {
  it('retries network failures and 5xx at most twice, and never 4xx or contract errors', async () => {
    const cases: [Error, number][] = [
      [new NetworkError('offline'), 3],
      [new ApiError(503, 'SERVICE_UNAVAILABLE', '服务暂不可用'), 3],
      [new ApiError(404, 'NOT_FOUND', '没有这个驿站'), 1],
      [new ContractError('getStation', []), 1],
    ]
    for (const [error, expectedCalls] of cases) {
      const client = createQueryClient()
      let calls = 0
      await expect(
        client.fetchQuery({
          queryKey: ['retry', error.name, calls],
          queryFn: () => {
            calls++
            throw error
          },
          retry: client.getDefaultOptions().queries?.retry,
          ...fast,
        }),
      ).rejects.toBe(error)
      expect(calls).toBe(expectedCalls)
    }
  })

  it('toasts a failed background refresh, but not a first load that fails (the page shows that)', async () => {
    const client = createQueryClient()
    client.setDefaultOptions({ queries: { retry: false } })
    await expect(client.fetchQuery({ queryKey: ['first'], queryFn: () => Promise.reject(new NetworkError('offline')) })).rejects.toBeInstanceOf(NetworkError)
    expect(taroTest.toasts).toEqual([])

    client.setQueryData(['refresh'], { items: [] })
    await expect(
      client.fetchQuery({ queryKey: ['refresh'], queryFn: () => Promise.reject(new NetworkError('offline')), staleTime: 0 }),
    ).rejects.toBeInstanceOf(NetworkError)
    expect(taroTest.toasts.map((toast) => toast.title)).toEqual(['网络连接不上，请检查网络后重试'])
  })

  it('invalidates the queries a mutation lists in meta.invalidates once it succeeds', async () => {
    const client = createQueryClient()
    client.setQueryData(['applications', 'list'], ['old'])
    client.setQueryData(['jobs', 'detail', '1'], { id: '1' })
    client.setQueryData(['stations'], [])

    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.resolve('ok'), meta: { invalidates: [['applications'], ['jobs', 'detail', '1']] } })
      .execute(undefined)

    expect(client.getQueryState(['applications', 'list'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['jobs', 'detail', '1'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['stations'])?.isInvalidated).toBe(false)
  })
})
