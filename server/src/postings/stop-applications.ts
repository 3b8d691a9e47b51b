import type { Db } from '../db/types'
import { notify } from '../messages/notify'
import { fitValue } from '../outbox/template-data'

/** Who stops a post's applications: its employer closing it early, or staff taking it down. */
export interface StopBy {
  actor: 'employer' | 'staff'
  userId: string
}

/** What the people affected are told; each text already names the post. */
export interface StopWords {
  /** The message's title, e.g. 岗位已停招. */
  title: string
  /** Why: kept on each cancelled application's timeline and sent as the push's note. */
  reason: string
  /** The push's result, e.g. 已取消. */
  result: string
  /** To a worker who was waiting (applied), whose application is cancelled. */
  applied: string
  /** To a worker who held a place (hired), which is cancelled. */
  hired: string
  /** To a worker already at work, who keeps the place; null when they need not hear of it. */
  checkedIn: string | null
}

export interface StoppedJob {
  id: string
  title: string
  employerName: string
}

type Affected = { id: string; worker_id: string; status: 'applied' | 'hired' | 'checked_in' }

/**
 * Ends a stopped post's applications, in the caller's transaction and under its lock on the job
 * row. Those waiting (applied) and those holding a place (hired) are cancelled, as the application's
 * life allows, with the actor and reason on their timeline, and the places they held are freed: nobody
 * waits for, or turns up to, work that is off. Workers already checked in keep their place, since work
 * under way is still completed and rated. Those hired (and those at work, when told) also get a push:
 * they may be planning the day around it; a waiting applicant reads it in the app.
 */
export async function stopApplications(tx: Db, job: StoppedJob, by: StopBy, words: StopWords): Promise<{ cancelled: number; freed: number }> {
  const affected = await tx.query<Affected>(
    `select id, worker_id, status from applications where job_id = $1 and status in ('applied', 'hired', 'checked_in') order by id for update`,
    [job.id],
  )
  const cancelled = affected.filter((a) => a.status !== 'checked_in').map((a) => a.id)
  const freed = affected.filter((a) => a.status === 'hired').length
  if (cancelled.length > 0) {
    await tx.query(`update applications set status = 'cancelled', updated_at = now() where id = any($1::uuid[])`, [cancelled])
    await tx.query(
      `insert into application_events (application_id, status, actor, actor_user_id, reason)
       select id, 'cancelled', $2, $3, $4 from unnest($1::uuid[]) as id`,
      [cancelled, by.actor, by.userId, words.reason],
    )
  }
  if (freed > 0) await tx.query('update jobs set hired_count = hired_count - $2, updated_at = now() where id = $1', [job.id, freed])

  const push = {
    templateKind: 'application_result' as const,
    data: {
      job: fitValue('thing', job.title),
      result: words.result,
      employer: fitValue('thing', job.employerName),
      note: fitValue('thing', words.reason),
    },
  }
  for (const a of affected) {
    const body = a.status === 'applied' ? words.applied : a.status === 'hired' ? words.hired : words.checkedIn
    if (body === null) continue
    await notify(tx, {
      userId: a.worker_id,
      kind: 'job_closed',
      title: words.title,
      body,
      link: { kind: 'application', id: a.id },
      dedupeKey: `job-closed:${a.id}`,
      ...(a.status === 'applied' ? {} : { push }),
    })
  }
  return { cancelled: cancelled.length, freed }
}
