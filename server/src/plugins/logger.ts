import type { FastifyRequest, FastifyServerOptions } from 'fastify'

const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g

/** 13800000001 → 138****0001, wherever a mainland mobile number appears in the text. */
export const maskPhones = (text: string) => text.replace(PHONE, '$1****$2')

/**
 * Pino through Fastify's logger. Phone numbers never reach the log in clear: URLs are masked (the
 * demo `/dev/otp?phone=` query), and credentials in headers are redacted should headers be logged.
 */
export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
      censor: '[redacted]',
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: maskPhones(request.url),
          remoteAddress: request.ip,
        }
      },
    },
  }
}
