import type { Job } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'
import { afterKeyset, pageSlice } from '../../http/cursor'
import { selectJobs, toJob, type JobRow } from '../jobs/repository'

export function createFavoriteRepository(db: Db) {
  return {
    /** False when there is no such job. A second add keeps the first one's time: nothing changes. */
    async add(userId: string, jobId: string): Promise<boolean> {
      const rows = await db.query<{ id: string }>(
        // Drafts and posts waiting for staff are not public: nobody can save what they cannot see.
        `with job as (select id from jobs where id = $2 and status not in ('draft', 'pending_review')),
           added as (insert into favorites (user_id, job_id) select $1, id from job on conflict do nothing)
         select id from job`,
        [userId, jobId],
      )
      return rows.length > 0
    },

    async remove(userId: string, jobId: string): Promise<void> {
      await db.query('delete from favorites where user_id = $1 and job_id = $2', [userId, jobId])
    },

    /**
     * The person's favourites, last added first, whatever has become of the jobs since: a filled or
     * expired one still shows, with its status, so the person sees why it cannot be applied for.
     */
    async list(userId: string, page: { cursor?: string; limit: number }): Promise<{ items: Job[]; nextCursor: string | null }> {
      const params: unknown[] = [null, null, userId]
      const add = (value: unknown) => `$${params.push(value)}`
      const after = afterKeyset(page.cursor, ['f.created_at', 'f.job_id'], 'desc', params)
      const rows = await db.query<JobRow & { favorited_at: string }>(
        `${selectJobs(', f.created_at as favorited_at')}
         join favorites f on f.job_id = j.id
         where f.user_id = $3 and ${after}
         order by f.created_at desc, f.job_id desc
         limit ${add(page.limit + 1)}`,
        params,
      )
      const slice = pageSlice(rows, page.limit, (r) => ({ at: r.favorited_at, id: r.id }))
      return { items: slice.rows.map(toJob), nextCursor: slice.nextCursor }
    },
  }
}
