/**
 * Automatic screening of a job post before it is published (issue 13): pure, no I/O, shared by the
 * server (POST /jobs/screen, publish) and the app (hints while typing). The rules are data in
 * rules.ts; this file runs them and adds the checks on pay, hours and the employer.
 */
import { normaliseText } from './normalise'
import { FEE_WORDS, GENERIC_DUTY_WORDS, MIN_DUTY_CHARS, TEXT_RULES, type TextField, type TextRule } from './rules'

export { normaliseText, parseChineseNumber } from './normalise'
export { TEXT_RULES } from './rules'

export type ScreeningVerdict = 'pass' | 'review' | 'reject'
export type ScreenedField =
  | 'title'
  | 'duties'
  | 'requirements'
  | 'conditions'
  | 'meetingPoint'
  | 'pay'
  | 'workHours'
  | 'settlement'
  | 'employer'
export interface ScreeningReason {
  /** Stable, UPPER_SNAKE: FEE_CHARGED, GENDER_RESTRICTION, BELOW_MINIMUM_WAGE … */
  code: string
  verdict: 'review' | 'reject'
  /** Plain Chinese for the employer, quoting what was found. */
  message: string
  field: ScreenedField | null
  /** The law behind the rule, e.g. 就业促进法第二十七条. */
  law: string | null
}
export interface ScreenedPost {
  title: string
  category: string
  duties: string
  requirements: string
  conditions: string
  meetingPoint: string | null
  pay: { amountFen: number; unit: 'hour' | 'day' | 'piece' }
  /** HH:MM; an end at or before the start is the next morning. */
  workStartTime: string
  workEndTime: string
  /** YYYY-MM-DD */
  workDateStart: string
  workDateEnd: string
  employmentType: 'gig' | 'part_time' | 'temporary'
  settlement: 'daily' | 'weekly' | 'on_completion'
}
export interface ScreeningContext {
  /** The city's hourly minimum wage; null when not set (then pay goes to review). */
  minHourlyWageFen: number | null
  /** The usual pay of the post's trade in the city; null skips the lure check. */
  usualHourlyPayFen: number | null
  /** Open reports against this employer's posts. */
  employerOpenReports: number
}
export interface ScreeningResult {
  verdict: ScreeningVerdict
  reasons: ScreeningReason[]
}

const FIELD_LABELS: Record<TextField, string> = {
  title: '标题',
  duties: '工作内容',
  requirements: '任职要求',
  conditions: '工作条件',
  meetingPoint: '集合地点',
}

/** Pay this many times the trade's usual hourly pay or more looks like a lure. */
const LURE_FACTOR = 3
/** 非全日制用工: at most four hours a day on average (劳动合同法第六十八条). */
const PART_TIME_MAX_MINUTES = 4 * 60

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/** Minutes of the daily shift; an end at or before the start runs past midnight (at most 24 h). */
export function shiftMinutes(post: Pick<ScreenedPost, 'workStartTime' | 'workEndTime'>): number {
  const span = minutesOf(post.workEndTime) - minutesOf(post.workStartTime)
  return span > 0 ? Math.min(span, 24 * 60) : span + 24 * 60
}

/** Pay per hour in fen for a day or hour rate given the daily shift; null for piece rates. */
export function hourlyPayFen(post: Pick<ScreenedPost, 'pay' | 'workStartTime' | 'workEndTime'>): number | null {
  if (post.pay.unit === 'hour') return post.pay.amountFen
  if (post.pay.unit === 'piece') return null
  // Rounded down, so that "below the minimum" reads the same on the exact and the rounded figure.
  return Math.floor((post.pay.amountFen * 60) / shiftMinutes(post))
}

const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.?0+$/, '')
const hours = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10)

// Negations around a hit: before it (不收, 无需, 公司承担 … then filler words such as 任何, 收取,
// other fee names) or after it (全免, 0元, 由公司承担). Filler only, so 无经验要求押金 is still a hit.
const NEGATION_BEFORE =
  '(?:不收取?|不需要?|不用|不要|不会|无需|无须|毋需|免收?|无|没有|拒绝|严禁|禁止|杜绝|绝不|决不|从不|非|不是|并非|绝非|' +
  '不搞|不做|不涉及|不|零|(?:^|[^\\d.])0|公司承担|由公司承担|公司负责|公司出|公司报销|公司支付|报销)'
