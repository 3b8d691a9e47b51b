import { z } from 'zod/mini'
import { calendarDate } from './common'

/**
 * Eligibility as data (issue 14): the schemas of a policy's conditions, a person's facts and the
 * evaluator's verdict. The evaluator (src/shared/eligibility) takes its types from here.
 */

export const PersonGroupSchema = z.enum(
  [
    'graduate',
    'registered_unemployed',
    'hard_to_employ',
    'poverty_relief',
    'rural_migrant',
    'veteran',
    'disabled',
    'zero_employment_family',
  ],
  { error: '人群类别不对' },
)
export type EligibilityPersonGroup = z.infer<typeof PersonGroupSchema>

export const EmploymentStatusSchema = z.enum(['employed', 'unemployed', 'self_employed', 'student'], {
  error: '就业状态不对',
})
export type EligibilityEmploymentStatus = z.infer<typeof EmploymentStatusSchema>

/** A region name such as 山西省, 长治市 or 潞州区. */
export const RegionNameSchema = z.string({ error: '地区应为文字' }).check(
  z.trim(),
  z.minLength(1, { error: '请填写地区' }),
  z.maxLength(40, { error: '地区名称最多 40 个字' }),
)

const YearsSchema = z.number({ error: '年数应为数字' }).check(
  z.int({ error: '年数应为整数' }),
  z.gte(0, { error: '年数不能为负' }),
  z.lte(100, { error: '年数最多 100' }),
)
const AgeSchema = z.number({ error: '年龄应为数字' }).check(
  z.int({ error: '年龄应为整数' }),
  z.gte(0, { error: '年龄不能为负' }),
  z.lte(150, { error: '年龄最多 150' }),
)

export type EligibilityCondition =
  | { all: EligibilityCondition[] }
  | { any: EligibilityCondition[] }
  | { not: EligibilityCondition }
  /** Whole years on the evaluation date, inclusive at both ends. */
  | { age: { min?: number; max?: number } }
  | { group: EligibilityPersonGroup }
  /** 高校毕业生 whose graduation year ≥ this year − N (N = 0: this year's graduates). */
  | { graduatedWithinYears: number }
  /** 户籍 in one of these regions (equal, or inside: 潞州区 is inside 长治市, which is inside 山西省). */
  | { householdRegion: string[] }
  /** 常住地 in one of these regions, likewise. */
  | { residenceRegion: string[] }
  | { employment: EligibilityEmploymentStatus[] }
  /** Started a business (the date on the 营业执照) within the last N months. */
  | { businessStartedWithinMonths: number }
  | { enrolledInCourse: boolean }

/** A policy's conditions: leaves combined with all / any / not. Each object has exactly one key. */
export const ConditionSchema: z.ZodMiniType<EligibilityCondition> = z.union([
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1, { error: '“全部满足”至少要有一个条件' }))
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1, { error: '“满足其一”至少要有一个条件' }))
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema
    },
  }),
  z.strictObject({
    age: z
      .strictObject({ min: z.optional(AgeSchema), max: z.optional(AgeSchema) })
      .check(
        z.refine((a) => a.min !== undefined || a.max !== undefined, { error: '年龄条件至少要有上限或下限' }),
        z.refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, {
          error: '年龄下限不能大于上限',
        }),
      ),
  }),
  z.strictObject({ group: PersonGroupSchema }),
  z.strictObject({ graduatedWithinYears: YearsSchema }),
  z.strictObject({ householdRegion: z.array(RegionNameSchema).check(z.minLength(1, { error: '请至少填写一个户籍地区' })) }),
  z.strictObject({ residenceRegion: z.array(RegionNameSchema).check(z.minLength(1, { error: '请至少填写一个常住地区' })) }),
  z.strictObject({ employment: z.array(EmploymentStatusSchema).check(z.minLength(1, { error: '请至少选一种就业状态' })) }),
  z.strictObject({
    businessStartedWithinMonths: z.number({ error: '月数应为数字' }).check(
      z.int({ error: '月数应为整数' }),
      z.gte(0, { error: '月数不能为负' }),
      z.lte(1200, { error: '月数太大' }),
    ),
  }),
  z.strictObject({ enrolledInCourse: z.boolean({ error: '是否在参加培训应为是或否' }) }),
])

/** What a person has told us; every fact optional (absent = not answered). */
export const PersonFactsSchema = z.object({
  birthDate: z.optional(calendarDate('出生日期')),
  /** 18-character GB 11643 number; the checksum is checked where it is stored (src/shared/lib/id-number). */
  idNumber: z.optional(
    z.string({ error: '身份证号应为文字' }).check(z.trim(), z.regex(/^\d{17}[\dXx]$/, { error: '身份证号应为 18 位' })),
  ),
  groups: z.optional(z.partialRecord(PersonGroupSchema, z.boolean({ error: '人群类别的回答应为是或否' }))),
  graduationYear: z.optional(
    z.number({ error: '毕业年份应为数字' }).check(
      z.int({ error: '毕业年份应为整数' }),
      z.gte(1950, { error: '毕业年份不对' }),
      z.lte(2100, { error: '毕业年份不对' }),
    ),
  ),
  householdRegion: z.optional(RegionNameSchema),
  residenceRegion: z.optional(RegionNameSchema),
  employment: z.optional(EmploymentStatusSchema),
  businessStartedOn: z.optional(z.nullable(calendarDate('营业执照日期'))),
  enrolledInCourse: z.optional(z.boolean({ error: '是否在参加培训应为是或否' })),
})
export type EligibilityPersonFacts = z.infer<typeof PersonFactsSchema>

export const QuestionSchema = z.enum([
  'birthDate',
  'group.graduate',
  'group.registered_unemployed',
  'group.hard_to_employ',
  'group.poverty_relief',
  'group.rural_migrant',
  'group.veteran',
  'group.disabled',
  'group.zero_employment_family',
  'graduationYear',
  'householdRegion',
  'residenceRegion',
  'employment',
  'businessStartedOn',
  'enrolledInCourse',
])
export type EligibilityQuestion = z.infer<typeof QuestionSchema>

export const VerdictSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('eligible') }),
  z.object({ result: z.literal('maybe'), questions: z.array(QuestionSchema) }),
  z.object({ result: z.literal('ineligible'), reason: z.string() }),
])
export type EligibilityVerdict = z.infer<typeof VerdictSchema>
