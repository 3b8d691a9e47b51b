import { HttpError, notFound } from '../http/errors'

export const jobNotFound = () => notFound('JOB_NOT_FOUND', '没有找到这个岗位，可能已被删除')
export const conflict = (code: string, message: string) => new HttpError(409, code, message)
