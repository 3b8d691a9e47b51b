/**
 * The evaluator: one condition, one person, one date → eligible / maybe (with exactly the questions
 * that could settle it) / ineligible (with the reason). Three-valued: a leaf whose fact is not
 * answered is unknown; `all` is false if any part is false, else unknown if any part is unknown;
 * `any` is true if any part is true, else unknown if any part is unknown; `not` swaps true and false.
 */
import { idNumberBirthDate } from '../lib/id-number'
import { regionContains, resolveRegion } from './regions'
import { EmploymentLabels, PersonGroupLabels, describeAge, describeMonths, orList } from './texts'
import { QUESTIONS, type Condition, type PersonFacts, type Question, type Verdict } from './types'

/**
 * A node's value. `why` says in plain Chinese what decided it: for false, why the person fails
 * (the ineligible reason); for true, what the person is (the reason a `not` around it fails).
 */
type Value = { value: true; why: string } | { value: false; why: string } | { value: 'unknown'; questions: Question[] }

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function evaluate(condition: Condition, person: PersonFacts, today: string): Verdict {
  const v = value(condition, person, today)
  if (v.value === true) return { result: 'eligible' }
  if (v.value === false) return { result: 'ineligible', reason: v.why }
  return { result: 'maybe', questions: v.questions }
}

/**
 * The one question to ask next: the one the most still-open (maybe) conditions wait on, ties going
 * to the earlier question in QUESTIONS. Null when no condition is open.
 */
export function nextQuestion(conditions: Condition[], person: PersonFacts, today: string): Question | null {
  const waiting = new Map<Question, number>()
  for (const condition of conditions) {
    const verdict = evaluate(condition, person, today)
    if (verdict.result !== 'maybe') continue
    for (const q of verdict.questions) waiting.set(q, (waiting.get(q) ?? 0) + 1)
  }
  let best: Question | null = null
  let bestCount = 0
  for (const q of QUESTIONS) {
    const count = waiting.get(q) ?? 0
    if (count > bestCount) {
      best = q
      bestCount = count
    }
  }
  return best
}

function value(condition: Condition, person: PersonFacts, today: string): Value {
  if ('all' in condition) {
    const parts = condition.all.map((c) => value(c, person, today))
    const failed = parts.find((p) => p.value === false)
    if (failed) return failed
    const open = unknownQuestions(parts)
    if (open) return open
    return { value: true, why: parts.map((p) => (p.value === true ? p.why : '')).join('，') }
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => value(c, person, today))
    const met = parts.find((p) => p.value === true)
    if (met) return met
    const open = unknownQuestions(parts)
    if (open) return open
    return { value: false, why: parts.map((p) => (p.value === false ? p.why : '')).join('；') }
  }
  if ('not' in condition) {
    const inner = value(condition.not, person, today)
    if (inner.value === 'unknown') return inner
    return inner.value ? { value: false, why: inner.why } : { value: true, why: inner.why }
  }
  return leaf(condition, person, today)
}

/** The questions of the unknown parts, de-duplicated in QUESTIONS order; null when no part is unknown. */
function unknownQuestions(parts: Value[]): Value | null {
  const asked = new Set<Question>()
  for (const p of parts) if (p.value === 'unknown') for (const q of p.questions) asked.add(q)
  if (parts.every((p) => p.value !== 'unknown')) return null
  return { value: 'unknown', questions: QUESTIONS.filter((q) => asked.has(q)) }
}

function unknown(...questions: Question[]): Value {
  return { value: 'unknown', questions }
}

function decided(test: boolean, whyTrue: string, whyFalse: string): Value {
  return test ? { value: true, why: whyTrue } : { value: false, why: whyFalse }
}

