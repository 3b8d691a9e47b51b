import type { MyApplication } from '@/shared/contracts'

export type ApplicationJob = MyApplication['job']

/**
 * How a job's pay, dates and settlement read. The job board owns that wording; features do not import
 * each other, so the page hands it in (`formatPay`, `formatWorkDates`, `settlementLabel`).
 */
export interface JobWording {
  pay: (job: ApplicationJob) => string
  dates: (job: ApplicationJob) => string
  settlement: (job: ApplicationJob) => string
}
