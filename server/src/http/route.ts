import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod/mini'
import { API_PREFIX, type Endpoint, type Role } from '../../../src/shared/contracts/index'
import { readUpload, type UploadedFile } from '../files/upload'
import { HttpError } from './errors'

/** The signed-in caller, set by the `authenticate` decorator on bearer endpoints. */
export interface AuthUser {
  id: string
  role: Role
  sessionId: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves the bearer token to a user, or throws 401. Provided by the auth routes plugin. */
    authenticate(request: FastifyRequest): Promise<AuthUser>
  }
}

// `params?`/`query?`/`body?` are optional on Endpoint; a declared schema means the part is there.
type Out<S> = NonNullable<S> extends z.ZodMiniType ? z.output<NonNullable<S>> : undefined

export interface RouteInput<E extends Endpoint> {
  params: Out<E['params']>
  query: Out<E['query']>
  body: Out<E['body']>
  headers: Out<E['headers']>
  /** Set when the endpoint's auth is 'bearer'. */
  user: E['auth'] extends 'bearer' ? AuthUser : null
  /** The uploaded file, set when the endpoint declares `upload`. */
  file: [NonNullable<E['upload']>] extends [never] ? null : UploadedFile
  request: FastifyRequest
  reply: FastifyReply
}

export type RouteHandler<E extends Endpoint> = (input: RouteInput<E>) => Promise<z.input<E['response']>>

/** Fastify style `:id` → OpenAPI style `{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')

/**
 * `flat`: a query string has only named parameters, so an issue with one item of a list
 * (`category.0`) is reported under the parameter the client sent (`category`).
 */
function parsePart(schema: z.ZodMiniType | undefined, value: unknown, flat = false): unknown {
  if (!schema) return undefined
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data
  throw validationFailed(result.error.issues, flat)
}

/**
 * The 400 for schema issues: each field (dot path) with its first message, the first one as the message.
 * Also for a handler that checks a merged body itself (a partial edit applied to what is stored).
 */
export function validationFailed(issues: readonly { path: readonly PropertyKey[]; message: string }[], flat = false): HttpError {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = (flat ? issue.path.slice(0, 1) : issue.path).map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return new HttpError(400, 'VALIDATION_FAILED', Object.values(fields)[0] ?? '请求内容有误', fields)
}

/**
 * Registers one contract operation: checks params, query, body and declared headers with the contract's schemas,
 * authenticates bearer operations, reads a declared upload (after authenticating: nobody unknown gets to send
 * megabytes), and checks the handler's answer against the response schema (a mismatch is our bug: a 500,
 * logged, never a wrong body sent to a client). A download's answer must also carry one of its declared types.
 */
export function route<E extends Endpoint>(app: FastifyInstance, endpoint: E, handler: RouteHandler<E>) {
  app.route({
    method: endpoint.method,
    url: API_PREFIX + endpoint.path,
    handler: async (request, reply) => {
      // Multipart is parsed only in a plugin that takes uploads; its JSON operations still refuse it as elsewhere.
      if (!endpoint.upload && request.isMultipart?.()) {
        throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求内容类型不支持，请使用 application/json')
      }
      const params = parsePart(endpoint.params, request.params)
      const query = parsePart(endpoint.query, request.query, true)
      const body = parsePart(endpoint.body, request.body)
      const headers = parsePart(endpoint.headers, request.headers)
      const user = endpoint.auth === 'bearer' ? await app.authenticate(request) : null
      const file = endpoint.upload ? await readUpload(request, endpoint.upload) : null
      const result = await handler({ params, query, body, headers, user, file, request, reply } as RouteInput<E>)
      if (endpoint.status === 204) return reply.code(204).send()
      const checked = endpoint.response.safeParse(result)
      if (!checked.success) {
        request.log.error({ operationId: endpoint.operationId, issues: checked.error.issues }, 'response does not match the contract')
        throw new Error(`Response of ${endpoint.operationId} does not match the contract`)
      }
      if (endpoint.download) {
        const type = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim()
        if (!endpoint.download.mimeTypes.includes(type)) {
          throw new Error(`Download of ${endpoint.operationId} has undeclared type ${type || '(none)'}`)
        }
      }
      return reply.code(endpoint.status).send(checked.data)
    },
  })
}
