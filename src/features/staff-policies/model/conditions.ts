import { ConditionSchema, type EligibilityCondition as Condition } from '@/shared/contracts/eligibility'
import type { EmploymentStatus, PersonGroup } from '@/shared/eligibility'

/**
 * The condition builder: a policy's conditions as a list of rules that must all hold — the shapes
 * policies are written in. A condition the list cannot say exactly (nested any/all, not, …) is kept
 * as it is and shown read-only: the builder never rewrites what it does not understand.
 */
export type Rule =
  /** Age in whole years; '' for no bound. */
  | { kind: 'age'; min: string; max: string }
  /** Belongs to any one of these groups. */
  | { kind: 'groups'; groups: PersonGroup[] }
  | { kind: 'graduatedWithinYears'; years: string }
  | { kind: 'householdRegion'; regions: string[] }
  | { kind: 'residenceRegion'; regions: string[] }
  | { kind: 'employment'; statuses: EmploymentStatus[] }
  /** Entered in years or months; stored in months. */
  | { kind: 'businessStarted'; amount: string; unit: 'years' | 'months' }
  | { kind: 'enrolledInCourse'; enrolled: boolean }

export type RuleKind = Rule['kind']

export const RULE_LABELS: Record<RuleKind, string> = {
  age: '年龄范围',
  groups: '人群（满足其一）',
  graduatedWithinYears: '毕业年限',
  householdRegion: '户籍地',
  residenceRegion: '常住地',
  employment: '就业状态',
  businessStarted: '创业时间',
  enrolledInCourse: '是否参加培训',
}
export const RULE_KINDS = Object.keys(RULE_LABELS) as RuleKind[]

/** The builder's state: rules it can edit, or a condition it keeps untouched. */
export type ConditionDraft = { mode: 'rules'; rules: Rule[] } | { mode: 'kept'; condition: Condition }

export function newRule(kind: RuleKind): Rule {
  switch (kind) {
    case 'age':
      return { kind, min: '', max: '' }
    case 'groups':
      return { kind, groups: [] }
    case 'graduatedWithinYears':
      return { kind, years: '' }
    case 'householdRegion':
    case 'residenceRegion':
      return { kind, regions: [] }
    case 'employment':
      return { kind, statuses: [] }
    case 'businessStarted':
      return { kind, amount: '', unit: 'years' }
    case 'enrolledInCourse':
      return { kind, enrolled: true }
  }
}

/** A whole number as typed, or NaN (so the contract's own message speaks); '' is absent. */
function wholeNumber(text: string): number | undefined {
  const value = text.trim()
  if (!value) return undefined
  return /^\d+$/.test(value) ? Number(value) : Number.NaN
}

/** What is wrong with one rule, in plain words; null when it can be saved. */
export function ruleProblem(rule: Rule): string | null {
  switch (rule.kind) {
    case 'age': {
      const min = wholeNumber(rule.min)
      const max = wholeNumber(rule.max)
      if (min === undefined && max === undefined) return '年龄至少填上限或下限'
      if (Number.isNaN(min) || Number.isNaN(max)) return '年龄请填整数，如 16 或 35'
      if (min !== undefined && max !== undefined && min > max) return '年龄下限不能大于上限'
      if ((min ?? 0) > 150 || (max ?? 0) > 150) return '年龄最多 150'
      return null
    }
    case 'groups':
      return rule.groups.length ? null : '请至少选一个人群'
    case 'graduatedWithinYears': {
      const years = wholeNumber(rule.years)
      if (years === undefined) return '请填写毕业几年内（当年毕业填 0）'
      return Number.isNaN(years) || years > 100 ? '毕业年限请填 0 到 100 的整数' : null
    }
    case 'householdRegion':
    case 'residenceRegion':
      return rule.regions.length ? null : '请至少选一个地区'
    case 'employment':
      return rule.statuses.length ? null : '请至少选一种就业状态'
    case 'businessStarted': {
      const amount = wholeNumber(rule.amount)
      if (amount === undefined) return `请填写创业在几${rule.unit === 'years' ? '年' : '个月'}内`
      const months = rule.unit === 'years' ? amount * 12 : amount
      return Number.isNaN(amount) || months > 1200 ? '创业时间请填整数，最长 100 年' : null
    }
    case 'enrolledInCourse':
      return null
  }
}

