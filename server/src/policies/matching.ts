import type {
  EligibilityCondition,
  EligibilityPersonFacts,
  EligibilityQuestion,
  EligibilityVerdict,
  PolicyAmount,
  PolicyCategory,
  PolicyCheck,
  PolicyQuestion,
  PolicySummary,
} from '../../../src/shared/contracts/index'
import { QUESTIONS, QuestionTexts, evaluate, nextQuestion, regionApplies } from '../../../src/shared/eligibility/index'
import type { Db } from '../db/types'
import { conflict } from '../http/errors'
import { listPolicies } from './store'

/**
 * Policy matching (issue 14): the open policies judged against a person's facts — the 政策计算器's
 * answers, or the facts of 我的资料 — with roughly how much each gives, in plain words.
 */

const RESULT_ORDER = { eligible: 0, maybe: 1, ineligible: 2 } as const

/** 1234567 → '1,234,567'; fen that are not whole yuan keep their jiao and fen (12.50). */
function yuanText(fen: number): string {
  const whole = Math.floor(fen / 100)
  const rest = fen % 100
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return rest === 0 ? grouped : `${grouped}.${String(rest).padStart(2, '0')}`
}

/** How much, in plain words: a loan's fixed amount is its ceiling, a subsidy's is paid once. */
export function amountText(amount: PolicyAmount, category: PolicyCategory): string {
  switch (amount.kind) {
    case 'fixed':
      return category === 'startup_loan' ? `最高 ${yuanText(amount.fen)} 元` : `一次性 ${yuanText(amount.fen)} 元`
    case 'range':
      return amount.minFen === amount.maxFen
        ? `${yuanText(amount.minFen)} 元`
        : `${yuanText(amount.minFen)}–${yuanText(amount.maxFen)} 元`
    case 'formula':
      return amount.text
  }
}

export const questionOf = (key: EligibilityQuestion): PolicyQuestion => ({ key, text: QuestionTexts[key] })

interface OpenPolicy {
  summary: PolicySummary
  conditions: EligibilityCondition
}

