import { createHash, createHmac, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>

/** A 6-digit sign-in code from the CSPRNG; leading zeros allowed. */
export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

// A 6-digit code has only a million values, so a fast hash would give it away to anyone holding a
// copy of the table. N=4096 costs ≈ 10 ms per try: a million tries take hours, the code lives 5 minutes.
const SCRYPT = { N: 4096, r: 8, p: 1 }
const KEY_LENGTH = 32

/** `salt$hash`, both base64url. */
export async function hashOtpCode(code: string): Promise<string> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(code, salt, KEY_LENGTH, SCRYPT)
  return `${salt.toString('base64url')}$${hash.toString('base64url')}`
}

export async function verifyOtpCode(code: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split('$')
  if (!salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await scryptAsync(code, Buffer.from(salt, 'base64url'), expected.length, SCRYPT)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** An opaque bearer token: 32 random bytes, base64url (43 characters). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Tokens carry 256 random bits: nobody can enumerate them, so a plain SHA-256 already makes a copy of
 * the table useless. Keying it with AUTH_SECRET would add nothing, and would sign everyone out
 * whenever the secret changes.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A phone number or IP address as stored: HMAC'd, never in clear. Only `lookupKeys` makes one. */
export type LookupKey = string & { readonly __brand: 'LookupKey' }

export interface LookupKeys {
  phone(phone: string): LookupKey
  ip(ip: string): LookupKey
}

/**
 * Stable keys for phone numbers and IP addresses in code rows and rate-limit buckets: HMAC-SHA-256
 * under AUTH_SECRET, base64url. A plain hash would not do: there are only about 10^10 mainland
 * numbers, so anyone with a copy of the tables could hash them all and read every number back. With
 * the HMAC they also need the secret, which never goes into the database.
 */
export function lookupKeys(secret: string): LookupKeys {
  const key = (kind: 'phone' | 'ip', value: string) =>
    createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url') as LookupKey
  return { phone: (phone) => key('phone', phone), ip: (ip) => key('ip', ip) }
}