function leafOf(rule: Rule): Condition {
  switch (rule.kind) {
    case 'age': {
      const min = wholeNumber(rule.min)
      const max = wholeNumber(rule.max)
      return { age: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } }
    }
    case 'groups':
      return rule.groups.length === 1 ? { group: rule.groups[0]! } : { any: rule.groups.map((group) => ({ group })) }
    case 'graduatedWithinYears':
      return { graduatedWithinYears: wholeNumber(rule.years) ?? Number.NaN }
    case 'householdRegion':
      return { householdRegion: [...rule.regions] }
    case 'residenceRegion':
      return { residenceRegion: [...rule.regions] }
    case 'employment':
      return { employment: [...rule.statuses] }
    case 'businessStarted': {
      const amount = wholeNumber(rule.amount) ?? Number.NaN
      return { businessStartedWithinMonths: rule.unit === 'years' ? amount * 12 : amount }
    }
    case 'enrolledInCourse':
      return { enrolledInCourse: rule.enrolled }
  }
}

/** The rules as one Condition: a single rule stands alone, several are all required. Null without rules. */
export function buildCondition(rules: readonly Rule[]): Condition | null {
  if (rules.length === 0) return null
  if (rules.length === 1) return leafOf(rules[0]!)
  return { all: rules.map(leafOf) }
}

/** One part of an `all` as a rule, or null when it is not one of the builder's shapes. */
function ruleOf(part: Condition): Rule | null {
  if ('age' in part) return { kind: 'age', min: part.age.min === undefined ? '' : String(part.age.min), max: part.age.max === undefined ? '' : String(part.age.max) }
  if ('group' in part) return { kind: 'groups', groups: [part.group] }
  if ('any' in part) {
    const groups = part.any.map((c) => ('group' in c && Object.keys(c).length === 1 ? c.group : null))
    return groups.length > 1 && groups.every((g) => g !== null) ? { kind: 'groups', groups: groups as PersonGroup[] } : null
  }
  if ('graduatedWithinYears' in part) return { kind: 'graduatedWithinYears', years: String(part.graduatedWithinYears) }
  if ('householdRegion' in part) return { kind: 'householdRegion', regions: [...part.householdRegion] }
  if ('residenceRegion' in part) return { kind: 'residenceRegion', regions: [...part.residenceRegion] }
  if ('employment' in part) return { kind: 'employment', statuses: [...part.employment] }
  if ('businessStartedWithinMonths' in part) {
    const months = part.businessStartedWithinMonths
    return months > 0 && months % 12 === 0
      ? { kind: 'businessStarted', amount: String(months / 12), unit: 'years' }
      : { kind: 'businessStarted', amount: String(months), unit: 'months' }
  }
  if ('enrolledInCourse' in part) return { kind: 'enrolledInCourse', enrolled: part.enrolledInCourse }
  return null
}

/** Order-blind deep equality of JSON values (stored JSON may come back with its keys reordered). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/**
 * A saved condition in the builder: as rules when building them gives back exactly the same
 * condition, else kept as it is (a nested any of alls, a not, a rule twice over …).
 */
export function draftOfCondition(condition: Condition): ConditionDraft {
  const parts = 'all' in condition ? condition.all : [condition]
  const rules = parts.map(ruleOf)
  if (rules.every((rule): rule is Rule => rule !== null)) {
    const kinds = new Set(rules.map((rule) => rule.kind))
    if (kinds.size === rules.length && sameJson(buildCondition(rules), condition)) return { mode: 'rules', rules }
  }
  return { mode: 'kept', condition }
}

export type ConditionCheck = { ok: true; condition: Condition } | { ok: false; message: string; ruleProblems: (string | null)[] }

/** The draft as a condition the contract accepts, or what to fix (per rule, and overall). */
export function checkConditionDraft(draft: ConditionDraft): ConditionCheck {
  if (draft.mode === 'kept') return { ok: true, condition: draft.condition }
  const ruleProblems = draft.rules.map(ruleProblem)
  if (draft.rules.length === 0) return { ok: false, message: '请至少加一个申请条件', ruleProblems }
  const count = ruleProblems.filter(Boolean).length
  if (count > 0) return { ok: false, message: `申请条件有 ${count} 处需要修改`, ruleProblems }
  const condition = buildCondition(draft.rules)!
  const parsed = ConditionSchema.safeParse(condition)
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? '申请条件不对', ruleProblems }
  return { ok: true, condition: parsed.data }
}

/** The kinds not yet among the rules (each kind once: two age ranges would only confuse). */
export const kindsLeft = (rules: readonly Rule[]) => RULE_KINDS.filter((kind) => !rules.some((rule) => rule.kind === kind))
