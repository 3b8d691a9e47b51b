/** The server answered with an error body (or an error status without one). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** The request never got an answer: no network, timeout, server unreachable. Worth retrying. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message)
  }
}

/** The server answered 2xx, but not in the shape the contract promises. A bug on one side. */
export class ContractError extends Error {
  override readonly name = 'ContractError'
  constructor(
    readonly operationId: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super('服务器返回的数据格式不对，请稍后再试')
  }
}

export type AppError = ApiError | NetworkError | ContractError

/** What to show a person for any error a request can end in. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof ContractError) return error.message
  if (error instanceof NetworkError) return error.timedOut ? '网络太慢，请求超时了，请稍后重试' : '网络连接不上，请检查网络后重试'
  return '出了点问题，请稍后重试'
}

/** Worth trying again by itself: the network, or the server's own trouble. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)
}
