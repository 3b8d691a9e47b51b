import { JobStatuses } from '@/shared/contracts/jobs'
import { ReportStatuses, SubsidyStatuses, VerificationStatuses, type AuditEntry } from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'

/** The verbs the server records (`job.take_down` …) in words; an unknown one shows as recorded. */
const ACTION_WORDS: Record<string, string> = {
  'job.approve': '审核通过岗位',
  'job.reject': '退回岗位',
  'job.take_down': '下架岗位',
  'job.check': '核实岗位',
  'employer.verify': '单位认证通过',
  'employer.reject': '单位认证不通过',
  'report.uphold': '举报属实',
  'report.dismiss': '举报不属实',
  'sample_audit.draw': '抽查岗位',
  'sample_audit.rate': '给抽查的岗位打分',
  'station.create': '新建驿站',
  'station.update': '修改驿站',
  'policy.create': '新建政策',
  'policy.update': '修改政策',
  'policy.publish': '发布政策',
  'policy.withdraw': '撤回政策',
  'subsidy_application.accept': '受理补贴申请',
  'subsidy_application.start_review': '开始审核补贴申请',
  'subsidy_application.request_more': '要求补充申请材料',
  'subsidy_application.approve': '补贴申请审核通过',
  'subsidy_application.reject': '补贴申请不通过',
  'subsidy_application.mark_paid': '补贴标记已发放',
}

const TARGET_WORDS: Record<AuditEntry['targetKind'], string> = {
  job: '岗位',
  employer: '用人单位',
  report: '举报',
  station: '驿站',
  sample_audit: '抽查',
  setting: '设置',
  policy: '政策',
  subsidy_application: '补贴申请',
}

const FIELD_WORDS: Record<string, string> = {
  status: '状态',
  staffNote: '驿站说明',
  staffCheckedAt: '核实时间',
  staffCheckedBy: '核实人',
  closeReason: '停招原因',
  closedAt: '停招时间',
  publishedAt: '发布时间',
  verificationStatus: '认证状态',
  verificationNote: '认证说明',
  verifiedAt: '认证时间',
  outcomeNote: '处理说明',
  decidedAt: '处理时间',
  compliant: '是否合规',
  note: '说明',
  ratedAt: '打分时间',
  ratedBy: '打分人',
  jobId: '岗位编号',
  code: '驿站编码',
  name: '名称',
  district: '区县',
  address: '地址',
  location: '位置',
  hours: '开放时间',
  phone: '电话',
  paidAmountFen: '发放金额（分）',
  paidOn: '发放日期',
}

const CLOSE_REASON_WORDS: Record<string, string> = { employer: '用人单位停招', taken_down: '驿站下架', expired: '已过期' }

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Status words by the kind of thing the entry is about: a job's `status` is not a report's. */
function statusWords(targetKind: AuditEntry['targetKind']): Record<string, string> {
  if (targetKind === 'report') return ReportStatuses
  if (targetKind === 'subsidy_application') return SubsidyStatuses
  return JobStatuses
}

/** One recorded value as a person reads it. */
export function auditValue(field: string, value: unknown, targetKind: AuditEntry['targetKind']): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (typeof value === 'boolean') return field === 'compliant' ? (value ? '合规' : '不合规') : value ? '是' : '否'
  if (typeof value === 'string') {
    if (field === 'status') return statusWords(targetKind)[value] ?? value
    if (field === 'verificationStatus') return (VerificationStatuses as Record<string, string>)[value] ?? value
    if (field === 'closeReason') return CLOSE_REASON_WORDS[value] ?? value
    if (TIMESTAMP.test(value)) return formatDateTime(value)
    // Staff and posts are named by ids the log does not resolve: the first part is enough to tell them apart.
    if (UUID.test(value)) return `编号 ${value.slice(0, 8)}`
    return value
  }
  if (typeof value === 'object' && 'lat' in value && 'lng' in value) {
    const { lat, lng } = value as { lat: unknown; lng: unknown }
    return `${String(lat)}, ${String(lng)}`
  }
  return JSON.stringify(value)
}

export interface AuditChange {
  field: string
  /** null: the thing was created (nothing before). */
  from: string | null
  to: string
}

/** The fields an action changed, before → after, in words; fields that stayed the same are left out. */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after' | 'targetKind'>): AuditChange[] {
  const before = entry.before ?? {}
  const after = entry.after ?? {}
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])]
  return fields.flatMap((field) => {
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) return []
    return [
      {
        field: FIELD_WORDS[field] ?? field,
        from: entry.before === null ? null : auditValue(field, before[field], entry.targetKind),
        to: auditValue(field, after[field], entry.targetKind),
      },
    ]
  })
}

/** `状态：待审核 → 在招`, or `名称：东关驿站` for something new. */
export function changeText(change: AuditChange): string {
  return change.from === null ? `${change.field}：${change.to}` : `${change.field}：${change.from} → ${change.to}`
}

/** The heading of an entry: who did what to what. */
export function auditHeading(entry: Pick<AuditEntry, 'staff' | 'action' | 'targetKind'>): string {
  return `${entry.staff.displayName} ${ACTION_WORDS[entry.action] ?? entry.action}`
}

export function auditTarget(entry: Pick<AuditEntry, 'targetKind' | 'targetId'>): string {
  return `${TARGET_WORDS[entry.targetKind]} · ${auditValue('targetId', entry.targetId, entry.targetKind)}`
}
