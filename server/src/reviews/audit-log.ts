import { z } from 'zod'
import { TimestampSchema, type AuditEntry } from '../../../src/shared/contracts/index'
import type { StaffScope } from '../auth/roles'
import type { AuditTargetKind } from '../staff/audit'
import type { Db } from '../db/types'
import { decodeCursor, encodeCursor } from '../http/cursor'

/** The log's keyset is (at, id) with a bigint id, so its cursor is its own, not the uuid keyset's. */
const AuditCursor = z.tuple([TimestampSchema, z.string().regex(/^\d{1,19}$/)])

/** The target's id as a uuid when it is one (a setting's id is its key), so no cast can fail. */
const TARGET_UUID = `(case when l.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then l.target_id::uuid end)`

/** The district an entry's target belongs to: a report's or a sample's is its post's, a policy's or subsidy application's its region. Settings have none. */
const TARGET_DISTRICT = `case l.target_kind
  when 'job' then (select t.district from jobs t where t.id = ${TARGET_UUID})
  when 'employer' then (select t.district from employers t where t.id = ${TARGET_UUID})
  when 'station' then (select t.district from stations t where t.id = ${TARGET_UUID})
  when 'report' then (select j.district from job_reports t join jobs j on j.id = t.job_id where t.id = ${TARGET_UUID})
  when 'sample_audit' then (select j.district from sample_audits t join jobs j on j.id = t.job_id where t.id = ${TARGET_UUID})
  when 'policy' then (select t.region from policies t where t.id = ${TARGET_UUID})
  when 'subsidy_application' then (select t.region from subsidy_applications t where t.id = ${TARGET_UUID})
end`

interface AuditRow {
  id: string
  at: string
  staff_id: string
  staff_name: string
  action: string
  target_kind: AuditTargetKind
  target_id: string
  reason: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/**
 * The log, newest first. City-wide staff see every entry. District staff see what staff of their
 * district did (wherever it was) and what anyone did to things in their district (a city-wide
 * colleague taking down one of its posts): both are theirs to answer for.
 */
export async function auditLog(db: Db, scope: StaffScope, query: { cursor?: string; limit: number; targetKind?: AuditTargetKind; targetId?: string }) {
  const params: unknown[] = []
  const add = (v: unknown) => `$${params.push(v)}`
  const where: string[] = []
  if (scope.district !== null) {
    const d = add(scope.district)
    where.push(`(s.staff_district = ${d}::text or (${TARGET_DISTRICT}) = ${d}::text)`)
  }
  if (query.targetKind) where.push(`l.target_kind = ${add(query.targetKind)}::text`)
  if (query.targetId) where.push(`l.target_id = ${add(query.targetId)}::text`)
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, AuditCursor)
    where.push(`(l.at, l.id) < (${add(at)}::timestamptz, ${add(id)}::bigint)`)
  }
  const rows = await db.query<AuditRow>(
    `select l.id::text as id, l.at, l.staff_id, s.display_name as staff_name, l.action, l.target_kind, l.target_id, l.reason, l.before, l.after
     from staff_audit_log l join users s on s.id = l.staff_id
     ${where.length ? `where ${where.join(' and ')}` : ''}
     order by l.at desc, l.id desc
     limit ${query.limit + 1}`,
    params,
  )
  const shown = rows.slice(0, query.limit)
  const last = shown[shown.length - 1]
  return {
    items: shown.map(
      (r): AuditEntry => ({
        id: r.id,
        at: r.at,
        staff: { id: r.staff_id, displayName: r.staff_name },
        action: r.action,
        targetKind: r.target_kind,
        targetId: r.target_id,
        reason: r.reason,
        before: r.before,
        after: r.after,
      }),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.at, last.id]) : null,
  }
}
