import type { Db } from '../db/types'

/** Services the hiring loop gives; later capabilities add theirs (course completed, subsidy decided …). */
export type ServiceEventKind = 'job_hired' | 'job_checked_in' | 'job_completed'

export interface ServiceEvent {
  kind: ServiceEventKind
  /** The person served. */
  userId: string
  applicationId?: string
  jobId?: string
  employerId?: string
  stationId?: string | null
  data?: Record<string, unknown>
}

/**
 * Appends one service event in the caller's transaction. Append-only: satisfaction surveys and the
 * city's indicators are computed from these rows, so nothing updates or deletes them.
 */
export async function recordServiceEvent(db: Db, e: ServiceEvent): Promise<void> {
  await db.query(
    `insert into service_events (kind, user_id, application_id, job_id, employer_id, station_id, data)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [e.kind, e.userId, e.applicationId ?? null, e.jobId ?? null, e.employerId ?? null, e.stationId ?? null, JSON.stringify(e.data ?? {})],
  )
}
