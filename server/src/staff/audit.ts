import type { Db } from '../db/types'

export type AuditTargetKind = 'job' | 'employer' | 'report' | 'station' | 'sample_audit' | 'setting' | 'policy' | 'subsidy_application'

export interface StaffAction {
  staffId: string
  /** What was done, a stable verb: `job.take_down`, `employer.verify`, `station.update` … */
  action: string
  targetKind: AuditTargetKind
  targetId: string
  reason?: string | null
  /** The target's fields that the action changed, as they were and as they became. */
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

/**
 * Records one staff action in the caller's transaction, so the record and the change commit together
 * or not at all. The table is append-only (a trigger refuses updates and deletes).
 */
export async function recordStaffAction(db: Db, a: StaffAction): Promise<void> {
  await db.query(
    `insert into staff_audit_log (staff_id, action, target_kind, target_id, reason, before, after)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [a.staffId, a.action, a.targetKind, a.targetId, a.reason ?? null, a.before ? JSON.stringify(a.before) : null, a.after ? JSON.stringify(a.after) : null],
  )
}
