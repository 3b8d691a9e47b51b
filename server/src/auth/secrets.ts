import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'
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

/** Tokens carry 256 random bits, so a plain SHA-256 is enough to make the stored value useless. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * A stable key for a phone number or an IP address in rate-limit buckets and code rows. It keeps the
 * value from being read off the table at a glance; it is not secrecy (phone numbers are few enough to
 * enumerate), which is why these rows are also short-lived.
 */
export function lookupKey(kind: 'phone' | 'ip', value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('base64url')
}
