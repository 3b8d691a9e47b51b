import type { JobWording } from '@/features/applications/model/job-wording'
import { formatPay, formatWorkDates, settlementLabel } from '@/features/jobs/model/format'

/** The job board's wording for pay, dates and settlement, handed to the applications feature. */
export const jobWording: JobWording = {
  pay: (job) => formatPay(job.pay),
  dates: (job) => formatWorkDates(job),
  settlement: (job) => settlementLabel(job),
}
