import { JobStatuses } from '@/shared/contracts/jobs'
import {
  DecideEmployerBodySchema,
  DecideReportBodySchema,
  EmployerKinds,
  EmployerVerificationDecisions,
  JobReviewDecisions,
  ReportDecisions,
  ReportReasons,
  ReviewJobBodySchema,
  type QueueCounts,
  type QueueItem,
  type QueueKind,
} from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'
import { cityDay } from './words'

/** The queue's tabs: everything, then one kind each. */
export const QUEUE_TABS: readonly { kind: QueueKind | null; label: string }[] = [
  { kind: null, label: '全部' },
  { kind: 'job', label: '岗位' },
  { kind: 'employer', label: '单位认证' },
  { kind: 'report', label: '举报' },
]

/** How many wait under a tab. */
export function tabCount(counts: QueueCounts, kind: QueueKind | null): number {
  return kind === null ? counts.job + counts.employer + counts.report : counts[kind]
}

export const KIND_WORDS: Record<QueueKind, string> = { job: '待审岗位', employer: '单位认证', report: '举报' }

export interface QueueReasonView {
  message: string
  law: string | null
}

/** What staff read on one item before deciding: a heading, facts, what to look at twice. */
export interface QueueItemView {
  kindLabel: string
  title: string
  lines: string[]
  /** Things that need a second look (a failed credit-code check, an overdue report). */
  warnings: string[]
  /** Why screening sent a post here, with the law behind each reason where there is one. */
  reasons: QueueReasonView[]
}

export function queueItemView(item: QueueItem): QueueItemView {
  const since = `提交于 ${formatDateTime(item.since)}`
  switch (item.kind) {
    case 'job':
      return {
        kindLabel: KIND_WORDS.job,
        title: item.title,
        lines: [`${item.employer.name}（${item.employer.verified ? '已认证' : '未认证'}）· ${item.district}`, since],
        warnings: [],
        reasons: item.reasons.map((reason) => ({ message: reason.message, law: reason.law })),
      }
    case 'employer': {
      const warnings: string[] = []
      if (item.creditCodeValid === false) warnings.push('统一社会信用代码的校验位不对（GB 32100），请对照执照仔细核对号码')
      if (!item.licencePath) warnings.push('还没有上传营业执照，可以先不通过，请对方上传')
      return {
        kindLabel: KIND_WORDS.employer,
        title: item.name,
        lines: [
          item.creditCode ? `${EmployerKinds[item.employerKind]} · 信用代码 ${item.creditCode}` : EmployerKinds[item.employerKind],
          `联系人 ${item.contactName} ${item.contactPhone}`,
          item.district ? `所在区县：${item.district}` : '没有填写区县',
          since,
        ],
        warnings,
        reasons: [],
      }
    }
    case 'report':
      return {
        kindLabel: KIND_WORDS.report,
        title: item.job.title,
        lines: [
          `岗位${JobStatuses[item.job.status]} · ${item.job.district} · ${item.job.employerName}`,
          `举报原因：${ReportReasons[item.reason]}`,
          ...(item.note ? [`补充说明：${item.note}`] : []),
          `举报人：${item.reporterName} · ${formatDateTime(item.since)}`,
          ...(item.openReportsOnJob > 1 ? [`这个岗位共有 ${item.openReportsOnJob} 条举报未处理`] : []),
          ...(item.overdue ? [] : [`请在 ${cityDay(item.answerBy)} 前答复`]),
        ],
        warnings: item.overdue ? [`已超过答复期限（${cityDay(item.answerBy)}），请尽快处理`] : [],
        reasons: [],
      }
  }
}

export interface DecisionChoice {
  decision: string
  label: string
  /** Asked before sending: the decision takes a post down. */
  confirm: string | null
  /** Drawn in red: it refuses or removes. */
  danger: boolean
}

const TAKE_DOWN_CONFIRM = '下架后求职者就看不到这个岗位了，已录用的人会收到通知。确定下架吗？'

function choices<K extends string>(labels: Record<K, string>, extra: Partial<Record<K, Partial<DecisionChoice>>>): DecisionChoice[] {
  return (Object.keys(labels) as K[]).map((decision) => ({ decision, label: labels[decision], confirm: null, danger: false, ...extra[decision] }))
}

/** The decisions an item of this kind takes, in the contract's words. */
export const DECISIONS: Record<QueueKind, DecisionChoice[]> = {
  job: choices(JobReviewDecisions, { reject: { danger: true }, take_down: { danger: true, confirm: TAKE_DOWN_CONFIRM } }),
  employer: choices(EmployerVerificationDecisions, { reject: { danger: true } }),
  report: choices(ReportDecisions, { uphold: { danger: true, confirm: TAKE_DOWN_CONFIRM } }),
}

const BODY_SCHEMAS = { job: ReviewJobBodySchema, employer: DecideEmployerBodySchema, report: DecideReportBodySchema } as const

export type DecisionCheck = { body: { decision: string; reason: string } } | { errors: Partial<Record<'decision' | 'reason', string>> }

/** A decision checked with the contract's schema for its kind: a decision is chosen and the reason has ≥ 2 characters. */
export function checkDecision(kind: QueueKind, decision: string | null, reason: string): DecisionCheck {
  const parsed = BODY_SCHEMAS[kind].safeParse({ decision: decision ?? undefined, reason })
  if (parsed.success) return { body: parsed.data }
  const errors: Partial<Record<'decision' | 'reason', string>> = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if ((field === 'decision' || field === 'reason') && !errors[field]) errors[field] = issue.message
  }
  return { errors }
}
