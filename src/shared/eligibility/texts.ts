/** Plain Chinese for eligibility: the groups, the calculator's questions, and who a policy is for. */
import type { Condition, EmploymentStatus, PersonGroup, Question } from './types'

export const PersonGroupLabels: Record<PersonGroup, string> = {
  graduate: '高校毕业生',
  registered_unemployed: '登记失业人员',
  hard_to_employ: '就业困难人员',
  poverty_relief: '脱贫劳动力',
  rural_migrant: '农村转移劳动力',
  veteran: '退役军人',
  disabled: '残疾人',
  zero_employment_family: '零就业家庭成员',
}

export const EmploymentLabels: Record<EmploymentStatus, string> = {
  employed: '已就业',
  unemployed: '未就业',
  self_employed: '自主创业',
  student: '在校学生',
}

export const QuestionTexts: Record<Question, string> = {
  birthDate: '您的出生日期是？',
  'group.graduate': '您是高校毕业生吗？',
  'group.registered_unemployed': '您在人社部门办过失业登记吗？',
  'group.hard_to_employ': '您被认定为就业困难人员了吗？',
  'group.poverty_relief': '您是脱贫劳动力吗？',
  'group.rural_migrant': '您是从农村出来务工的农村转移劳动力吗？',
  'group.veteran': '您是退役军人吗？',
  'group.disabled': '您持有残疾人证吗？',
  'group.zero_employment_family': '您家是零就业家庭吗？',
  graduationYear: '您是哪一年毕业的？',
  householdRegion: '您的户籍在哪里？',
  residenceRegion: '您现在常住在哪里？',
  employment: '您现在的就业状态是？',
  businessStartedOn: '您自己创业了吗？营业执照是哪天办的？',
  enrolledInCourse: '您现在在参加职业培训吗？',
}

/** `a、b或c`. */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`
}

export function describeAge(age: { min?: number; max?: number }): string {
  const { min, max } = age
  if (min !== undefined && max !== undefined) return min === max ? `${min} 周岁` : `${min} 至 ${max} 周岁`
  if (min !== undefined) return `年满 ${min} 周岁`
  if (max !== undefined) return `不超过 ${max} 周岁`
  return '不限年龄'
}

export function describeMonths(months: number): string {
  return months > 0 && months % 12 === 0 ? `${months / 12} 年` : `${months} 个月`
}

/**
 * Who a condition is for, in plain words for a policy page:
 * 「16 至 35 周岁，（登记失业人员或就业困难人员），户籍在长治市」.
 */
export function describeCondition(condition: Condition): string {
  return describe(condition, false)
}

function describe(condition: Condition, nested: boolean): string {
  if ('all' in condition) {
    const parts = condition.all.map((c) => describe(c, true))
    if (parts.length === 1) return parts[0]!
    const text = parts.join('，')
    return nested ? `（${text}）` : text
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => describe(c, true))
    if (parts.length === 1) return parts[0]!
    const text = orList(parts)
    return nested ? `（${text}）` : text
  }
  if ('not' in condition) {
    const inner = condition.not
    if ('group' in inner) return `不是${PersonGroupLabels[inner.group]}`
    if ('enrolledInCourse' in inner) return describe({ enrolledInCourse: !inner.enrolledInCourse }, nested)
    if ('not' in inner) return describe(inner.not, nested)
    return `不属于「${describe(inner, false)}」`
  }
  if ('age' in condition) return describeAge(condition.age)
  if ('group' in condition) return PersonGroupLabels[condition.group]
  if ('graduatedWithinYears' in condition) {
    const n = condition.graduatedWithinYears
    return n === 0 ? '当年毕业的高校毕业生' : `毕业 ${n} 年内的高校毕业生`
  }
  if ('householdRegion' in condition) return `户籍在${orList(condition.householdRegion)}`
  if ('residenceRegion' in condition) return `常住地在${orList(condition.residenceRegion)}`
  if ('employment' in condition) return `目前${orList(condition.employment.map((e) => EmploymentLabels[e]))}`
  if ('businessStartedWithinMonths' in condition) {
    return `近 ${describeMonths(condition.businessStartedWithinMonths)}内领取营业执照创业`
  }
  return condition.enrolledInCourse ? '正在参加职业培训' : '没有在参加职业培训'
}
