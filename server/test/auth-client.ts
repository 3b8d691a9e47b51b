import assert from 'node:assert/strict'
import { DevOtpSchema, SessionSchema, type ErrorBody, type Session } from '../../src/shared/contracts/index'
import { call, errorOf, type JsonResponse, type TestServer } from './helper'

/** A bearer token, as `call` takes it. */
const bearer = (token?: string) => (token ? { token } : undefined)

export function post(server: TestServer, path: string, body: unknown, token?: string): Promise<JsonResponse> {
  return call(server, 'POST', path, { body, as: bearer(token) })
}

export function get(server: TestServer, path: string, token?: string): Promise<JsonResponse> {
  return call(server, 'GET', path, { as: bearer(token) })
}

/** POST /auth/logout has no body, so no content type either. */
export function logout(server: TestServer, token: string): Promise<JsonResponse> {
  return call(server, 'POST', '/auth/logout', { as: { token } })
}

/** Asserts the status and the error body's shape and code; returns the error for further checks. */
export function expectError(res: JsonResponse, status: number, code: string): ErrorBody['error'] {
  const error = errorOf(res, status)
  assert.equal(error.code, code, error.message)
  return error
}

/** Demo mode: asks for a code and reads it back from GET /dev/otp. */
export async function demoCode(server: TestServer, phone: string): Promise<string> {
  const sent = await post(server, '/auth/otp', { phone })
  assert.equal(sent.status, 200, JSON.stringify(sent.body))
  const res = await get(server, `/dev/otp?phone=${phone}`)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return DevOtpSchema.parse(res.body).code
}

export async function login(server: TestServer, phone: string, code: string): Promise<Session> {
  const res = await post(server, '/auth/login', { phone, code })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return SessionSchema.parse(res.body)
}

/** Demo mode: a full phone sign-in. */
export async function signIn(server: TestServer, phone: string): Promise<Session> {
  return login(server, phone, await demoCode(server, phone))
}

/** A code that is certainly not `code`. */
export const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

/** Forgets every code, session, rate-limit count and account, so a test starts from an empty sign-in state. */
export async function resetSignIn(server: TestServer): Promise<void> {
  await server.db.query('delete from auth_rate_events')
  await server.db.query('delete from auth_otp_codes')
  await server.db.query('delete from auth_sessions')
  await server.db.query('delete from users')
}
