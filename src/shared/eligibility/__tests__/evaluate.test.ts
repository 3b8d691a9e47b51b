import { ConditionSchema, PersonFactsSchema, VerdictSchema } from '@/shared/contracts/eligibility'
import { idNumberCheckChar } from '@/shared/lib/id-number'
import {
  type Condition,
  type PersonFacts,
  type Question,
  QUESTIONS,
  QuestionTexts,
  type Verdict,
  describeCondition,
  evaluate,
  nextQuestion,
  regionContains,
} from '..'
import { ageOn, monthsBefore } from '../evaluate'

const TODAY = '2026-06-15'

/** An ID number (Beijing 东城区 area code) for a birth date, with its right check character. */
function idFor(birth: string): string {
  const first17 = `110101${birth.replaceAll('-', '')}001`
  return first17 + idNumberCheckChar(first17)
}

const YOUTH: Condition = { age: { min: 16, max: 35 } }
const GRADUATE_2Y: Condition = { graduatedWithinYears: 2 }
/** 一次性创业补贴 as the demo city writes it. */
const STARTUP: Condition = {
  all: [
    { any: [{ graduatedWithinYears: 2 }, { group: 'registered_unemployed' }, { group: 'veteran' }] },
    { businessStartedWithinMonths: 12 },
    { residenceRegion: ['长治市'] },
  ],
}
/** 社会保险补贴 for 就业困难人员 who took a job, not for those still employed elsewhere. */
const HARD_NOT_EMPLOYED: Condition = { all: [{ group: 'hard_to_employ' }, { not: { employment: ['employed'] } }] }
/** 职业培训补贴: 16–60, in training, household in 山西省, and either unemployed or a rural migrant. */
const TRAINING: Condition = {
  all: [
    { age: { min: 16, max: 60 } },
    { enrolledInCourse: true },
    { householdRegion: ['山西省'] },
    { any: [{ employment: ['unemployed'] }, { group: 'rural_migrant' }] },
  ],
}

const eligible: Verdict = { result: 'eligible' }
const maybe = (...questions: Question[]): Verdict => ({ result: 'maybe', questions })
const no = (reason: string): Verdict => ({ result: 'ineligible', reason })

type Case = [string, Condition, PersonFacts, Verdict, string?]

