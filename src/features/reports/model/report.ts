import { ReportJobBodySchema, ReportReasons, ReportStatuses, type MyReport, type ReportJobBody, type ReportReason } from '@/shared/contracts'

/** `11月25日` from a city date (YYYY-MM-DD), read as written: no time zone can move it a day. */
export function cityDay(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)}月${Number(day)}日`
}

export type ReportFormErrors = Partial<Record<'reason' | 'note', string>>

/**
 * The report form checked with the contract's own schema: the body to send, or a Chinese message
 * per field. The note is optional: a reason alone is a whole report.
 */
export function checkReport(reason: ReportReason | null, note: string): { body: ReportJobBody } | { errors: ReportFormErrors } {
  const parsed = ReportJobBodySchema.safeParse({ reason: reason ?? undefined, note })
  if (parsed.success) return { body: parsed.data }
  const errors: ReportFormErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if ((field === 'reason' || field === 'note') && !errors[field]) errors[field] = issue.message
  }
  return { errors }
}

/** The status words of a report, as its reporter reads them. */
export const reportStatusText = (report: Pick<MyReport, 'status'>) => ReportStatuses[report.status]

/** What happens next, or what staff found: the promised date while open, then their note. */
export function reportOutcome(report: Pick<MyReport, 'status' | 'answerBy' | 'outcomeNote'>): string {
  if (report.status === 'open') return `驿站会在 ${cityDay(report.answerBy)} 前答复您`
  return report.outcomeNote ? `驿站的说明：${report.outcomeNote}` : '驿站已经处理'
}

/** What was reported: the reason, and the person's own words when they wrote some. */
export function reportSummary(report: Pick<MyReport, 'reason' | 'note'>): string {
  const reason = `举报原因：${ReportReasons[report.reason]}`
  return report.note ? `${reason}（${report.note}）` : reason
}
