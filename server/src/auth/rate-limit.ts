import type { FastifyReply } from 'fastify'
import type { Db } from '../db/types'
import { tooManyRequests } from '../http/errors'

/** At most `limit` counted requests in any `windowSeconds`, per bucket (e.g. `otp:phone:<key>`). */
export interface RateRule {
  bucket: string
  limit: number
  windowSeconds: number
}

/** `eventIds[i]` is the request counted under `rules[i]`. */
export type RateDecision = { allowed: true; eventIds: string[] } | { allowed: false; retryAfterSeconds: number }

/**
 * Counts one request against every rule, or none if any rule is already full: a refused request
 * uses up nothing. The window slides (events are timestamped rows), so there is no burst at a
 * window boundary. Each bucket is serialised with a transaction-scoped advisory lock, which is what
 * makes the count exact when several server processes share the database.
 */
export async function consumeRate(db: Db, rules: readonly RateRule[]): Promise<RateDecision> {
  const sorted = [...rules].sort((a, b) => a.bucket.localeCompare(b.bucket))
  return db.transaction(async (tx) => {
    // Housekeeping, bounded, and skipping rows another request is already deleting: two processes
    // deleting the same rows in different orders could otherwise deadlock.
    await tx.query(
      `delete from auth_rate_events where id in (
         select id from auth_rate_events where expires_at < now() limit 500 for update skip locked)`,
    )
    let retryAfter = 0
    for (const rule of sorted) {
      await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [rule.bucket])
      const [row] = await tx.query<{ n: number }>(
        `select count(*)::int as n from auth_rate_events
          where bucket = $1 and at > now() - make_interval(secs => $2)`,
        [rule.bucket, rule.windowSeconds],
      )
      const n = row?.n ?? 0
      if (n < rule.limit) continue
      // The request fits again once enough of the oldest events have left the window.
      const [oldest] = await tx.query<{ wait: number }>(
        `select extract(epoch from (at + make_interval(secs => $2) - now()))::float8 as wait
           from auth_rate_events
          where bucket = $1 and at > now() - make_interval(secs => $2)
          order by at asc offset $3 limit 1`,
        [rule.bucket, rule.windowSeconds, n - rule.limit],
      )
      retryAfter = Math.max(retryAfter, Math.ceil(oldest?.wait ?? rule.windowSeconds), 1)
    }
    if (retryAfter > 0) return { allowed: false, retryAfterSeconds: retryAfter }
    const eventIds: string[] = []
    for (const rule of rules) {
      const [event] = await tx.query<{ id: string }>(
        `insert into auth_rate_events (bucket, expires_at) values ($1, now() + make_interval(secs => $2))
         returning id::text as id`,
        [rule.bucket, rule.windowSeconds],
      )
      if (!event) throw new Error('insert into auth_rate_events returned nothing')
      eventIds.push(event.id)
    }
    return { allowed: true, eventIds }
  })
}

/** Gives back counted requests whose work failed on our side (e.g. the SMS gateway was down). */
export async function releaseRate(db: Db, eventIds: readonly string[]): Promise<void> {
  for (const id of eventIds) await db.query('delete from auth_rate_events where id = $1::bigint', [id])
}

export function waitText(seconds: number): string {
  return seconds <= 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
}

/** 429 with `Retry-After` (set on the reply here, since the error handler only sees the error). */
export function rateLimited(reply: FastifyReply, retryAfterSeconds: number) {
  reply.header('Retry-After', String(retryAfterSeconds))
  return tooManyRequests(`操作太频繁，请 ${waitText(retryAfterSeconds)}后再试`)
}
