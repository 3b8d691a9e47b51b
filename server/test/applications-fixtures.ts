import { randomUUID } from 'node:crypto'
import type { TestAccount } from './accounts'
import { call, type TestServer } from './helper'

/** The demo city centre: jobs made here are "at" this point. */
export const JOB_POINT = { lat: 36.1954, lng: 113.1163 }

export interface JobOptions {
  hiringMode?: 'first_come' | 'review'
  headcount?: number
  hiredCount?: number
  status?: 'open' | 'filled' | 'closed'
  /** Days from today (city date) of the first and last work day, and of the last day shown. */
  startInDays?: number
  endInDays?: number
  validInDays?: number
  /**
   * A city date (YYYY-MM-DD) for the one work day, also the last day shown, in place of the
   * `InDays` options: for tests whose clock is not the database's.
   */
  on?: string
  startTime?: string
  endTime?: string
  title?: string
  address?: string
  /** Default 东门保安室找王师傅; '' for none (the address is the place then). */
  meetingPoint?: string
}

/**
 * A job of the employer's, with the dates the test needs (relative to the database's today, which
 * runs in the city's zone). Defaults: a review job today, 00:00–23:59, three places.
 */
export async function insertJob(server: TestServer, employerId: string, o: JobOptions = {}): Promise<string> {
  const [row] = await server.db.query<{ id: string }>(
    `insert into jobs (title, category, employer_id, headcount, hired_count, status, hiring_mode, duties, requirements, conditions,
       address, district, lat, lng, pay_amount_fen, pay_unit, settlement, employment_type,
       work_date_start, work_date_end, work_hours, work_start_time, work_end_time, valid_until, meeting_point)
     values ($1, 'cleaning', $2, $3, $4, $5, $6, '打扫办公楼', '无', '供午餐', $15, '城区', $7, $8, 15000, 'day', 'daily', 'gig',
       coalesce($17::date, current_date + $9::int), coalesce($17::date, current_date + $10::int), $11, $12::time, $13::time,
       coalesce($17::date, current_date + $14::int), $16)
     returning id`,
    [
      o.title ?? `测试保洁${randomUUID().slice(0, 4)}`,
      employerId,
      o.headcount ?? 3,
      o.hiredCount ?? 0,
      o.status ?? 'open',
      o.hiringMode ?? 'review',
      JOB_POINT.lat,
      JOB_POINT.lng,
      o.startInDays ?? 0,
      o.endInDays ?? o.startInDays ?? 0,
      `${o.startTime ?? '00:00'}–${o.endTime ?? '23:59'}`,
      o.startTime ?? '00:00',
      o.endTime ?? '23:59',
      o.validInDays ?? 3,
      o.address ?? '城区路 1 号',
      o.meetingPoint ?? '东门保安室找王师傅',
      o.on ?? null,
    ],
  )
  return row!.id
}

/** A fresh Idempotency-Key, as the app sends with every apply. */
export const newKey = () => randomUUID()

export const apply = (server: TestServer, worker: TestAccount, jobId: string, key: string | undefined = newKey()) =>
  call(server, 'POST', `/jobs/${jobId}/applications`, { as: worker, key })

export const act = (server: TestServer, who: TestAccount, applicationId: string, body: unknown) =>
  call(server, 'PATCH', `/applications/${applicationId}`, { as: who, body })