/** Every open policy (published, not expired), newest published first, with its conditions. */
export async function openPolicies(db: Db, today: string): Promise<OpenPolicy[]> {
  const summaries: PolicySummary[] = []
  let cursor: string | undefined
  do {
    const page = await listPolicies(db, { limit: 50, cursor }, today)
    summaries.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  if (summaries.length === 0) return []
  const rows = await db.query<{ id: string; conditions: EligibilityCondition | string }>(
    'select id, conditions from policies where id = any($1::uuid[])',
    [summaries.map((s) => s.id)],
  )
  const conditions = new Map(rows.map((r) => [r.id, typeof r.conditions === 'string' ? (JSON.parse(r.conditions) as EligibilityCondition) : r.conditions]))
  return summaries.flatMap((summary) => {
    const c = conditions.get(summary.id)
    return c ? [{ summary, conditions: c }] : []
  })
}

/**
 * The verdict with the policy's region applied (a district's policy is for its own people): null when
 * the person is from elsewhere; maybe, asking where they live, when their answers cannot tell.
 */
function withRegion(verdict: EligibilityVerdict, region: string, facts: EligibilityPersonFacts): EligibilityVerdict | null {
  const applies = regionApplies(region, facts)
  if (applies === false) return null
  if (applies === true || verdict.result === 'ineligible') return verdict
  const ask: EligibilityQuestion = facts.householdRegion === undefined || facts.residenceRegion !== undefined ? 'householdRegion' : 'residenceRegion'
  const asked = new Set<EligibilityQuestion>([...(verdict.result === 'maybe' ? verdict.questions : []), ask])
  return { result: 'maybe', questions: QUESTIONS.filter((q) => asked.has(q)) }
}

/**
 * Each policy's verdict for `facts`: eligible first, then maybe, then ineligible (newest published
 * first within each). `byRegion` leaves out the district policies of other districts (a person's own
 * matches; the calculator asks about regions through the conditions alone).
 */
export function judge(policies: OpenPolicy[], facts: EligibilityPersonFacts, today: string, byRegion = false): PolicyCheck[] {
  return policies
    .flatMap((p, i) => {
      const evaluated = evaluate(p.conditions, facts, today)
      const verdict = byRegion ? withRegion(evaluated, p.summary.region, facts) : evaluated
      return verdict ? [{ i, check: { policy: p.summary, verdict, amountText: amountText(p.summary.amount, p.summary.category) } }] : []
    })
    .sort((a, b) => RESULT_ORDER[a.check.verdict.result] - RESULT_ORDER[b.check.verdict.result] || a.i - b.i)
    .map((x) => x.check)
}

/** The calculator: every open policy judged, and the one question to ask next over the undecided ones. */
export async function checkPolicies(db: Db, answers: EligibilityPersonFacts, today: string) {
  // The calculator never takes an ID number (the contract refuses one); dropped here too, whatever the caller.
  const { idNumber: _idNumber, ...facts } = answers
  const policies = await openPolicies(db, today)
  const checks = judge(policies, facts, today)
  const next = nextQuestion(policies.map((p) => p.conditions), facts, today)
  return { nextQuestion: next ? questionOf(next) : null, policies: checks }
}

export interface ProfileFactsRow {
  birth_date: string | null
  groups: Record<string, boolean> | string
  graduation_year: number | null
  household_region: string | null
  residence_region: string | null
  employment: EligibilityPersonFacts['employment'] | null
  business_started_on: string | null
  business_started_known: boolean
  enrolled_in_course: boolean | null
}

/** The profile columns the facts come from (`p.` being profiles). The ID number is never among them. */
export const PROFILE_FACTS_COLUMNS = `p.birth_date, p.groups, p.graduation_year, p.household_region, p.residence_region, p.employment,
  p.business_started_on, p.business_started_known, p.enrolled_in_course`

/** A profile row as eligibility facts: absent columns are unanswered questions. */
export function factsOfRow(row: ProfileFactsRow): EligibilityPersonFacts {
  const facts: EligibilityPersonFacts = {}
  const groups = typeof row.groups === 'string' ? (JSON.parse(row.groups) as Record<string, boolean>) : row.groups
  if (row.birth_date !== null) facts.birthDate = row.birth_date
  if (Object.keys(groups).length > 0) facts.groups = groups
  if (row.graduation_year !== null) facts.graduationYear = row.graduation_year
  if (row.household_region !== null) facts.householdRegion = row.household_region
  if (row.residence_region !== null) facts.residenceRegion = row.residence_region
  if (row.employment !== null) facts.employment = row.employment
  if (row.business_started_known) facts.businessStartedOn = row.business_started_on
  if (row.enrolled_in_course !== null) facts.enrolledInCourse = row.enrolled_in_course
  return facts
}

/**
 * The facts of this person's profile (their own row only). The ID number is never read: the birth
 * date it gives was stored with it.
 */
export async function profileFacts(db: Db, userId: string): Promise<EligibilityPersonFacts> {
  const [row] = await db.query<ProfileFactsRow>(`select ${PROFILE_FACTS_COLUMNS} from profiles p where p.user_id = $1`, [userId])
  return row ? factsOfRow(row) : {}
}

/** Whether the person's latest `policy_matching` decision is a yes. */
async function matchingConsented(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.query<{ granted: boolean }>(
    `select granted from consents where user_id = $1 and purpose = 'policy_matching' order by id desc limit 1`,
    [userId],
  )
  return row?.granted === true
}

/**
 * The open policies the person's profile fits or may fit, eligible first, and the questions that
 * would decide the maybe ones (the most-waited-on first). Needs a current policy_matching consent.
 */
export async function listMyPolicyMatches(db: Db, userId: string, today: string) {
  if (!(await matchingConsented(db, userId))) {
    throw conflict('CONSENT_REQUIRED', '要查看适合您的政策，请先同意“政策匹配”：用您在“我的资料”中填写的情况判断您可以申请哪些政策')
  }
  const facts = await profileFacts(db, userId)
  const checks = judge(await openPolicies(db, today), facts, today, true).filter((c) => c.verdict.result !== 'ineligible')
  const waiting = new Map<EligibilityQuestion, number>()
  for (const c of checks) {
    if (c.verdict.result !== 'maybe') continue
    for (const q of c.verdict.questions) waiting.set(q, (waiting.get(q) ?? 0) + 1)
  }
  const questions = QUESTIONS.filter((q) => waiting.has(q))
    .map((q, i) => ({ q, i }))
    .sort((a, b) => waiting.get(b.q)! - waiting.get(a.q)! || a.i - b.i)
    .map((x) => questionOf(x.q))
  return { policies: checks, questions }
}
