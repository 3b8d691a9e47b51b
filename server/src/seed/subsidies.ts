/**
 * Demo subsidy applications (DEMO DATA): the demo workers' applications in a few statuses, so the
 * 补贴申请 pages and the staff queue have something to show on a fresh demo. They carry the form's
 * values but no photos: the seed writes no files (the file store is the server's, not the seed's).
 */
import type { SubsidyStatus } from '../../../src/shared/contracts/index'
import { addDays } from '../city-time'
import type { SeedPolicy } from './policies'
import { seedUuid } from './random'

export interface DemoSubsidyApplication {
  id: string
  policyId: string
  personId: string
  status: SubsidyStatus
  region: string
  fields: { key: string; label: string; value: string }[]
  staffNote: string | null
  paidAmountFen: number | null
  paidOn: string | null
  submittedAt: string
  updatedAt: string
}

export interface DemoSubsidyEvent {
  applicationId: string
  status: SubsidyStatus
  resubmitted: boolean
  note: string | null
  staffId: string | null
  at: string
}

interface Story {
  key: string
  policyKey: string
  personKey: string
  /** Days before today it was submitted, at 10:00. */
  daysAgo: number
  /** The form's values; dates relative to the seed's today. */
  values: (today: string) => Record<string, string>
  /** The staff steps after 已提交, one a day, with what staff wrote. */
  steps: { status: SubsidyStatus; note?: string }[]
  paid?: { amountFen: number; daysAgo: number }
}

const DAY_MS = 86_400_000
/** `today` minus `days`, at 10:00 in the city, as ISO with the city's offset. */
const morning = (today: string, days: number) => new Date(Date.parse(`${today}T10:00:00+08:00`) - days * DAY_MS).toISOString()
const dateOf = (today: string, days: number) => addDays(today, -days)

const STORIES: Story[] = [
  {
    key: 'wang-flexible-insurance',
    policyKey: 'flexible-social-insurance',
    personKey: 'worker',
    daysAgo: 6,
    values: (today) => ({ person_kind: '就业困难人员', work_kind: '网约配送', insured_from: dateOf(today, 270), bank_name: '中国工商银行长治分行', bank_account: '6222020512003456789' }),
    steps: [{ status: 'accepted' }, { status: 'reviewing' }, { status: 'needs_more', note: '请补充最近 3 个月的社会保险缴费凭证（社保卡 App 或税务局打印的均可）' }],
  },
  {
    key: 'wang-unemployment-services',
    policyKey: 'unemployment-registration-services',
    personKey: 'worker',
    daysAgo: 2,
    values: (today) => ({ left_job_on: dateOf(today, 35), wanted: '职业介绍', wanted_job: '仓库管理' }),
    steps: [{ status: 'accepted' }],
  },
  {
    key: 'liu-skills-training',
    policyKey: 'skills-training',
    personKey: 'older-worker',
    daysAgo: 30,
    values: (today) => ({ course_name: '养老护理员（五级）', school: '长治市第一职业培训学校', finished_on: dateOf(today, 40), certificate_no: 'S000014040005254000123', bank_name: '长治农商银行', bank_account: '6230780100012345678' }),
    steps: [{ status: 'accepted' }, { status: 'reviewing' }, { status: 'approved', note: '证书和考勤齐全，按五级标准补贴' }, { status: 'paid' }],
    paid: { amountFen: 150_000, daysAgo: 8 },
  },
]

/** The demo applications as of `today`, handled by the demo staff member's district. */
export function buildSubsidyApplications(policies: SeedPolicy[], today: string, region: string) {
  const staffId = seedUuid('user:staff')
  const applications: DemoSubsidyApplication[] = []
  const events: DemoSubsidyEvent[] = []
  for (const s of STORIES) {
    const policy = policies.find((p) => p.id === seedUuid(`policy:${s.policyKey}`))
    if (!policy?.applicationForm) throw new Error(`demo subsidy application ${s.key}: policy ${s.policyKey} takes no online applications`)
    const id = seedUuid(`subsidy-application:${s.key}`)
    const values = s.values(today)
    const fields = policy.applicationForm.fields.flatMap((f) => (values[f.key] ? [{ key: f.key, label: f.label, value: values[f.key]! }] : []))
    events.push({ applicationId: id, status: 'submitted', resubmitted: false, note: null, staffId: null, at: morning(today, s.daysAgo) })
    s.steps.forEach((step, i) => {
      const days = step.status === 'paid' && s.paid ? s.paid.daysAgo : s.daysAgo - (i + 1)
      events.push({ applicationId: id, status: step.status, resubmitted: false, note: step.note ?? null, staffId, at: morning(today, days) })
    })
    const last = s.steps[s.steps.length - 1]
    const status = last?.status ?? 'submitted'
    applications.push({
      id,
      policyId: policy.id,
      personId: seedUuid(`user:${s.personKey}`),
      status,
      region,
      fields,
      staffNote: status === 'needs_more' || status === 'rejected' ? (last?.note ?? null) : null,
      paidAmountFen: s.paid?.amountFen ?? null,
      paidOn: s.paid ? dateOf(today, s.paid.daysAgo) : null,
      submittedAt: morning(today, s.daysAgo),
      updatedAt: events[events.length - 1]!.at,
    })
  }
  return { applications, events }
}
