import type { JobStatus } from '../../../src/shared/contracts/index'

/** A post as staff lists name it (a report's post, a sampled post), over `jobs j join employers e`. */
export const JOB_REF_COLUMNS = 'j.id as job_id, j.title as job_title, j.status as job_status, j.district as job_district, e.name as employer_name'

export interface JobRefRow {
  job_id: string
  job_title: string
  job_status: JobStatus
  job_district: string
  employer_name: string
}

export const jobRef = (r: JobRefRow) => ({ id: r.job_id, title: r.job_title, status: r.job_status, district: r.job_district, employerName: r.employer_name })
