import type { CalculatorAnswers } from '@/shared/contracts/policies'
import { EmploymentLabels, type EmploymentStatus, type PersonGroup, type Question } from '@/shared/eligibility'
import { formatPolicyDate } from './format'

/** What one question takes: a date, yes or no, a year, a region, an employment status, or 没有 (null). */
export type AnswerValue = string | number | boolean | null

/** The person group a `group.*` question asks about, or null for the other questions. */
export function groupOf(question: Question): PersonGroup | null {
  return question.startsWith('group.') ? (question.slice('group.'.length) as PersonGroup) : null
}

/** The answer given to one question, or undefined while it is unanswered. */
export function answerOf(answers: CalculatorAnswers, question: Question): AnswerValue | undefined {
  const group = groupOf(question)
  if (group) return answers.groups?.[group]
  switch (question) {
    case 'birthDate':
      return answers.birthDate
    case 'graduationYear':
      return answers.graduationYear
    case 'householdRegion':
      return answers.householdRegion
    case 'residenceRegion':
      return answers.residenceRegion
    case 'employment':
      return answers.employment
    case 'businessStartedOn':
      return answers.businessStartedOn
    default:
      return answers.enrolledInCourse
  }
}

/** The answers with one question answered (or answered anew). */
export function withAnswer(answers: CalculatorAnswers, question: Question, value: AnswerValue): CalculatorAnswers {
  const group = groupOf(question)
  if (group) return { ...answers, groups: { ...answers.groups, [group]: value === true } }
  switch (question) {
    case 'birthDate':
      return { ...answers, birthDate: String(value) }
    case 'graduationYear':
      return { ...answers, graduationYear: Number(value) }
    case 'householdRegion':
      return { ...answers, householdRegion: String(value) }
    case 'residenceRegion':
      return { ...answers, residenceRegion: String(value) }
    case 'employment':
      return { ...answers, employment: value as EmploymentStatus }
    case 'businessStartedOn':
      return { ...answers, businessStartedOn: value === null ? null : String(value) }
    default:
      return { ...answers, enrolledInCourse: value === true }
  }
}

/** An answer in words for the list of what the person said: 「是」「2024 年」「潞州区」「没有创业」. */
export function answerText(answers: CalculatorAnswers, question: Question): string | null {
  const value = answerOf(answers, question)
  if (value === undefined) return null
  if (typeof value === 'boolean') return value ? '是' : '不是'
  switch (question) {
    case 'birthDate':
      return formatPolicyDate(String(value))
    case 'graduationYear':
      return `${String(value)} 年`
    case 'employment':
      return EmploymentLabels[value as EmploymentStatus]
    case 'businessStartedOn':
      return value === null ? '没有创业' : `营业执照 ${formatPolicyDate(String(value))}办理`
    default:
      return String(value)
  }
}
