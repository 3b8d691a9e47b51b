import { hourlyPayFen, screenJobPost, shiftMinutes, type ScreenedPost, type ScreeningContext } from '../index'

const context: ScreeningContext = { minHourlyWageFen: 2130, usualHourlyPayFen: 2500, employerOpenReports: 0 }

function post(overrides: Partial<ScreenedPost> = {}): ScreenedPost {
  return {
    title: '物流园装卸工',
    category: 'loading',
    duties: '给货车装卸纸箱，码放到托盘上',
    requirements: '身体健康',
    conditions: '管午饭',
    meetingPoint: null,
    pay: { amountFen: 20000, unit: 'day' },
    workStartTime: '08:00',
    workEndTime: '16:00',
    workDateStart: '2026-12-10',
    workDateEnd: '2026-12-10',
    employmentType: 'gig',
    settlement: 'daily',
    ...overrides,
  }
}

const codes = (p: ScreenedPost, c: ScreeningContext = context) => screenJobPost(p, c).reasons.map((r) => r.code)

describe('hourlyPayFen', () => {
  it('is the amount for an hourly rate', () => {
    expect(hourlyPayFen(post({ pay: { amountFen: 2500, unit: 'hour' } }))).toBe(2500)
  })
  it('divides a day rate by an 8-hour shift', () => {
    expect(hourlyPayFen(post({ pay: { amountFen: 20000, unit: 'day' } }))).toBe(2500)
  })
  it('counts an overnight shift across midnight', () => {
    expect(shiftMinutes({ workStartTime: '20:00', workEndTime: '08:00' })).toBe(720)
    expect(hourlyPayFen(post({ pay: { amountFen: 30000, unit: 'day' }, workStartTime: '20:00', workEndTime: '08:00' }))).toBe(2500)
  })
  it('takes an end equal to the start as a 24-hour shift', () => {
    expect(shiftMinutes({ workStartTime: '08:00', workEndTime: '08:00' })).toBe(1440)
    expect(hourlyPayFen(post({ pay: { amountFen: 48000, unit: 'day' }, workStartTime: '08:00', workEndTime: '08:00' }))).toBe(2000)
  })
  it('rounds down, so a rate just under the minimum never rounds up to it', () => {
    // 17039 fen over 8 h = 2129.875 fen an hour.
    expect(hourlyPayFen(post({ pay: { amountFen: 17039, unit: 'day' } }))).toBe(2129)
  })
  it('is null for a piece rate', () => {
    expect(hourlyPayFen(post({ pay: { amountFen: 50, unit: 'piece' } }))).toBeNull()
  })
})

describe('minimum wage', () => {
  it('passes exactly the minimum per hour and refuses one fen below', () => {
    expect(screenJobPost(post({ pay: { amountFen: 2130, unit: 'hour' } }), context).verdict).toBe('pass')
    const below = screenJobPost(post({ pay: { amountFen: 2129, unit: 'hour' } }), context)
    expect(below.verdict).toBe('reject')
    expect(below.reasons).toEqual([
      {
        code: 'BELOW_MINIMUM_WAGE',
        verdict: 'reject',
        message: '时薪21.29元，低于本市最低小时工资21.3元，请提高工资。',
        field: 'pay',
        law: '劳动合同法第七十二条',
      },
    ])
  })
  it('passes exactly the minimum per day over the shift and refuses one fen below', () => {
    expect(codes(post({ pay: { amountFen: 17040, unit: 'day' } }))).toEqual([])
    expect(codes(post({ pay: { amountFen: 17039, unit: 'day' } }))).toEqual(['BELOW_MINIMUM_WAGE'])
  })
  it('judges a day rate on a night shift by its real length', () => {
    const night = { workStartTime: '22:00', workEndTime: '06:00' }
    expect(codes(post({ ...night, pay: { amountFen: 17040, unit: 'day' } }))).toEqual([])
    expect(codes(post({ ...night, pay: { amountFen: 17039, unit: 'day' } }))).toEqual(['BELOW_MINIMUM_WAGE'])
  })
  it('does not judge a piece rate on its amount', () => {
    expect(codes(post({ pay: { amountFen: 1, unit: 'piece' } }))).toEqual([])
  })
  it('sends pay to review when the city has no minimum set, except piece rates', () => {
    const unset = { ...context, minHourlyWageFen: null }
    expect(screenJobPost(post(), unset)).toMatchObject({ verdict: 'review', reasons: [{ code: 'MINIMUM_WAGE_NOT_SET', field: 'pay' }] })
    expect(codes(post({ pay: { amountFen: 50, unit: 'piece' } }), unset)).toEqual([])
  })
})