const cases: Case[] = [
  // Age: whole years on the evaluation date, inclusive.
  ['35 today is still within 16–35', YOUTH, { birthDate: '1991-06-15' }, eligible],
  ['the day before the 36th birthday', YOUTH, { birthDate: '1990-06-16' }, eligible],
  ['on the 36th birthday', YOUTH, { birthDate: '1990-06-15' }, no('年龄超过 35 周岁')],
  ['on the 16th birthday', YOUTH, { birthDate: '2010-06-15' }, eligible],
  ['the day before the 16th birthday', YOUTH, { birthDate: '2010-06-16' }, no('年龄不满 16 周岁')],
  ['no birth date', YOUTH, {}, maybe('birthDate')],
  ['an unusable birth date is not an answer', YOUTH, { birthDate: '1990/06/15' }, maybe('birthDate')],
  ['age from the ID number, the day before the 36th birthday', YOUTH, { idNumber: idFor('1990-06-16') }, eligible],
  ['age from the ID number, on the 36th birthday', YOUTH, { idNumber: idFor('1990-06-15') }, no('年龄超过 35 周岁')],
  ['age from a lower-case x ID number', YOUTH, { idNumber: '11010519491231002x' }, no('年龄超过 35 周岁')],
  ['the birth date wins over the ID number', YOUTH, { birthDate: '2000-01-01', idNumber: idFor('1950-01-01') }, eligible],
  ['an ID number without a real birth date gives no age', YOUTH, { idNumber: '110101199002300010' }, maybe('birthDate')],
  ['born 29 February: not yet 18 on 28 February', { age: { min: 18 } }, { birthDate: '2008-02-29' }, no('年龄不满 18 周岁'), '2026-02-28'],
  ['born 29 February: 18 on 1 March', { age: { min: 18 } }, { birthDate: '2008-02-29' }, eligible, '2026-03-01'],

  // Graduation year: ≥ this year − N.
  ['graduated this year', GRADUATE_2Y, { groups: { graduate: true }, graduationYear: 2026 }, eligible],
  ['graduated N years ago', GRADUATE_2Y, { groups: { graduate: true }, graduationYear: 2024 }, eligible],
  ['graduated N+1 years ago', GRADUATE_2Y, { groups: { graduate: true }, graduationYear: 2023 }, no('毕业年份早于 2024 年')],
  ['N = 0 and graduated this year', { graduatedWithinYears: 0 }, { groups: { graduate: true }, graduationYear: 2026 }, eligible],
  ['N = 0 and graduated last year', { graduatedWithinYears: 0 }, { groups: { graduate: true }, graduationYear: 2025 }, no('毕业年份早于 2026 年')],
  ['not a graduate', GRADUATE_2Y, { groups: { graduate: false }, graduationYear: 2026 }, no('不是高校毕业生')],
  ['a graduate without a year', GRADUATE_2Y, { groups: { graduate: true } }, maybe('graduationYear')],
  ['nothing answered', GRADUATE_2Y, {}, maybe('group.graduate', 'graduationYear')],
  ['a recent year, graduate not answered', GRADUATE_2Y, { graduationYear: 2025 }, maybe('group.graduate')],
  ['an old year settles it without asking whether a graduate', GRADUATE_2Y, { graduationYear: 2015 }, no('毕业年份早于 2024 年')],

  // Groups.
  ['in the group', { group: 'veteran' }, { groups: { veteran: true } }, eligible],
  ['not in the group', { group: 'registered_unemployed' }, { groups: { registered_unemployed: false } }, no('不是登记失业人员')],
  ['another group answered says nothing about this one', { group: 'disabled' }, { groups: { veteran: true } }, maybe('group.disabled')],

  // Regions: equal or inside.
  ['潞州区 is inside 长治市', { householdRegion: ['长治市'] }, { householdRegion: '潞州区' }, eligible],
  ['潞州区 is inside 山西省', { householdRegion: ['山西省'] }, { householdRegion: '潞州区' }, eligible],
  ['长治市 is inside 山西省', { residenceRegion: ['山西省'] }, { residenceRegion: '长治市' }, eligible],
  ['the same region', { householdRegion: ['长治市'] }, { householdRegion: '长治市' }, eligible],
  ['太原市 is not inside 长治市', { householdRegion: ['长治市'] }, { householdRegion: '太原市' }, no('户籍不在长治市')],
  ['小店区 (太原) is not inside 长治市', { householdRegion: ['长治市'] }, { householdRegion: '小店区' }, no('户籍不在长治市')],
  ['a whole address resolves to its district', { householdRegion: ['长治市'] }, { householdRegion: '山西省长治市潞州区' }, eligible],
  ['a province does not lie inside one of its cities', { householdRegion: ['长治市'] }, { householdRegion: '山西省' }, no('户籍不在长治市')],
  ['one of several regions', { residenceRegion: ['长治市', '晋城市'] }, { residenceRegion: '晋城市' }, eligible],
  ['none of several regions', { residenceRegion: ['长治市', '晋城市'] }, { residenceRegion: '北京市' }, no('常住地不在长治市或晋城市')],
  ['a region outside the table matches itself', { residenceRegion: ['北京市'] }, { residenceRegion: '北京市' }, eligible],
  ['residence not answered, household answered', { residenceRegion: ['长治市'] }, { householdRegion: '潞州区' }, maybe('residenceRegion')],

  // Employment.
  ['an allowed status', { employment: ['unemployed', 'self_employed'] }, { employment: 'self_employed' }, eligible],
  ['another status', { employment: ['unemployed', 'self_employed'] }, { employment: 'employed' }, no('目前已就业，不是未就业或自主创业')],
  ['status not answered', { employment: ['unemployed'] }, {}, maybe('employment')],

  // Business started within N months (the licence date).
  ['has not started a business', { businessStartedWithinMonths: 36 }, { businessStartedOn: null }, no('尚未创业')],
  ['started exactly 36 months ago', { businessStartedWithinMonths: 36 }, { businessStartedOn: '2023-06-15' }, eligible],
  ['started 36 months and a day ago', { businessStartedWithinMonths: 36 }, { businessStartedOn: '2023-06-14' }, no('创业已超过 3 年')],
  ['started 7 months and a day ago', { businessStartedWithinMonths: 7 }, { businessStartedOn: '2025-11-14' }, no('创业已超过 7 个月')],
  ['a licence dated after today', { businessStartedWithinMonths: 12 }, { businessStartedOn: '2026-06-16' }, no('营业执照日期晚于今天')],
  ['not answered', { businessStartedWithinMonths: 12 }, {}, maybe('businessStartedOn')],
  ['a month back from 31 March ends on 28 February', { businessStartedWithinMonths: 1 }, { businessStartedOn: '2026-02-28' }, eligible, '2026-03-31'],
  ['and the day before that is too early', { businessStartedWithinMonths: 1 }, { businessStartedOn: '2026-02-27' }, no('创业已超过 1 个月'), '2026-03-31'],

  // In a course.
  ['in a course', { enrolledInCourse: true }, { enrolledInCourse: true }, eligible],
  ['not in a course', { enrolledInCourse: true }, { enrolledInCourse: false }, no('没有在参加培训')],
  ['must not be in a course', { enrolledInCourse: false }, { enrolledInCourse: true }, no('正在参加培训')],
  ['course not answered', { enrolledInCourse: true }, {}, maybe('enrolledInCourse')],

  // all / any / not, nested.
  [
    'a new visitor is asked exactly what the startup subsidy needs, in a stable order',
    STARTUP,
    {},
    maybe('group.graduate', 'group.registered_unemployed', 'group.veteran', 'graduationYear', 'residenceRegion', 'businessStartedOn'),
  ],
  ['a veteran settles the any: its other groups are no longer asked', STARTUP, { groups: { veteran: true } }, maybe('residenceRegion', 'businessStartedOn')],
  ['no business settles the all, whatever else is open', STARTUP, { businessStartedOn: null }, no('尚未创业')],
  ['the first failing part names the reason', STARTUP, { residenceRegion: '太原市', businessStartedOn: null }, no('尚未创业')],
  [
    'every branch of the any failing names each',
    STARTUP,
    { groups: { graduate: false, registered_unemployed: false, veteran: false } },
    no('不是高校毕业生；不是登记失业人员；不是退役军人'),
  ],
  [
    'a recent graduate who started a business in 潞州区',
    STARTUP,
    { groups: { graduate: true }, graduationYear: 2025, businessStartedOn: '2026-01-10', residenceRegion: '潞州区' },
    eligible,
  ],
  [
    'one branch false and one open: only the open branch is asked',
    STARTUP,
    { groups: { graduate: false, veteran: false }, businessStartedOn: '2026-01-10', residenceRegion: '长治市' },
    maybe('group.registered_unemployed'),
  ],
  ['not: the excluded status fails with what the person is', HARD_NOT_EMPLOYED, { groups: { hard_to_employ: true }, employment: 'employed' }, no('目前已就业')],
  ['not: another status passes', HARD_NOT_EMPLOYED, { groups: { hard_to_employ: true }, employment: 'unemployed' }, eligible],
  ['not: unknown stays unknown', HARD_NOT_EMPLOYED, { groups: { hard_to_employ: true } }, maybe('employment')],
  ['not not is the condition itself', { not: { not: { group: 'disabled' } } }, { groups: { disabled: false } }, no('不是残疾人')],
  ['not of a group', { not: { group: 'veteran' } }, { groups: { veteran: true } }, no('是退役军人')],
  [
    'training: a rural migrant in a course, aged from the ID number',
    TRAINING,
    { idNumber: idFor('1980-03-02'), enrolledInCourse: true, householdRegion: '武乡县', employment: 'employed', groups: { rural_migrant: true } },
    eligible,
  ],
  [
    'training: unemployed answered, so the group is not asked',
    TRAINING,
    { employment: 'unemployed' },
    maybe('birthDate', 'householdRegion', 'enrolledInCourse'),
  ],
  [
    'training: employed, so whether a rural migrant now matters',
    TRAINING,
    { birthDate: '1980-03-02', enrolledInCourse: true, householdRegion: '长治市', employment: 'employed' },
    maybe('group.rural_migrant'),
  ],
  ['training: 61 today on the ID number', TRAINING, { idNumber: idFor('1965-06-15') }, no('年龄超过 60 周岁')],
  ['a question shared by two parts is asked once', { all: [{ age: { min: 16 } }, { any: [{ age: { max: 35 } }, { group: 'veteran' }] }] }, {}, maybe('birthDate', 'group.veteran')],
]

