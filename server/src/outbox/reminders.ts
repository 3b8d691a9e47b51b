import type { Db } from '../db/types'
import { notify, type PushValues } from '../messages/notify'
import { cityClock, cityDateAfter, cityMoment } from '../city-time'

/** Reminders go out from this hour (city time) the evening before work. */
export const REMINDER_FROM_HOUR = 18
/** Per round; the rest are picked up by the next round. */
const REMINDER_BATCH = 500

interface HiredRow {
  application_id: string
  worker_id: string
  title: string
  place: string
  start_time: string
}

/** 2026-12-03 → 12月3日 */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * From 18:00 city time, a work_reminder message (and push) for every hired worker whose job starts
 * tomorrow. Never twice: the dedupe key names the application and the date, and notify() ignores a
 * repeat. One process at a time does the round (a try-lock: the other skips it, nothing waits).
 * Returns how many reminders were created.
 */
export async function createEveningReminders(db: Db, now: Date): Promise<number> {
  if (cityClock(now).hour < REMINDER_FROM_HOUR) return 0
  const tomorrow = cityDateAfter(now, 1)
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ ok: boolean }>('select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as ok', ['outbox:evening-reminders'])
    if (!lock?.ok) return 0
    const rows = await tx.query<HiredRow>(
      `select a.id as application_id, a.worker_id, j.title,
              coalesce(nullif(j.meeting_point, ''), j.address) as place,
              to_char(j.work_start_time, 'HH24:MI') as start_time
         from applications a join jobs j on j.id = a.job_id
        where a.status = 'hired' and j.work_date_start = $1::date
          and not exists (select 1 from messages m
                           where m.user_id = a.worker_id and m.dedupe_key = 'reminder:' || a.id || ':' || $1)
        order by a.id
        limit $2`,
      [tomorrow, REMINDER_BATCH],
    )
    for (const row of rows) {
      const values: PushValues['work_reminder'] = {
        job: row.title,
        // WeChat's `time` values want the year: 2026年12月3日 08:00.
        time: `${tomorrow.slice(0, 4)}年${monthDay(tomorrow)} ${row.start_time}`,
        place: row.place,
        note: '请按时到达，到了记得签到',
      }
      await notify(tx, {
        userId: row.worker_id,
        kind: 'work_reminder',
        title: '明天上工提醒',
        body: `${row.title}：明天（${monthDay(tomorrow)}）${row.start_time} 上工，地点：${row.place}。请按时到达，到了记得签到。`,
        link: { kind: 'application', id: row.application_id },
        dedupeKey: `reminder:${row.application_id}:${tomorrow}`,
        // Held by quiet hours until the morning, a reminder is useless once work has begun.
        push: { templateKind: 'work_reminder', data: { ...values }, expiresAt: cityMoment(tomorrow, row.start_time).toISOString() },
      })
    }
    return rows.length
  })
}
