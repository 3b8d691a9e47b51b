import type { Db } from '../db/types'

/** Per call; a backlog (a server down for days) is worked off over the following rounds. */
export const EXPIRY_BATCH = 500

/**
 * Marks live posts whose last work day or validity date is before `today` (a city date) as
 * `expired`, at most `batchSize` of them. Lists already hide such posts by their dates; this keeps
 * the status true for the employer's list and the staff's figures. Rows another process is
 * changing are skipped (SKIP LOCKED) and caught by a later round. Returns how many were marked.
 */
export async function expireJobs(db: Db, today: string, batchSize = EXPIRY_BATCH): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `update jobs set status = 'expired', close_reason = 'expired', closed_at = now(), updated_at = now()
      where id in (
        select id from jobs
         where status in ('open', 'filled') and least(valid_until, work_date_end) < $1::date
         order by least(valid_until, work_date_end), id
         limit $2
         for update skip locked)
      returning id`,
    [today, batchSize],
  )
  return rows.length
}
