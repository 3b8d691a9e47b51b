/**
 * The shapes of eligibility as data (issue 14): a policy's conditions over a person's profile, the
 * facts a person has given, and the evaluator's verdict. Pure TypeScript; the zod schemas of the same
 * shapes live in src/shared/contracts/eligibility.ts (the contract may import nothing but zod).
 */

export type PersonGroup =
  | 'graduate'
  | 'registered_unemployed'
  | 'hard_to_employ'
  | 'poverty_relief'
  | 'rural_migrant'
  | 'veteran'
  | 'disabled'
  | 'zero_employment_family'

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

export type EmploymentStatus = 'employed' | 'unemployed' | 'self_employed' | 'student'

export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = ['employed', 'unemployed', 'self_employed', 'student']

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** Whole years on the evaluation date, inclusive at both ends. */
  | { age: { min?: number; max?: number } }
  | { group: PersonGroup }
  /** 高校毕业生 whose graduation year ≥ this year − N (N = 0: this year's graduates). */
  | { graduatedWithinYears: number }
  /** 户籍 in one of these regions (equal, or inside: 潞州区 is inside 长治市, which is inside 山西省). */
  | { householdRegion: string[] }
  /** 常住地 in one of these regions, likewise. */
  | { residenceRegion: string[] }
  | { employment: EmploymentStatus[] }
  /** Started a business (the date on the 营业执照) within the last N months. */
  | { businessStartedWithinMonths: number }
  | { enrolledInCourse: boolean }

/** What a person has told us. Every fact is optional: absent means not answered. */
export interface PersonFacts {
  /** YYYY-MM-DD. */
  birthDate?: string
  /** 18-character GB 11643 number; gives the birth date when `birthDate` is absent. */
  idNumber?: string
  /** true / false per group; an absent group is unknown. */
  groups?: Partial<Record<PersonGroup, boolean>>
  graduationYear?: number
  householdRegion?: string
  residenceRegion?: string
  employment?: EmploymentStatus
  /** YYYY-MM-DD of the business licence; null = has not started a business. */
  businessStartedOn?: string | null
  enrolledInCourse?: boolean
}

export type Question =
  | 'birthDate'
  | `group.${PersonGroup}`
  | 'graduationYear'
  | 'householdRegion'
  | 'residenceRegion'
  | 'employment'
  | 'businessStartedOn'
  | 'enrolledInCourse'

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

export type Verdict =
  | { result: 'eligible' }
  /** Exactly the unanswered facts whose answers could settle it. */
  | { result: 'maybe'; questions: Question[] }
  /** Plain Chinese, naming the first failing condition that decides it: 「年龄超过 35 周岁」. */
  | { result: 'ineligible'; reason: string }
