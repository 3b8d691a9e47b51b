import { z } from 'zod/mini'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Who may call an endpoint: anyone, or only with a bearer token. */
export type EndpointAuth = 'none' | 'bearer'

/**
 * A file sent as multipart/form-data (what wx.uploadFile and Taro.uploadFile send): one file part.
 * Its type is judged by its first bytes, never by the name or the type the client declares.
 */
export interface EndpointUpload {
  /** The form field that carries the file. */
  field: string
  maxBytes: number
  /** The types accepted, as recognised from the content. */
  mimeTypes: readonly string[]
  /** The codes answered for a file of another type (400) and for one over maxBytes (413). */
  errors: { typeNotAllowed: string; tooLarge: string }
}

/**
 * One operation of the public API. The server registers a route from it, the client calls it
 * through it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Params extends z.ZodMiniType = z.ZodMiniType,
  Query extends z.ZodMiniType = z.ZodMiniType,
  Body extends z.ZodMiniType = z.ZodMiniType,
  Response extends z.ZodMiniType = z.ZodMiniType,
  Auth extends EndpointAuth = EndpointAuth,
  Headers extends z.ZodMiniType = z.ZodMiniType,
  Upload extends EndpointUpload | undefined = EndpointUpload | undefined,
> {
  operationId: string
  method: HttpMethod
  /** Relative to `/api/v1`, Fastify style (`/stations/:id`). */
  path: string
  summary: string
  tags: string[]
  auth: Auth
  params?: Params
  query?: Query
  body?: Body
  /** Request headers the operation reads, lower-case names (`idempotency-key`). */
  headers?: Headers
  /** The request is a file upload instead of a JSON body (an endpoint has one or the other). */
  upload?: Upload
  /** Success status and the body it carries; 204 carries none (use z.void()). */
  status: 200 | 201 | 204
  /**
   * The success body is a file's bytes of one of these types rather than JSON; `response` is then
   * a byte array (`FileBytesSchema`).
   */
  download?: { mimeTypes: readonly string[] }
  response: Response
  /**
   * Error codes this operation can answer with beyond the ones every operation can
   * (CommonErrorCodes), by HTTP status: `{ 404: ['JOB_NOT_FOUND'] }`.
   */
  errors?: { readonly [status: number]: readonly string[] }
}

export function endpoint<
  Params extends z.ZodMiniType = z.ZodMiniUndefined,
  Query extends z.ZodMiniType = z.ZodMiniUndefined,
  Body extends z.ZodMiniType = z.ZodMiniUndefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
  // Kept literal so that server handlers of 'bearer' operations are typed with a user.
  Auth extends EndpointAuth = EndpointAuth,
  Headers extends z.ZodMiniType = z.ZodMiniUndefined,
  Upload extends EndpointUpload | undefined = undefined,
>(def: Endpoint<Params, Query, Body, Response, Auth, Headers, Upload>): Endpoint<Params, Query, Body, Response, Auth, Headers, Upload> {
  return def
}

export type ParamsOf<E> = E extends Endpoint<infer P, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType> ? z.input<P> : never
export type QueryOf<E> = E extends Endpoint<z.ZodMiniType, infer Q, z.ZodMiniType, z.ZodMiniType> ? z.input<Q> : never
export type BodyOf<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, infer B, z.ZodMiniType> ? z.input<B> : never
export type HeadersOf<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, EndpointAuth, infer H> ? z.input<H> : never
export type ResponseOf<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, infer R> ? z.output<R> : never

export const API_PREFIX = '/api/v1'
