import { HttpError, forbidden, notFound } from '../http/errors'

export const jobNotFound = () => notFound('JOB_NOT_FOUND', '没有找到这个岗位，可能已被删除')
export const conflict = (code: string, message: string) => new HttpError(409, code, message)
/** District staff deciding on something of another district. */
export const outOfScope = () => forbidden('这不在你负责的区域内，请交给所在区的驿站处理')
