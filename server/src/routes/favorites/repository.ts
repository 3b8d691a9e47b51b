import { z } from 'zod'
import { IdSchema, TimestampSchema, type Job } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'
import { HttpError } from '../../http/errors'
import { selectJobs, toJob, type JobRow } from '../jobs/repository'

/** Where the next page starts in (favourited at desc, job id desc) order. */
interface FavoriteCursor {
  at: string
  jobId: string
}

const CursorPayload = z.tuple([TimestampSchema, IdSchema])

const encodeCursor = (cursor: FavoriteCursor) => Buffer.from(JSON.stringify([cursor.at, cursor.jobId])).toString('base64url')

function decodeCursor(text: string): FavoriteCursor {
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    payload = undefined
  }
  const parsed = CursorPayload.safeParse(payload)
  if (!parsed.success) throw new HttpError(400, 'INVALID_CURSOR', '翻页参数无效，请从第一页重新加载', { cursor: '翻页参数无效' })
  return { at: parsed.data[0], jobId: parsed.data[1] }
}

export function createFavoriteRepository(db: Db) {
  return {
    /** False when there is no such job. A second add keeps the first one's time: nothing changes. */
    async add(userId: string, jobId: string): Promise<boolean> {
      const rows = await db.query<{ id: string }>(
        `with job as (select id from jobs where id = $2),
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
      const where = ['f.user_id = $3']
      if (page.cursor) {
        const after = decodeCursor(page.cursor)
        where.push(`(f.created_at, f.job_id) < (${add(after.at)}::timestamptz, ${add(after.jobId)}::uuid)`)
      }
      const rows = await db.query<JobRow & { favorited_at: string }>(
        `${selectJobs(', f.created_at as favorited_at')}
         join favorites f on f.job_id = j.id
         where ${where.join(' and ')}
         order by f.created_at desc, f.job_id desc
         limit ${add(page.limit + 1)}`,
        params,
      )
      const items = rows.slice(0, page.limit)
      const last = items[items.length - 1]
      return {
        items: items.map(toJob),
        nextCursor: rows.length > page.limit && last ? encodeCursor({ at: last.favorited_at, jobId: last.id }) : null,
      }
    },
  }
}
