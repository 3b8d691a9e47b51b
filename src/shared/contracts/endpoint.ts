import { z } from 'zod'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Who may call an endpoint: anyone, or only with a bearer token. */
export type EndpointAuth = 'none' | 'bearer'

/**
 * One operation of the public API. The server registers a route from it, the client calls it
 * through it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
  Auth extends EndpointAuth = EndpointAuth,
  Headers extends z.ZodType = z.ZodType,
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
  /** Success status and the body it carries; 204 carries none (use z.void()). */
  status: 200 | 201 | 204
  response: Response
  /**
   * Error codes this operation can answer with beyond the ones every operation can
   * (CommonErrorCodes), by HTTP status: `{ 404: ['JOB_NOT_FOUND'] }`.
   */
  errors?: { readonly [status: number]: readonly string[] }
}

export function endpoint<
  Params extends z.ZodType = z.ZodUndefined,
  Query extends z.ZodType = z.ZodUndefined,
  Body extends z.ZodType = z.ZodUndefined,
  Response extends z.ZodType = z.ZodType,
  // Kept literal so that server handlers of 'bearer' operations are typed with a user.
  Auth extends EndpointAuth = EndpointAuth,
  Headers extends z.ZodType = z.ZodUndefined,
>(def: Endpoint<Params, Query, Body, Response, Auth, Headers>): Endpoint<Params, Query, Body, Response, Auth, Headers> {
  return def
}

export type ParamsOf<E> = E extends Endpoint<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never
export type QueryOf<E> = E extends Endpoint<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never
export type BodyOf<E> = E extends Endpoint<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never
export type HeadersOf<E> = E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, z.ZodType, EndpointAuth, infer H> ? z.input<H> : never
export type ResponseOf<E> = E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never

export const API_PREFIX = '/api/v1'