describe('pay far above the usual rate', () => {
  it('reviews from three times the usual hourly pay', () => {
    expect(codes(post({ pay: { amountFen: 7500, unit: 'hour' } }))).toEqual(['PAY_LURE'])
    expect(codes(post({ pay: { amountFen: 7499, unit: 'hour' } }))).toEqual([])
  })
  it('is skipped when the usual pay is not known, and for piece rates', () => {
    expect(codes(post({ pay: { amountFen: 100000, unit: 'hour' } }), { ...context, usualHourlyPayFen: null })).toEqual([])
    expect(codes(post({ pay: { amountFen: 100000, unit: 'piece' } }))).toEqual([])
  })
})

describe('part-time hours', () => {
  it('reviews a part-time shift longer than 4 hours', () => {
    const partTime = { employmentType: 'part_time' as const, pay: { amountFen: 2500, unit: 'hour' as const } }
    expect(codes(post({ ...partTime, workStartTime: '18:00', workEndTime: '22:00' }))).toEqual([])
    expect(screenJobPost(post({ ...partTime, workStartTime: '18:00', workEndTime: '22:01' }), context)).toMatchObject({
      verdict: 'review',
      reasons: [{ code: 'PART_TIME_HOURS', field: 'workHours', law: '劳动合同法第六十八条' }],
    })
  })
  it('leaves long gig and temporary shifts alone', () => {
    expect(codes(post({ employmentType: 'temporary', workStartTime: '08:00', workEndTime: '18:00', pay: { amountFen: 30000, unit: 'day' } }))).toEqual([])
  })
})

describe('employer with open reports', () => {
  it('reviews from one open report', () => {
    expect(codes(post(), { ...context, employerOpenReports: 0 })).toEqual([])
    expect(screenJobPost(post(), { ...context, employerOpenReports: 1 })).toMatchObject({
      verdict: 'review',
      reasons: [{ code: 'EMPLOYER_REPORTED', field: 'employer' }],
    })
  })
})

