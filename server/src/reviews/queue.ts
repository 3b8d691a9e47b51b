import { API_PREFIX, type QueueCounts, type QueueItem, type QueueKind, type ReportReason } from '../../../src/shared/contracts/index'
import { inScopeSql, type StaffScope } from '../auth/roles'
import type { Db } from '../db/types'
import { afterKeyset, pageSlice } from '../http/cursor'
import { JOB_REF_COLUMNS, jobRef, type JobRefRow } from './job-ref'


/** What waits for staff, in one list: one row per item, the moment it started waiting. */
const WAITING = `
  select 'job' as kind, j.id, j.updated_at as since from jobs j
    where j.status = 'pending_review' and ${inScopeSql('j.district')}
  union all
  select 'employer', e.id, e.updated_at from employers e
    where e.verification_status = 'pending' and ${inScopeSql('e.district')}
  union all
  select 'report', r.id, r.created_at from job_reports r join jobs j on j.id = r.job_id
    where r.status = 'open' and ${inScopeSql('j.district')}`

/** Staff judge the post, not the person: the reporter's name shows its first character only. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return '*'
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3))
}

/** The reasons screening stored (postings write `{ verdict, reasons: [{ code, message, field, law }] }`), read defensively. */
export function screeningReasons(screening: unknown): { code: string; message: string; field: string | null; law: string | null }[] {
  const reasons = (screening as { reasons?: unknown } | null)?.reasons
  if (!Array.isArray(reasons)) return []
  return reasons.flatMap((r: unknown) => {
    const { code, message, field, law } = (r ?? {}) as Record<string, unknown>
    if (typeof code !== 'string' || typeof message !== 'string') return []
    return [{ code, message, field: typeof field === 'string' ? field : null, law: typeof law === 'string' ? law : null }]
  })
}

export async function queueCounts(db: Db, scope: StaffScope, today: string): Promise<QueueCounts> {
  const [row] = await db.query<QueueCounts>(
    `select
       (select count(*)::int from jobs j where j.status = 'pending_review' and ${inScopeSql('j.district')}) as job,
       (select count(*)::int from employers e where e.verification_status = 'pending' and ${inScopeSql('e.district')}) as employer,
       (select count(*)::int from job_reports r join jobs j on j.id = r.job_id where r.status = 'open' and ${inScopeSql('j.district')}) as report,
       (select count(*)::int from job_reports r join jobs j on j.id = r.job_id
         where r.status = 'open' and r.answer_by < $2::date and ${inScopeSql('j.district')}) as "overdueReports"`,
    [scope.district, today],
  )
  return row!
}

interface JobItemRow {
  id: string
  title: string
  district: string
  screening: unknown
  since: string
  employer_id: string
  employer_name: string
  employer_verified: boolean
}
interface EmployerItemRow {
  id: string
  name: string
  kind: 'enterprise' | 'individual'
  credit_code: string | null
  credit_code_valid: boolean | null
  district: string | null
  contact_name: string
  contact_phone: string
  has_licence: boolean
  since: string
}
interface ReportItemRow extends JobRefRow {
  id: string
  reason: ReportReason
  note: string
  answer_by: string
  since: string
  reporter_name: string
  open_on_job: number
}

/** One page of the queue in the caller's scope, oldest first, and the counts of the whole of it. */
export async function reviewQueue(db: Db, scope: StaffScope, query: { kind?: QueueKind; cursor?: string; limit: number }, today: string) {
  const params: unknown[] = [scope.district, query.kind ?? null]
  const after = afterKeyset(query.cursor, ['q.since', 'q.id'], 'asc', params)
  const keys = await db.query<{ kind: QueueKind; id: string; since: string }>(
    `select q.kind, q.id, q.since from (${WAITING}) q
     where ($2::text is null or q.kind = $2::text) and ${after}
     order by q.since, q.id limit ${query.limit + 1}`,
    params,
  )
  const page = pageSlice(keys, query.limit, (k) => ({ at: k.since, id: k.id }))
  const ids = (kind: QueueKind) => page.rows.filter((k) => k.kind === kind).map((k) => k.id)

  const [jobs, employers, reports, counts] = await Promise.all([
    db.query<JobItemRow>(
      `select j.id, j.title, j.district, j.screening, j.updated_at as since, e.id as employer_id, e.name as employer_name, e.verified as employer_verified
       from jobs j join employers e on e.id = j.employer_id where j.id = any($1::uuid[])`,
      [ids('job')],
    ),
    db.query<EmployerItemRow>(
      `select id, name, kind, credit_code, credit_code_valid, district, contact_name, contact_phone,
         licence_file_id is not null as has_licence, updated_at as since
       from employers where id = any($1::uuid[])`,
      [ids('employer')],
    ),
    db.query<ReportItemRow>(
      `select r.id, r.reason, r.note, r.answer_by, r.created_at as since, u.display_name as reporter_name,
         ${JOB_REF_COLUMNS},
         (select count(*)::int from job_reports o where o.job_id = r.job_id and o.status = 'open') as open_on_job
       from job_reports r join jobs j on j.id = r.job_id join employers e on e.id = j.employer_id join users u on u.id = r.reporter_id
       where r.id = any($1::uuid[])`,
      [ids('report')],
    ),
    queueCounts(db, scope, today),
  ])

  const items = new Map<string, QueueItem>()
  for (const j of jobs) {
    items.set(`job:${j.id}`, {
      kind: 'job',
      id: j.id,
      title: j.title,
      employer: { id: j.employer_id, name: j.employer_name, verified: j.employer_verified },
      district: j.district,
      reasons: screeningReasons(j.screening),
      since: j.since,
    })
  }
  for (const e of employers) {
    items.set(`employer:${e.id}`, {
      kind: 'employer',
      id: e.id,
      name: e.name,
      employerKind: e.kind,
      creditCode: e.credit_code,
      creditCodeValid: e.credit_code_valid,
      district: e.district,
      contactName: e.contact_name,
      contactPhone: e.contact_phone,
      licencePath: e.has_licence ? `${API_PREFIX}/employers/${e.id}/licence` : null,
      since: e.since,
    })
  }
  for (const r of reports) {
    items.set(`report:${r.id}`, {
      kind: 'report',
      id: r.id,
      job: jobRef(r),
      reason: r.reason,
      note: r.note,
      reporterName: maskName(r.reporter_name),
      openReportsOnJob: r.open_on_job,
      answerBy: r.answer_by,
      overdue: r.answer_by < today,
      since: r.since,
    })
  }
  return {
    items: page.rows.flatMap((k) => items.get(`${k.kind}:${k.id}`) ?? []),
    nextCursor: page.nextCursor,
    counts,
  }
}
