import type { Role, Session, User } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'
import type { AuthUser } from '../http/route'
import { hashSessionToken, newSessionToken } from './secrets'
import { toIso } from './users'

export const SESSION_TTL_DAYS = 30
/** Writing last_seen_at on every request would turn each read into a write; once in a while is enough. */
const LAST_SEEN_RESOLUTION = '5 minutes'

/** Signs `user` in: the token goes to the client once; only its hash is kept. */
export async function createSession(db: Db, user: User): Promise<Session> {
  const token = newSessionToken()
  const [row] = await db.query<{ expires_at: Date | string }>(
    `insert into auth_sessions (user_id, token_hash, expires_at, last_seen_at)
     values ($1, $2, now() + make_interval(days => $3), now())
     returning expires_at`,
    [user.id, hashSessionToken(token), SESSION_TTL_DAYS],
  )
  if (!row) throw new Error('insert into auth_sessions returned nothing')
  // Expired and signed-out sessions are of no further use; each sign-in clears a few away.
  await db.query(
    `delete from auth_sessions where id in (
       select id from auth_sessions where expires_at < now() or revoked_at is not null
        limit 100 for update skip locked)`,
  )
  return { token, expiresAt: toIso(row.expires_at), user }
}

export type SessionLookup = { kind: 'valid'; user: AuthUser } | { kind: 'invalid' }

export async function findSession(db: Db, token: string): Promise<SessionLookup> {
  const [row] = await db.query<{ id: string; user_id: string; role: Role; stale: boolean }>(
    `select s.id, s.user_id, u.role,
            (s.last_seen_at is null or s.last_seen_at < now() - $2::interval) as stale
       from auth_sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [hashSessionToken(token), LAST_SEEN_RESOLUTION],
  )
  if (!row) return { kind: 'invalid' }
  if (row.stale) await db.query('update auth_sessions set last_seen_at = now() where id = $1', [row.id])
  return { kind: 'valid', user: { id: row.user_id, role: row.role, sessionId: row.id } }
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.query('update auth_sessions set revoked_at = now() where id = $1 and revoked_at is null', [sessionId])
}