describe('evaluate', () => {
  test('there are at least 40 person × condition cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  test.each(cases)('%s', (_name, condition, person, verdict, today = TODAY) => {
    expect(evaluate(condition, person, today)).toEqual(verdict)
    // Every condition in the table is one the contract accepts, and every verdict one it describes.
    expect(ConditionSchema.safeParse(condition).success).toBe(true)
    expect(VerdictSchema.safeParse(verdict).success).toBe(true)
  })
})

describe('ages and months', () => {
  test('a year is complete on the birthday', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35)
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
  })

  test('months back clamp the day to the end of the month and cross years', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28')
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29')
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15')
    expect(monthsBefore('2026-06-15', 36)).toBe('2023-06-15')
    expect(monthsBefore('2026-06-15', 0)).toBe('2026-06-15')
  })
})

describe('regions', () => {
  test('containment walks up the table', () => {
    expect(regionContains('长治市', '潞州区')).toBe(true)
    expect(regionContains('山西省', '潞州区')).toBe(true)
    expect(regionContains('山西省', '小店区')).toBe(true)
    expect(regionContains('长治市', '太原市')).toBe(false)
    expect(regionContains('潞州区', '长治市')).toBe(false)
    expect(regionContains('沁县', '沁源县')).toBe(false)
  })
})

