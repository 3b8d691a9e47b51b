import type { Db } from '../db/types'
import { hashOtpCode, newOtpCode, verifyOtpCode, type LookupKey } from './secrets'
import { toIso } from './users'

export const OTP_TTL_SECONDS = 5 * 60
export const OTP_MAX_WRONG_ATTEMPTS = 5

export interface IssuedOtp {
  id: string
  code: string
  expiresAt: string
}

/**
 * Creates a new code for the phone behind `phoneKey`; any earlier code for that phone stops working
 * at once. The clear code is stored only when `keepClearForDemo` is set (demo mode), because GET /dev/otp has to show it;
 * outside demo mode only the scrypt hash exists.
 */
export async function issueOtp(db: Db, phoneKey: LookupKey, keepClearForDemo: boolean): Promise<IssuedOtp> {
  const code = newOtpCode()
  const codeHash = await hashOtpCode(code)
  return db.transaction(async (tx) => {
    await tx.query('delete from auth_otp_codes where phone_key = $1', [phoneKey])
    // Old codes are kept a day so a late try hears "expired" rather than "ask for a code first".
    // Bounded and skipping locked rows, so concurrent requests never wait on each other here.
    await tx.query(
      `delete from auth_otp_codes where id in (
         select id from auth_otp_codes where expires_at < now() - interval '1 day' limit 500 for update skip locked)`,
    )
    const [row] = await tx.query<{ id: string; expires_at: Date | string }>(
      `insert into auth_otp_codes (phone_key, code_hash, demo_code, expires_at)
       values ($1, $2, $3, now() + make_interval(secs => $4))
       returning id, expires_at`,
      [phoneKey, codeHash, keepClearForDemo ? code : null, OTP_TTL_SECONDS],
    )
    if (!row) throw new Error('insert into auth_otp_codes returned nothing')
    return { id: row.id, code, expiresAt: toIso(row.expires_at) }
  })
}

/** Drops a code that never reached the person (the gateway failed). */
export async function discardOtp(db: Db, id: string): Promise<void> {
  await db.query('delete from auth_otp_codes where id = $1', [id])
}

export type OtpCheck =
  | { kind: 'ok' }
  | { kind: 'missing' }
  | { kind: 'expired' }
  | { kind: 'used' }
  | { kind: 'too_many_attempts' }
  | { kind: 'wrong'; attemptsLeft: number }

/**
 * Checks `code` against the phone's current code and records the outcome: a wrong code uses up an
 * attempt, the right one is spent. Run it inside a transaction the caller commits even when the
 * check fails — the row lock is what stops parallel guesses from getting more than five tries, and
 * the attempt count must survive the refusal.
 */
export async function checkOtp(tx: Db, phoneKey: LookupKey, code: string): Promise<OtpCheck> {
  const [row] = await tx.query<{ id: string; code_hash: string; attempts: number; expired: boolean; used: boolean }>(
    `select id, code_hash, attempts, expires_at <= now() as expired, used_at is not null as used
       from auth_otp_codes where phone_key = $1
      order by created_at desc limit 1
      for update`,
    [phoneKey],
  )
  if (!row) return { kind: 'missing' }
  if (row.used) return { kind: 'used' }
  if (row.attempts >= OTP_MAX_WRONG_ATTEMPTS) return { kind: 'too_many_attempts' }
  if (row.expired) return { kind: 'expired' }
  if (await verifyOtpCode(code, row.code_hash)) {
    await tx.query('update auth_otp_codes set used_at = now(), demo_code = null where id = $1', [row.id])
    return { kind: 'ok' }
  }
  await tx.query('update auth_otp_codes set attempts = attempts + 1 where id = $1', [row.id])
  return { kind: 'wrong', attemptsLeft: OTP_MAX_WRONG_ATTEMPTS - row.attempts - 1 }
}

/** Demo mode: the phone's current, unspent code in clear. */
export async function currentDemoOtp(db: Db, phoneKey: LookupKey): Promise<{ code: string; expiresAt: string } | null> {
  const [row] = await db.query<{ demo_code: string; expires_at: Date | string }>(
    `select demo_code, expires_at from auth_otp_codes
      where phone_key = $1 and demo_code is not null and used_at is null
        and expires_at > now() and attempts < $2
      order by created_at desc limit 1`,
    [phoneKey, OTP_MAX_WRONG_ATTEMPTS],
  )
  return row ? { code: row.demo_code, expiresAt: toIso(row.expires_at) } : null
}
