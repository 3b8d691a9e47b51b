import type { SampleAudit, SampleMonth } from '../../../src/shared/contracts/index'
import { inScope, inScopeSql, type StaffScope } from '../auth/roles'
import { cityDate } from '../city-time'
import type { Db } from '../db/types'
import { notFound } from '../http/errors'
import { recordStaffAction } from '../staff/audit'
import { outOfScope } from './errors'
import { JOB_REF_COLUMNS, jobRef, type JobRefRow } from './job-ref'

/** `YYYY-MM` of the city's calendar at `at`. */
export const cityMonth = (at: Date) => cityDate(at).slice(0, 7)

/** The first moment of a city month and of the one after it, as timestamps with the city's offset. */
export function monthBounds(month: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { start: `${month}-01T00:00:00+08:00`, end: `${next}-01T00:00:00+08:00` }
}

/** `count` months ending with `month`, oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

/** The share of rated posts found not compliant (France Travail's measure); null before anything is rated. */
export const nonCompliantShare = (rated: number, nonCompliant: number) => (rated === 0 ? null : nonCompliant / rated)

/** The month a sample belongs to, on the city's calendar whatever the session's zone. */
const SAMPLE_MONTH = `to_char((a.drawn_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`

const SAMPLE_SELECT = `
  select a.id, a.drawn_at, a.compliant, a.note, a.rated_at, a.drawn_by, d.display_name as drawn_by_name,
    ${JOB_REF_COLUMNS}
  from sample_audits a join jobs j on j.id = a.job_id join employers e on e.id = j.employer_id join users d on d.id = a.drawn_by`

interface SampleRow extends JobRefRow {
  id: string
  drawn_at: string
  compliant: boolean | null
  note: string | null
  rated_at: string | null
  drawn_by: string
  drawn_by_name: string
}

const toSample = (r: SampleRow): SampleAudit => ({
  id: r.id,
  job: jobRef(r),
  drawnAt: r.drawn_at,
  drawnBy: { id: r.drawn_by, displayName: r.drawn_by_name },
  compliant: r.compliant,
  note: r.note,
  ratedAt: r.rated_at,
})

/**
 * Draws up to `size` posts at random among those shown now in the caller's scope and not drawn
 * yet this month, so a month's figure counts each post once.
 */
export async function drawSample(tx: Db, scope: StaffScope, size: number, now: Date): Promise<SampleAudit[]> {
  // Two staff drawing at once would otherwise both pick a post neither sees as drawn.
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('sample-audit-draw', 0))`)
  const { start, end } = monthBounds(cityMonth(now))
  const drawn = await tx.query<{ id: string; job_id: string }>(
    `insert into sample_audits (job_id, drawn_by)
     select j.id, $1 from jobs j
     where j.status = 'open' and j.valid_until >= $2::date and ${inScopeSql('j.district', '$3')}
       and not exists (select 1 from sample_audits a where a.job_id = j.id and a.drawn_at >= $4::timestamptz and a.drawn_at < $5::timestamptz)
     order by random() limit $6
     returning id, job_id`,
    [scope.staffId, cityDate(now), scope.district, start, end, size],
  )
  for (const d of drawn) {
    await recordStaffAction(tx, {
      staffId: scope.staffId,
      action: 'sample_audit.draw',
      targetKind: 'sample_audit',
      targetId: d.id,
      after: { jobId: d.job_id, compliant: null },
    })
  }
  const rows = await tx.query<SampleRow>(`${SAMPLE_SELECT} where a.id = any($1::uuid[]) order by j.title, a.id`, [drawn.map((d) => d.id)])
  return rows.map(toSample)
}

/** Rates a drawn post; rating again replaces the rating (recorded both times). */
export async function rateSample(tx: Db, scope: StaffScope, id: string, compliant: boolean, note: string): Promise<SampleAudit> {
  const [current] = await tx.query<{ compliant: boolean | null; note: string | null; rated_at: string | null; rated_by: string | null; district: string }>(
    `select a.compliant, a.note, a.rated_at, a.rated_by, j.district from sample_audits a join jobs j on j.id = a.job_id where a.id = $1 for update of a`,
    [id],
  )
  if (!current) throw notFound('SAMPLE_AUDIT_NOT_FOUND', '没有找到这条抽查记录')
  if (!inScope(scope, current.district)) throw outOfScope()
  const [after] = await tx.query<{ compliant: boolean; note: string | null; rated_at: string; rated_by: string }>(
    `update sample_audits set compliant = $2, note = $3, rated_by = $4, rated_at = now() where id = $1
     returning compliant, note, rated_at, rated_by`,
    [id, compliant, note || null, scope.staffId],
  )
  const state = (s: { compliant: boolean | null; note: string | null; rated_at: string | null; rated_by: string | null }) => ({
    compliant: s.compliant,
    note: s.note,
    ratedAt: s.rated_at,
    ratedBy: s.rated_by,
  })
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: 'sample_audit.rate',
    targetKind: 'sample_audit',
    targetId: id,
    reason: note || null,
    before: state(current),
    after: state(after!),
  })
  const [row] = await tx.query<SampleRow>(`${SAMPLE_SELECT} where a.id = $1`, [id])
  return toSample(row!)
}

/** Sampled, rated and not-compliant counts per month from `months[0]`, in the caller's scope. */
export async function monthlyFigures(db: Db, scope: StaffScope, months: string[]): Promise<SampleMonth[]> {
  const first = months[0]!
  const last = months[months.length - 1]!
  const rows = await db.query<{ month: string; sampled: number; rated: number; non_compliant: number }>(
    `select ${SAMPLE_MONTH} as month, count(*)::int as sampled, count(a.compliant)::int as rated,
       (count(*) filter (where a.compliant = false))::int as non_compliant
     from sample_audits a join jobs j on j.id = a.job_id
     where a.drawn_at >= $1::timestamptz and a.drawn_at < $2::timestamptz and ${inScopeSql('j.district', '$3')}
     group by 1`,
    [monthBounds(first).start, monthBounds(last).end, scope.district],
  )
  const byMonth = new Map(rows.map((r) => [r.month, r]))
  return months.map((month) => {
    const r = byMonth.get(month)
    const sampled = r?.sampled ?? 0
    const rated = r?.rated ?? 0
    const nonCompliant = r?.non_compliant ?? 0
    return { month, sampled, rated, nonCompliant, share: nonCompliantShare(rated, nonCompliant) }
  })
}

/** One month's samples in the caller's scope: the ones still to rate first, then the newest. */
export async function listSamples(db: Db, scope: StaffScope, month: string) {
  const { start, end } = monthBounds(month)
  const rows = await db.query<SampleRow>(
    `${SAMPLE_SELECT}
     where a.drawn_at >= $1::timestamptz and a.drawn_at < $2::timestamptz and ${inScopeSql('j.district', '$3')}
     order by (a.compliant is null) desc, a.drawn_at desc, a.id`,
    [start, end, scope.district],
  )
  const [summary] = await monthlyFigures(db, scope, [month])
  return { summary: summary!, items: rows.map(toSample) }
}