const FILLER_BEFORE =
  '(?:任何|一切|各种|各类|收取|收|交纳|缴纳|交|缴|支付|付|需要|需|要|用|的|额外|向|员工|求职者|工人|师傅|您|你|大家|' +
  `其他|其它|费用|和|及|与|或|以及|、|还|也|都|再|另外|另|单独|自行|自己|个人|先|${FEE_WORDS})`
const NEGATED_BEFORE = new RegExp(`${NEGATION_BEFORE}${FILLER_BEFORE}*$`)
const FILLER_AFTER = `(?::|用|的|等|等等|一律|全部|均|都|由|为|是|统一|、|和|及|${FEE_WORDS})`
const NEGATION_AFTER =
  '(?:全免|免收?|免费|无|没有|零|0(?![\\d.])|不收|不需要?|不用|不要|全额报销|报销|' +
  '(?:公司|单位|老板|厂里|厂家|我方|雇主|用工方|平台)(?:全额)?(?:承担|负责|出|报销|支付|全包|包|提供))'
const NEGATED_AFTER = new RegExp(`^${FILLER_AFTER}*${NEGATION_AFTER}`)
/** A warning in the same clause: 凡收押金的都是骗子, 谨防刷单. */
const WARNING = /骗|谨防|警惕|小心|举报|投诉|上当|凡|如有|若有|如遇|一律拒绝/
const AMOUNT_AFTER = /^:?(\d+(?:\.\d+)?)(?:元|块)?/
const CLAUSE_END = /[,.;!?\n]/

function clauseAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from -= 1
  let to = end
  while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to += 1
  return text.slice(from, to)
}

/** Whether a hit of a negatable rule is not what it looks like (不收押金, 体检费公司报销). */
function excused(text: string, start: number, end: number): boolean {
  const amount = AMOUNT_AFTER.exec(text.slice(end))
  if (amount && Number(amount[1]) > 0) return false
  if (amount) return true
  if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true
  if (NEGATED_AFTER.test(text.slice(end, end + 24))) return true
  return WARNING.test(clauseAround(text, start, end))
}

/** The first hit of a rule in normalised text, quoted with the sum that follows it; null if none. */
export function findRuleHit(rule: TextRule, text: string): string | null {
  const allowed: Array<[number, number]> = []
  for (const allow of rule.allow ?? []) {
    for (const m of text.matchAll(new RegExp(allow.source, 'g'))) allowed.push([m.index, m.index + m[0].length])
  }
  for (const pattern of rule.patterns) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
      // Trim a clause mark the pattern matched as a boundary.
      const lead = /^[,.;!?:、]/.test(m[0]) ? 1 : 0
      const start = m.index + lead
      const end = m.index + m[0].length
      if (end === start) continue
      if (allowed.some(([a, b]) => start < b && end > a)) continue
      if (rule.negatable && excused(text, start, end)) continue
      const amount = AMOUNT_AFTER.exec(text.slice(end))
      return text.slice(start, end) + (amount ? amount[0].replace(/^:/, '') : '')
    }
  }
  return null
}

function meaningfulDutyChars(duties: string): number {
  const text = normaliseText(duties).replace(new RegExp(GENERIC_DUTY_WORDS, 'g'), '')
  return (text.match(/[\u3400-\u9fffa-z0-9]/g) ?? []).length
}

