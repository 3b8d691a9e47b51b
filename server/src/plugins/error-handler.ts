import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { ErrorBody } from '../../../src/shared/contracts/index'
import { HttpError } from '../http/errors'

/** Fastify's own client errors, mapped onto our codes and messages. */
const fastifyErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: '请求内容为空，应为 JSON' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求内容类型不支持，请使用 application/json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求内容太大' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'VALIDATION_FAILED', message: '请求长度与内容不符' },
}

function body(code: string, message: string, extra: Partial<ErrorBody['error']> = {}): ErrorBody {
  return { error: { code, message, ...extra } }
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send(body('ROUTE_NOT_FOUND', '没有这个接口', { requestId: request.id }))
}

/**
 * The one error handler: every failure answers `{ error: { code, message, fields?, requestId? } }`.
 * Messages for 4xx are for people (Chinese); anything unexpected is logged with its stack and the
 * client only learns that something went wrong and the request id to quote.
 */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | HttpError | Error, request, reply) => {
      if (error instanceof HttpError) {
        if (error.statusCode >= 500) request.log.error({ err: error }, error.message)
        return reply
          .code(error.statusCode)
          .send(body(error.code, error.message, { ...(error.fields ? { fields: error.fields } : {}), requestId: request.id }))
      }
      const code = (error as FastifyError).code
      const known = code ? fastifyErrors[code] : undefined
      if (known) {
        request.log.info({ code }, 'client error')
        return reply.code(known.status).send(body(known.code, known.message, { requestId: request.id }))
      }
      const status = (error as FastifyError).statusCode
      if (status && status >= 400 && status < 500) {
        // Other client errors Fastify raises (bad URL encoding and the like): the same shape.
        request.log.info({ code, status }, 'client error')
        return reply.code(status).send(body('VALIDATION_FAILED', '请求格式有误', { requestId: request.id }))
      }
      request.log.error({ err: error }, 'unhandled error')
      return reply
        .code(500)
        .send(body('INTERNAL', `服务出了点问题，请稍后再试。如需反馈，请提供编号 ${request.id}`, { requestId: request.id }))
    })
  },
  { name: 'error-handler' },
)