function leaf(condition: Leaf, person: PersonFacts, today: string): Value {
  if ('age' in condition) {
    const birthDate = birthDateOf(person)
    if (birthDate === null) return unknown('birthDate')
    const age = ageOn(birthDate, today)
    const { min, max } = condition.age
    if (min !== undefined && age < min) return { value: false, why: `年龄不满 ${min} 周岁` }
    if (max !== undefined && age > max) return { value: false, why: `年龄超过 ${max} 周岁` }
    return { value: true, why: `年龄 ${age} 周岁（${describeAge(condition.age)}）` }
  }
  if ('group' in condition) {
    const label = PersonGroupLabels[condition.group]
    const answer = person.groups?.[condition.group]
    if (answer === undefined) return unknown(`group.${condition.group}`)
    return decided(answer, `是${label}`, `不是${label}`)
  }
  if ('graduatedWithinYears' in condition) {
    const earliest = yearOf(today) - condition.graduatedWithinYears
    const isGraduate = person.groups?.graduate
    const year = person.graduationYear
    if (isGraduate === false) return { value: false, why: '不是高校毕业生' }
    if (year !== undefined && year < earliest) return { value: false, why: `毕业年份早于 ${earliest} 年` }
    if (isGraduate === undefined && year === undefined) return unknown('group.graduate', 'graduationYear')
    if (isGraduate === undefined) return unknown('group.graduate')
    if (year === undefined) return unknown('graduationYear')
    return { value: true, why: `是 ${year} 年毕业的高校毕业生` }
  }
  if ('householdRegion' in condition) {
    return region(condition.householdRegion, person.householdRegion, '户籍', 'householdRegion')
  }
  if ('residenceRegion' in condition) {
    return region(condition.residenceRegion, person.residenceRegion, '常住地', 'residenceRegion')
  }
  if ('employment' in condition) {
    const status = person.employment
    if (status === undefined) return unknown('employment')
    const wanted = orList(condition.employment.map((e) => EmploymentLabels[e]))
    return decided(
      condition.employment.includes(status),
      `目前${EmploymentLabels[status]}`,
      `目前${EmploymentLabels[status]}，不是${wanted}`,
    )
  }
  if ('businessStartedWithinMonths' in condition) {
    const started = person.businessStartedOn
    if (started === undefined || (started !== null && !DATE.test(started))) return unknown('businessStartedOn')
    if (started === null) return { value: false, why: '尚未创业' }
    if (started > today) return { value: false, why: '营业执照日期晚于今天' }
    const months = condition.businessStartedWithinMonths
    return decided(
      started >= monthsBefore(today, months),
      `已于 ${started} 创业`,
      `创业已超过 ${describeMonths(months)}`,
    )
  }
  const enrolled = person.enrolledInCourse
  if (enrolled === undefined) return unknown('enrolledInCourse')
  const why = enrolled ? '正在参加培训' : '没有在参加培训'
  return decided(enrolled === condition.enrolledInCourse, why, why)
}

function region(wanted: string[], given: string | undefined, what: string, question: Question): Value {
  if (given === undefined || given.trim() === '') return unknown(question)
  return decided(
    wanted.some((outer) => regionContains(outer, given)),
    `${what}在${resolveRegion(given)}`,
    `${what}不在${orList(wanted)}`,
  )
}

/** The birth date given, else the one in the ID number; null when neither is a usable date. */
function birthDateOf(person: PersonFacts): string | null {
  if (person.birthDate !== undefined && DATE.test(person.birthDate)) return person.birthDate
  if (person.idNumber !== undefined) return idNumberBirthDate(person.idNumber)
  return null
}

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD): a year is complete on the birthday. */
export function ageOn(birthDate: string, today: string): number {
  const years = yearOf(today) - yearOf(birthDate)
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/** The date `months` months before `date`, the day clamped to the month's end (03-31 − 1 → 02-28). */
export function monthsBefore(date: string, months: number): string {
  const [, y, m, d] = DATE.exec(date) ?? []
  const total = Number(y) * 12 + (Number(m) - 1) - months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(Number(d), lastDay)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