function textReasons(post: ScreenedPost): ScreeningReason[] {
  const reasons: ScreeningReason[] = []
  const fields: Array<[TextField, string]> = [
    ['title', post.title],
    ['duties', post.duties],
    ['requirements', post.requirements],
    ['conditions', post.conditions],
    ['meetingPoint', post.meetingPoint ?? ''],
  ]
  for (const [field, raw] of fields) {
    if (!raw) continue
    const text = normaliseText(raw)
    for (const rule of TEXT_RULES) {
      if (!rule.fields.includes(field)) continue
      const found = findRuleHit(rule, text)
      if (found === null) continue
      reasons.push({
        code: rule.code,
        verdict: rule.verdict,
        message: `${FIELD_LABELS[field]}里写有「${found}」：${rule.explanation}`,
        field,
        law: rule.law,
      })
    }
  }
  if (meaningfulDutyChars(post.duties) < MIN_DUTY_CHARS) {
    reasons.push({
      code: 'VAGUE_DUTIES',
      verdict: 'review',
      message: `工作内容「${post.duties.trim()}」太笼统：请写清楚具体干什么活，比如“给超市卸货、码放到货架上”。驿站工作人员会先看一下。`,
      field: 'duties',
      law: '人力资源市场暂行条例第二十四条',
    })
  }
  return reasons
}

function payReasons(post: ScreenedPost, context: ScreeningContext): ScreeningReason[] {
  const reasons: ScreeningReason[] = []
  const minutes = shiftMinutes(post)
  const hourly = hourlyPayFen(post)
  const min = context.minHourlyWageFen
  if (hourly !== null && min === null) {
    reasons.push({
      code: 'MINIMUM_WAGE_NOT_SET',
      verdict: 'review',
      message: '本市还没有设置最低小时工资，暂时无法核对工资，驿站工作人员会先看一下。',
      field: 'pay',
      law: null,
    })
  } else if (hourly !== null && min !== null && hourly < min) {
    const described =
      post.pay.unit === 'hour'
        ? `时薪${yuan(post.pay.amountFen)}元`
        : `日薪${yuan(post.pay.amountFen)}元、每天${hours(minutes)}小时，折合每小时${yuan(hourly)}元`
    reasons.push({
      code: 'BELOW_MINIMUM_WAGE',
      verdict: 'reject',
      message: `${described}，低于本市最低小时工资${yuan(min)}元，请提高工资。`,
      field: 'pay',
      law: '劳动合同法第七十二条',
    })
  }
  const usual = context.usualHourlyPayFen
  if (hourly !== null && usual !== null && usual > 0 && hourly >= usual * LURE_FACTOR) {
    reasons.push({
      code: 'PAY_LURE',
      verdict: 'review',
      message: `折合每小时${yuan(hourly)}元，是这个工种常见工资（每小时约${yuan(usual)}元）的${LURE_FACTOR}倍以上。高薪常被用来诱骗，驿站工作人员会先核实。`,
      field: 'pay',
      law: null,
    })
  }
  if (post.employmentType === 'part_time' && minutes > PART_TIME_MAX_MINUTES) {
    reasons.push({
      code: 'PART_TIME_HOURS',
      verdict: 'review',
      message: `非全日制用工每天平均不超过4小时，这份工作每天${hours(minutes)}小时：请缩短时间或改为临时工。驿站工作人员会先看一下。`,
      field: 'workHours',
      law: '劳动合同法第六十八条',
    })
  }
  return reasons
}

/** Screen a job post: reject if any reason rejects, review if any reason asks for it, else pass. */
export function screenJobPost(post: ScreenedPost, context: ScreeningContext): ScreeningResult {
  const all = [...textReasons(post), ...payReasons(post, context)]
  if (context.employerOpenReports >= 1) {
    all.push({
      code: 'EMPLOYER_REPORTED',
      verdict: 'review',
      message: `本单位的岗位还有${context.employerOpenReports}条举报没有处理完，新岗位先由驿站工作人员看过再发布。`,
      field: 'employer',
      law: null,
    })
  }
  const seen = new Set<string>()
  const reasons = all.filter((reason) => {
    const key = `${reason.code}|${reason.field ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Refusals first: they are what the employer must fix.
  reasons.sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'reject' ? -1 : 1))
  const verdict: ScreeningVerdict = reasons.some((r) => r.verdict === 'reject')
    ? 'reject'
    : reasons.length > 0
      ? 'review'
      : 'pass'
  return { verdict, reasons }
}
