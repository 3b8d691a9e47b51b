import { EmploymentTypes, JobCategories, PayUnits, Settlements, type Job } from '@/shared/contracts'
import { formatDate, toLocal } from '@/shared/lib/dayjs'

/** Fen (1/100 yuan) to yuan, without trailing zeros: 20000 → `200`, 2550 → `25.5`, 5 → `0.05`. */
export function fenToYuan(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  if (cents === 0) return String(yuan)
  return `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`
}

/** `¥200/天`, `¥25.5/小时`, `¥0.5/件`. */
export function formatPay(pay: Job['pay']): string {
  return `¥${fenToYuan(pay.amountFen)}/${PayUnits[pay.unit]}`
}

/** `11月24日 周二`, or a range `11月24日 周二 至 11月26日 周四`. */
export function formatWorkDates(job: Pick<Job, 'workDateStart' | 'workDateEnd'>): string {
  const day = (date: string) => toLocal(date).format('M月D日 ddd')
  const start = day(job.workDateStart)
  return job.workDateStart === job.workDateEnd ? start : `${start} 至 ${day(job.workDateEnd)}`
}

/** `2026年11月30日前有效`. */
export function formatValidUntil(validUntil: string, now?: number): string {
  return `${formatDate(validUntil, { now })}前有效`
}

export const settlementLabel = (job: Pick<Job, 'settlement'>) => Settlements[job.settlement]
export const categoryLabel = (job: Pick<Job, 'category'>) => JobCategories[job.category]
export const employmentTypeLabel = (job: Pick<Job, 'employmentType'>) => EmploymentTypes[job.employmentType]