describe('nextQuestion', () => {
  const inChangzhi: Condition = { householdRegion: ['长治市'] }

  test('asks what the most open policies wait on', () => {
    const policies: Condition[] = [
      YOUTH,
      { all: [inChangzhi, { group: 'veteran' }] },
      { all: [inChangzhi, { enrolledInCourse: true }] },
      { all: [inChangzhi, YOUTH, { employment: ['unemployed'] }] },
    ]
    // birthDate: 2 policies; householdRegion: 3.
    expect(nextQuestion(policies, {}, TODAY)).toBe('householdRegion')
    // Once answered, 长治市 leaves three policies waiting on one question each, and YOUTH is settled.
    expect(nextQuestion(policies, { householdRegion: '潞州区', birthDate: '1990-01-01' }, TODAY)).toBe('group.veteran')
  })

  test('does not count policies already decided', () => {
    const policies: Condition[] = [
      { all: [{ businessStartedWithinMonths: 12 }, { group: 'veteran' }] },
      { all: [{ businessStartedWithinMonths: 12 }, { group: 'disabled' }] },
      { group: 'disabled' },
    ]
    expect(nextQuestion(policies, {}, TODAY)).toBe('group.disabled')
    // Without a business the first two are ineligible: only 残疾人 is left open.
    expect(nextQuestion(policies, { businessStartedOn: null }, TODAY)).toBe('group.disabled')
    expect(nextQuestion(policies.slice(0, 2), { businessStartedOn: null }, TODAY)).toBeNull()
  })

  test('breaks ties by the order of the questions', () => {
    expect(nextQuestion([{ employment: ['unemployed'] }, { group: 'veteran' }], {}, TODAY)).toBe('group.veteran')
  })

  test('is null when everything is settled or there is nothing to ask', () => {
    expect(nextQuestion([YOUTH], { birthDate: '2000-01-01' }, TODAY)).toBeNull()
    expect(nextQuestion([], {}, TODAY)).toBeNull()
  })

  test('answering the calculator one question at a time settles every policy', () => {
    const policies = [STARTUP, HARD_NOT_EMPLOYED, TRAINING, YOUTH, GRADUATE_2Y]
    const answers: PersonFacts = {
      birthDate: '2001-09-01',
      groups: { graduate: true, registered_unemployed: false, veteran: false, hard_to_employ: false, rural_migrant: false },
      graduationYear: 2025,
      householdRegion: '潞州区',
      residenceRegion: '长治市',
      employment: 'self_employed',
      businessStartedOn: '2026-03-01',
      enrolledInCourse: false,
    }
    const person: PersonFacts = {}
    const asked: Question[] = []
    for (let q = nextQuestion(policies, person, TODAY); q !== null; q = nextQuestion(policies, person, TODAY)) {
      expect(asked).not.toContain(q)
      asked.push(q)
      if (q.startsWith('group.')) {
        const group = q.slice(6) as keyof NonNullable<PersonFacts['groups']>
        person.groups = { ...person.groups, [group]: answers.groups![group] }
      } else {
        Object.assign(person, { [q]: answers[q as keyof PersonFacts] })
      }
    }
    expect(policies.map((p) => evaluate(p, person, TODAY).result)).toEqual([
      'eligible',
      'ineligible',
      'ineligible',
      'eligible',
      'eligible',
    ])
    // Fewer questions than facts: the ones that stopped mattering were never asked.
    expect(asked.length).toBeLessThan(QUESTIONS.length)
  })
})