describe('text rules', () => {
  it.each([
    ['押金200元入职后退还', 'FEE_CHARGED'],
    ['押 金 贰佰元', 'FEE_CHARGED'],
    ['不收押金，但服装费200元', 'FEE_CHARGED'],
    ['无经验要求押金200', 'FEE_CHARGED'],
    ['押金200元，谨防骗子', 'FEE_CHARGED'],
    ['需自费办理健康证', 'FEE_CHARGED'],
    ['培训费用自理', 'FEE_CHARGED'],
    ['先交钱', 'FEE_CHARGED'],
    ['扣押身份证', 'ID_WITHHELD'],
    ['需租用公司电动车', 'FORCED_PURCHASE'],
    ['需自购工服', 'FORCED_PURCHASE'],
    ['培训合格包分配', 'TRAINING_LOAN'],
    ['刷单返利', 'TASK_FRAUD'],
    ['点赞兼职', 'TASK_FRAUD'],
    ['限男', 'GENDER_RESTRICTION'],
    ['男性', 'GENDER_RESTRICTION'],
    ['女士优先', 'GENDER_RESTRICTION'],
    ['只要男的', 'GENDER_RESTRICTION'],
    ['仅限女性', 'GENDER_RESTRICTION'],
    ['限汉族', 'ETHNICITY_RESTRICTION'],
    ['穆斯林勿扰', 'RELIGION_RESTRICTION'],
    ['本地人', 'REGION_RESTRICTION'],
    ['限本地户口', 'REGION_RESTRICTION'],
    ['外地人勿扰', 'REGION_RESTRICTION'],
    ['仅限山西籍', 'REGION_RESTRICTION'],
    ['未婚', 'MARRIAGE_CHILDBEARING'],
    ['已婚已育', 'MARRIAGE_CHILDBEARING'],
    ['无生育计划', 'MARRIAGE_CHILDBEARING'],
    ['三年内不生育', 'MARRIAGE_CHILDBEARING'],
    ['夫妻工优先', 'MARRIAGE_CHILDBEARING'],
    ['限45岁以下', 'AGE_LIMIT'],
    ['QQ号123456', 'PRIVATE_CONTACT'],
    ['加微信', 'PRIVATE_CONTACT'],
    ['微信号abc', 'PRIVATE_CONTACT'],
    ['vx', 'PRIVATE_CONTACT'],
    ['v信', 'PRIVATE_CONTACT'],
    ['私聊', 'PRIVATE_CONTACT'],
    ['私信我', 'PRIVATE_CONTACT'],
  ])('flags 「%s」 as %s', (text, code) => {
    expect(codes(post({ requirements: text }))).toEqual([code])
  })

  it.each([
    '包吃住',
    '提供工服',
    '免费提供工装',
    '需要健康证',
    '持健康证上岗',
    '公司承担体检费',
    '体检费由公司出',
    '不收任何费用',
    '不收押金',
    '无需押金',
    '押金全免',
    '男女不限',
    '不限男女',
    '欢迎50岁以上',
    '欢迎大龄',
    '有电工证优先',
    '会开叉车优先',
    '如有人收取押金请举报',
    '电话微信同号',
    '工资微信结算',
    '民族不限',
    '外地人欢迎',
    '婚育不限',
    '年满18周岁',
    '女装店',
    '不收押金、保证金',
    '提供夫妻房',
  ])('leaves 「%s」 alone', (text) => {
    expect(codes(post({ requirements: text }))).toEqual([])
  })

  it('quotes what it found, in the field where it was found, with the law', () => {
    expect(screenJobPost(post({ conditions: '押金200元入职后退还' }), context).reasons).toEqual([
      {
        code: 'FEE_CHARGED',
        verdict: 'reject',
        message: '工作条件里写有「押金200元」：招工不得向求职者收取押金、保证金或任何费用（服装、体检、培训、介绍等），请删去。',
        field: 'conditions',
        law: '劳动合同法第九条',
      },
    ])
  })

  it('looks at the title and meeting point too', () => {
    expect(screenJobPost(post({ title: '急招男工' }), context).reasons).toMatchObject([
      { code: 'GENDER_RESTRICTION', field: 'title' },
    ])
    expect(screenJobPost(post({ meetingPoint: '加我微信发位置' }), context).reasons).toMatchObject([
      { code: 'PRIVATE_CONTACT', field: 'meetingPoint' },
    ])
  })
})

describe('vague duties', () => {
  it('reviews duties made of generic words or too short', () => {
    expect(codes(post({ duties: '轻松高薪日结' }))).toEqual(['VAGUE_DUTIES'])
    expect(codes(post({ duties: '搬砖' }))).toEqual(['VAGUE_DUTIES'])
  })
  it('accepts a short but concrete task', () => {
    expect(codes(post({ duties: '卸货、码放纸箱' }))).toEqual([])
  })
})

describe('verdict and reasons', () => {
  it('rejects if any reason rejects, listing refusals first', () => {
    const result = screenJobPost(post({ requirements: '限45岁以下，限男' }), context)
    expect(result.verdict).toBe('reject')
    expect(result.reasons.map((r) => [r.code, r.verdict])).toEqual([
      ['GENDER_RESTRICTION', 'reject'],
      ['AGE_LIMIT', 'review'],
    ])
  })
  it('reviews if reasons only ask for review', () => {
    expect(screenJobPost(post({ requirements: '限45岁以下' }), context).verdict).toBe('review')
  })
  it('gives one reason per code and field', () => {
    const result = screenJobPost(post({ requirements: '押金200元，服装费100元', conditions: '介绍费50元' }), context)
    expect(result.reasons.map((r) => [r.code, r.field])).toEqual([
      ['FEE_CHARGED', 'requirements'],
      ['FEE_CHARGED', 'conditions'],
    ])
  })
  it('passes an honest post with no reasons', () => {
    expect(screenJobPost(post(), context)).toEqual({ verdict: 'pass', reasons: [] })
  })
})
