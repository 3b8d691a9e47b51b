import { z } from 'zod/mini'

/**
 * Every error the API answers with has this body. `message` is plain Chinese for the person using
 * the app; `code` is for programs; `fields` maps a request field (dot path) to what is wrong with it.
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    requestId: z.optional(z.string()),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBodySchema>

/** Codes any operation may answer with. Operation-specific ones are listed on the endpoint. */
export const CommonErrorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const

export type ErrorCode = keyof typeof CommonErrorCodes | (string & {})
