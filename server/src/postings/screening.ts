import type { JobPostBody, ScreeningResultBody } from '../../../src/shared/contracts/index'
import { screenJobPost, type ScreenedPost, type ScreeningContext } from '../../../src/shared/screening/index'
import type { Db } from '../db/types'

/** A whole post after the contract parsed it (the fields screening reads are all there). */
type ScreenablePost = Pick<
  Required<JobPostBody>,
  | 'title'
  | 'category'
  | 'duties'
  | 'requirements'
  | 'conditions'
  | 'pay'
  | 'workStartTime'
  | 'workEndTime'
  | 'workDateStart'
  | 'workDateEnd'
  | 'employmentType'
  | 'settlement'
> & { meetingPoint?: string | null }

/** The post fields screening reads: editing an open post re-runs it when one of these changes. */
export const SCREENED_FIELDS = [
  'title',
  'category',
  'duties',
  'requirements',
  'conditions',
  'meetingPoint',
  'pay',
  'workStartTime',
  'workEndTime',
  'workDateStart',
  'workDateEnd',
  'employmentType',
  'settlement',
] as const satisfies readonly (keyof ScreenablePost)[]

export const toScreenedPost = (post: ScreenablePost): ScreenedPost => ({
  title: post.title,
  category: post.category,
  duties: post.duties,
  requirements: post.requirements,
  conditions: post.conditions,
  meetingPoint: post.meetingPoint ? post.meetingPoint : null,
  pay: { amountFen: post.pay.amountFen, unit: post.pay.unit },
  workStartTime: post.workStartTime,
  workEndTime: post.workEndTime,
  workDateStart: post.workDateStart,
  workDateEnd: post.workDateEnd,
  employmentType: post.employmentType,
  settlement: post.settlement,
})

/**
 * What the rules compare a post with: the city's hourly minimum wage (a city setting), the usual
 * hourly pay of the post's trade, and how many reports of this employer's posts staff have not yet
 * answered. One statement.
 */
export async function screeningContext(db: Db, employerId: string, category: string): Promise<ScreeningContext> {
  const [row] = await db.query<{ min_wage: unknown; usual: number | null; reports: number }>(
    `select (select value from city_settings where key = 'min_hourly_wage_fen') as min_wage,
       (select usual_hourly_pay_fen from trades where id = $2) as usual,
       (select count(*)::int from job_reports r join jobs j on j.id = r.job_id
         where j.employer_id = $1 and r.status = 'open') as reports`,
    [employerId, category],
  )
  // A setting that is not a positive number is no setting: the rule is skipped rather than misapplied.
  const minWage = typeof row?.min_wage === 'number' && row.min_wage > 0 ? row.min_wage : null
  return { minHourlyWageFen: minWage, usualHourlyPayFen: row?.usual ?? null, employerOpenReports: row?.reports ?? 0 }
}

/** Screens a post of `employerId`'s with the shared rules (src/shared/screening) and the city's figures. */
export async function screenPost(db: Db, employerId: string, post: ScreenablePost): Promise<ScreeningResultBody> {
  const result = screenJobPost(toScreenedPost(post), await screeningContext(db, employerId, post.category))
  return {
    verdict: result.verdict,
    reasons: result.reasons.map((r) => ({ code: r.code, verdict: r.verdict, message: r.message, field: r.field, law: r.law })),
  }
}

/** The reasons of a rejection as an error's `fields`: field → message（依据：law）. */
export function rejectionFields(result: ScreeningResultBody): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const r of result.reasons) {
    if (r.verdict !== 'reject') continue
    const key = r.field ?? '_'
    const line = r.law ? `${r.message}（依据：${r.law}）` : r.message
    fields[key] = fields[key] ? `${fields[key]}；${line}` : line
  }
  return fields
}
