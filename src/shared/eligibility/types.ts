/**
 * The shapes of eligibility as data (issue 14): a policy's conditions over a person's profile, the
 * facts a person has given, and the evaluator's verdict. Declared once, as the contract's schemas
 * (src/shared/contracts/eligibility.ts); the evaluator takes their types, so the two cannot drift.
 */
import type {
  EligibilityCondition,
  EligibilityEmploymentStatus,
  EligibilityPersonFacts,
  EligibilityPersonGroup,
  EligibilityQuestion,
  EligibilityVerdict,
} from '../contracts/eligibility'

export type PersonGroup = EligibilityPersonGroup
export type EmploymentStatus = EligibilityEmploymentStatus
export type Condition = EligibilityCondition
/** What a person has told us. Every fact is optional: absent means not answered. */
export type PersonFacts = EligibilityPersonFacts
export type Question = EligibilityQuestion
export type Verdict = EligibilityVerdict

export const PERSON_GROUPS: readonly PersonGroup[] = [
  'graduate',
  'registered_unemployed',
  'hard_to_employ',
  'poverty_relief',
  'rural_migrant',
  'veteran',
  'disabled',
  'zero_employment_family',
]

export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = ['employed', 'unemployed', 'self_employed', 'student']

/** Every question, in the stable order `maybe` lists them. */
export const QUESTIONS: readonly Question[] = [
  'birthDate',
  ...PERSON_GROUPS.map((g) => `group.${g}` as const),
  'graduationYear',
  'householdRegion',
  'residenceRegion',
  'employment',
  'businessStartedOn',
  'enrolledInCourse',
]
