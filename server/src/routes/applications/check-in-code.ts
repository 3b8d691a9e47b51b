import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The check-in code an employer's screen shows: six digits and a QR text, both derived from the job
 * and the current minute under a key only the server holds. Nothing is stored: any server process
 * with the same AUTH_SECRET derives and checks the same codes. Pure (the clock is passed in).
 */

export const CHECK_IN_PERIOD_SECONDS = 60
const PERIOD_MS = CHECK_IN_PERIOD_SECONDS * 1000
/** Digits from this many minutes back are recognised as expired rather than wrong. */
const EXPIRED_LOOKBACK_WINDOWS = 10
const QR_PREFIX = 'yizhan-checkin:v1'

/**
 * The key for check-in codes, derived from AUTH_SECRET under its own label so that it never equals
 * the key that protects phone numbers (domain separation).
 */
export function checkInKey(authSecret: string): Buffer {
  return createHmac('sha256', authSecret).update('check-in-code').digest()
}

const windowOf = (now: Date) => Math.floor(now.getTime() / PERIOD_MS)

const mac = (key: Buffer, purpose: 'code' | 'qr', jobId: string, window: number) =>
  createHmac('sha256', key).update(`${purpose}:${jobId}:${window}`).digest()

/** Six digits by RFC 4226's dynamic truncation of the MAC. */
function digitsFor(key: Buffer, jobId: string, window: number): string {
  const h = mac(key, 'code', jobId, window)
  const offset = h[h.length - 1]! & 0x0f
  const value = h.readUInt32BE(offset) & 0x7fffffff
  return String(value % 1_000_000).padStart(6, '0')
}

/** 128 bits of the MAC: far beyond guessing, and the QR stays small. */
const qrSignature = (key: Buffer, jobId: string, window: number) => mac(key, 'qr', jobId, window).subarray(0, 16)

export interface IssuedCheckInCode {
  code: string
  qr: string
  /** End of the current window: the screen shows the next code then (the old one is still taken for one more window). */
  expiresAt: Date
  periodSeconds: number
}

export function issueCheckInCode(key: Buffer, jobId: string, now: Date): IssuedCheckInCode {
  const window = windowOf(now)
  return {
    code: digitsFor(key, jobId, window),
    qr: `${QR_PREFIX}:${jobId}:${window}:${qrSignature(key, jobId, window).toString('base64url')}`,
    expiresAt: new Date((window + 1) * PERIOD_MS),
    periodSeconds: CHECK_IN_PERIOD_SECONDS,
  }
}

export type CheckInProof = { code: string } | { qr: string }
export type CheckInVerdict = 'ok' | 'expired' | 'invalid'

/**
 * Accepts the current window and the one before (a code read at the end of a minute and typed in
 * the next). An older genuine code is 'expired'; wrong digits, another job's QR or a tampered one
 * are 'invalid'.
 */
export function verifyCheckInCode(key: Buffer, jobId: string, proof: CheckInProof, now: Date): CheckInVerdict {
  const current = windowOf(now)
  if ('code' in proof) {
    const given = Buffer.from(proof.code)
    const matches = (window: number) => timingSafeEqual(Buffer.from(digitsFor(key, jobId, window)), given)
    if (given.length !== 6) return 'invalid'
    if (matches(current) || matches(current - 1)) return 'ok'
    for (let back = 2; back <= EXPIRED_LOOKBACK_WINDOWS; back++) if (matches(current - back)) return 'expired'
    return 'invalid'
  }
  const parts = proof.qr.split(':')
  if (parts.length !== 5 || `${parts[0]}:${parts[1]}` !== QR_PREFIX) return 'invalid'
  const [, , qrJobId, windowText, signature] = parts as [string, string, string, string, string]
  if (qrJobId !== jobId || !/^\d{1,15}$/.test(windowText)) return 'invalid'
  const window = Number(windowText)
  const expected = qrSignature(key, jobId, window)
  const given = Buffer.from(signature, 'base64url')
  // The signature is checked before the window, so a forged old QR reads as forged, not as expired.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  if (window > current) return 'invalid'
  return window >= current - 1 ? 'ok' : 'expired'
}