describe('texts', () => {
  test('every question has plain Chinese', () => {
    for (const q of QUESTIONS) expect(QuestionTexts[q]).toMatch(/？$/)
    expect(QuestionTexts.graduationYear).toBe('您是哪一年毕业的？')
  })

  test.each<[Condition, string]>([
    [YOUTH, '16 至 35 周岁'],
    [{ age: { max: 35 } }, '不超过 35 周岁'],
    [{ age: { min: 18 } }, '年满 18 周岁'],
    [{ graduatedWithinYears: 0 }, '当年毕业的高校毕业生'],
    [GRADUATE_2Y, '毕业 2 年内的高校毕业生'],
    [{ householdRegion: ['长治市', '晋城市'] }, '户籍在长治市或晋城市'],
    [{ residenceRegion: ['长治市'] }, '常住地在长治市'],
    [{ employment: ['unemployed', 'self_employed'] }, '目前未就业或自主创业'],
    [{ businessStartedWithinMonths: 36 }, '近 3 年内领取营业执照创业'],
    [{ businessStartedWithinMonths: 6 }, '近 6 个月内领取营业执照创业'],
    [{ enrolledInCourse: true }, '正在参加职业培训'],
    [{ not: { group: 'veteran' } }, '不是退役军人'],
    [{ not: { enrolledInCourse: true } }, '没有在参加职业培训'],
    [{ not: { employment: ['employed'] } }, '不属于「目前已就业」'],
    [
      STARTUP,
      '（毕业 2 年内的高校毕业生、登记失业人员或退役军人），近 1 年内领取营业执照创业，常住地在长治市',
    ],
    [HARD_NOT_EMPLOYED, '就业困难人员，不属于「目前已就业」'],
    [{ any: [{ all: [{ group: 'registered_unemployed' }, { age: { min: 40 } }] }, { group: 'disabled' }] }, '（登记失业人员，年满 40 周岁）或残疾人'],
  ])('describes %j', (condition, text) => {
    expect(describeCondition(condition)).toBe(text)
  })
})

describe('contract schemas', () => {
  test('refuse a leaf with two keys, an empty age, a reversed age, an unknown group and an empty all', () => {
    expect(ConditionSchema.safeParse({ group: 'veteran', age: { min: 1 } }).success).toBe(false)
    expect(ConditionSchema.safeParse({ age: {} }).success).toBe(false)
    expect(ConditionSchema.safeParse({ age: { min: 40, max: 30 } }).success).toBe(false)
    expect(ConditionSchema.safeParse({ group: 'student' }).success).toBe(false)
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false)
    expect(ConditionSchema.safeParse({ not: { any: [{ group: 'nobody' }] } }).success).toBe(false)
  })

  test('person facts: null business date means none started; wrong types are refused', () => {
    expect(PersonFactsSchema.safeParse({ businessStartedOn: null, groups: { veteran: true } }).success).toBe(true)
    expect(PersonFactsSchema.safeParse({ graduationYear: '2025' }).success).toBe(false)
    expect(PersonFactsSchema.safeParse({ groups: { student: true } }).success).toBe(false)
    expect(PersonFactsSchema.safeParse({ idNumber: '1234' }).success).toBe(false)
  })
})
