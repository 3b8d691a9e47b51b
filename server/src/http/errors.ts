/**
 * An error meant for the API client: the status, a stable code, a Chinese message for the person,
 * and optionally which request fields are wrong. The error handler turns it into the error body.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const notFound = (code: string, message: string) => new HttpError(404, code, message)
/** The request is fine but the thing is not in a state that allows it (名额已满, 已停招 …). */
export const conflict = (code: string, message: string) => new HttpError(409, code, message)
export const unauthorized = (message = '请先登录') => new HttpError(401, 'UNAUTHORIZED', message)
export const forbidden = (message = '没有权限做这件事') => new HttpError(403, 'FORBIDDEN', message)
export const tooManyRequests = (message: string) => new HttpError(429, 'RATE_LIMITED', message)
