import type { EmployerJobView, JobPostBody, ScreeningResultBody } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'
import { JOB_COLUMNS, JOB_JOINS, toJob, type JobRow } from '../routes/jobs/repository'

/** A job row with what only its employer sees, under the names `toEmployerJobView` reads. */
export interface EmployerJobRow extends JobRow {
  meeting_point: string
  screening: ScreeningResultBody | null
  screened_at: string | null
  staff_note: string | null
  close_reason: EmployerJobView['closeReason']
  closed_at: string | null
  published_at: string | null
  copied_from: string | null
  created_at: string
}

/** The columns of EmployerJobRow for a job j (joined as JOB_JOINS); no caller point, so no distance. */
export const EMPLOYER_JOB_COLUMNS = `${JOB_COLUMNS}, null::int as distance_meters,
  j.meeting_point, j.screening, j.screened_at, j.staff_note, j.close_reason, j.closed_at, j.published_at, j.copied_from, j.created_at`

export const EMPLOYER_JOB_FROM = `jobs j ${JOB_JOINS}`

export const toEmployerJobView = (row: EmployerJobRow): EmployerJobView => ({
  ...toJob(row),
  meetingPoint: row.meeting_point,
  screening: row.screening,
  screenedAt: row.screened_at,
  staffNote: row.staff_note,
  closeReason: row.close_reason,
  closedAt: row.closed_at,
  publishedAt: row.published_at,
  copiedFrom: row.copied_from,
  createdAt: row.created_at,
})

export async function employerJobView(db: Db, id: string): Promise<EmployerJobView | null> {
  const [row] = await db.query<EmployerJobRow>(`select ${EMPLOYER_JOB_COLUMNS} from ${EMPLOYER_JOB_FROM} where j.id = $1`, [id])
  return row ? toEmployerJobView(row) : null
}

/** The post as its fields, as a body would carry them: an edit is merged into this and checked whole. */
export function postOf(view: EmployerJobView): Required<Omit<JobPostBody, 'stationId'>> & { stationId: string | null } {
  return {
    title: view.title,
    category: view.category,
    headcount: view.headcount,
    duties: view.duties,
    requirements: view.requirements,
    conditions: view.conditions,
    address: view.address,
    district: view.district,
    location: view.location,
    stationId: view.stationId,
    pay: view.pay,
    settlement: view.settlement,
    employmentType: view.employmentType,
    workDateStart: view.workDateStart,
    workDateEnd: view.workDateEnd,
    workStartTime: view.workStartTime,
    workEndTime: view.workEndTime,
    workHours: view.workHours,
    validUntil: view.validUntil,
    meetingPoint: view.meetingPoint,
    hiringMode: view.hiringMode,
    welcomesOlder: view.welcomesOlder,
  }
}
