import { notFound } from '../http/errors'

export const jobNotFound = () => notFound('JOB_NOT_FOUND', '没有找到这个岗位，可能已被删除')
