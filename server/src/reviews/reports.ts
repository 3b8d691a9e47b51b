import type { FastifyReply } from 'fastify'
import type { MyReport, ReportReason, ReportReceipt, ReportStatus } from '../../../src/shared/contracts/index'
import { consumeRate, rateLimited, releaseRate } from '../auth/rate-limit'
import { employerIdOf } from '../auth/roles'
import { cityDateAfter } from '../city-time'
import type { Db } from '../db/types'
import { afterKeyset, pageSlice } from '../http/cursor'
import { HttpError } from '../http/errors'
import type { AuthUser } from '../http/route'
import { jobNotFound } from '../postings/errors'

/** Staff answer a report within three calendar days (city time), as the receipt promises. */
export const REPORT_ANSWER_DAYS = 3
/**
 * Reporting is one tap, so a script could flood the queue: twenty a day is far beyond what one
 * honest person meets, and a 24-hour sliding window leaves no burst at midnight.
 */
export const REPORTS_PER_DAY = { limit: 20, windowSeconds: 86_400 }

/** `2026-12-05` → `12月5日`. */
export const chineseDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

const receiptOf = (row: { id: string; status: ReportStatus; answer_by: string; created_at: string }): ReportReceipt => ({
  id: row.id,
  status: row.status,
  answerBy: row.answer_by,
  message: `举报已收到。驿站工作人员会在 ${chineseDate(row.answer_by)}前核查处理，结果会发到你的消息里。`,
  createdAt: row.created_at,
})

/**
 * Files a report, or answers the reporter's open report on the same post (`created: false`): a
 * second tap is the same report. A draft or a post waiting for staff is not public (GET /jobs/:id
 * hides it too), so it is not found.
 */
export async function fileReport(
  db: Db,
  reply: FastifyReply,
  user: AuthUser,
  jobId: string,
  body: { reason: ReportReason; note: string },
  now: Date,
): Promise<{ receipt: ReportReceipt; created: boolean }> {
  const [job] = await db.query<{ status: string; employer_id: string }>('select status, employer_id from jobs where id = $1', [jobId])
  if (!job || job.status === 'draft' || job.status === 'pending_review') throw jobNotFound()
  if ((await employerIdOf(db, user)) === job.employer_id) {
    throw new HttpError(409, 'CANNOT_REPORT_OWN_JOB', '这是你们单位自己发布的岗位，不能举报；有问题请直接修改或关闭它')
  }
  const open = () =>
    db.query<{ id: string; status: ReportStatus; answer_by: string; created_at: string }>(
      `select id, status, answer_by, created_at from job_reports where job_id = $1 and reporter_id = $2 and status = 'open'`,
      [jobId, user.id],
    )
  const [already] = await open()
  if (already) return { receipt: receiptOf(already), created: false }

  const decision = await consumeRate(db, [{ bucket: `job-report:${user.id}`, ...REPORTS_PER_DAY }])
  if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)
  const [inserted] = await db.query<{ id: string; status: ReportStatus; answer_by: string; created_at: string }>(
    `insert into job_reports (job_id, reporter_id, reason, note, answer_by) values ($1, $2, $3, $4, $5)
     on conflict (job_id, reporter_id) where status = 'open' do nothing
     returning id, status, answer_by, created_at`,
    [jobId, user.id, body.reason, body.note, cityDateAfter(now, REPORT_ANSWER_DAYS)],
  )
  if (inserted) return { receipt: receiptOf(inserted), created: true }
  // Another device of the same person filed it a moment ago: that one is the report, and this
  // request took nothing from the day's allowance.
  await releaseRate(db, decision.eventIds)
  const [raced] = await open()
  if (!raced) throw new Error('job report neither inserted nor found')
  return { receipt: receiptOf(raced), created: false }
}

interface MyReportRow {
  id: string
  job_id: string
  job_title: string
  job_status: MyReport['job']['status']
  reason: ReportReason
  note: string
  status: ReportStatus
  answer_by: string
  outcome_note: string | null
  decided_at: string | null
  created_at: string
}

export async function myReports(db: Db, userId: string, query: { cursor?: string; limit: number }) {
  const params: unknown[] = [userId]
  const after = afterKeyset(query.cursor, ['r.created_at', 'r.id'], 'desc', params)
  const rows = await db.query<MyReportRow>(
    `select r.id, r.job_id, j.title as job_title, j.status as job_status, r.reason, r.note, r.status, r.answer_by,
       r.outcome_note, r.decided_at, r.created_at
     from job_reports r join jobs j on j.id = r.job_id
     where r.reporter_id = $1 and ${after}
     order by r.created_at desc, r.id desc
     limit ${query.limit + 1}`,
    params,
  )
  const page = pageSlice(rows, query.limit, (r) => ({ at: r.created_at, id: r.id }))
  return {
    items: page.rows.map(
      (r): MyReport => ({
        id: r.id,
        job: { id: r.job_id, title: r.job_title, status: r.job_status },
        reason: r.reason,
        note: r.note,
        status: r.status,
        answerBy: r.answer_by,
        outcomeNote: r.outcome_note,
        decidedAt: r.decided_at,
        createdAt: r.created_at,
      }),
    ),
    nextCursor: page.nextCursor,
  }
}
