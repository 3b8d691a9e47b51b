import { EmployerJobViewSchema, ScreeningResultSchema } from '@/shared/contracts'
import { buildEmployerJob } from '../../../../test/jest/employer-fixtures'
import { taroTest } from '../../../../test/jest/taro'
import { clearDraft, loadDraft, saveDraft } from '../api/draft-storage'
import {
  defaultForm,
  districtOfAddress,
  fenToYuan,
  formFromJob,
  notesFromRejection,
  rejectionsByField,
  screeningNotes,
  tradeOptions,
  validateField,
  validateForm,
  withChange,
  withMapPlace,
  withStation,
  yuanToFen,
  type PostForm,
} from '../model/post-form'
import { dateText, endTimeText, problemSummary } from '../model/wording'

const TODAY = '2026-11-23'

/** A form a verified employer could publish as it is. */
export function filledForm(overrides: Partial<PostForm> = {}): PostForm {
  return {
    ...defaultForm(TODAY),
    title: '商场夜间保洁',
    category: 'cleaning',
    headcount: 3,
    duties: '商场一楼到三楼地面清扫、垃圾清运',
    requirements: '能上夜班',
    conditions: '提供工服，管夜宵',
    stationId: null,
    address: '长治市潞州区英雄南路 186 号',
    district: '潞州区',
    location: { lat: 36.1868, lng: 113.1152 },
    payYuan: '180',
    ...overrides,
  }
}

describe('a new post', () => {
  it('starts tomorrow, 08:00–17:00, one worker paid by the day and settled the same day, first come first hired', () => {
    expect(defaultForm(TODAY)).toEqual({
      title: '',
      category: null,
      headcount: 1,
      duties: '',
      requirements: '',
      conditions: '',
      stationId: null,
      address: '',
      district: '',
      location: null,
      payYuan: '',
      payUnit: 'day',
      settlement: 'daily',
      employmentType: 'gig',
      workDateStart: '2026-11-24',
      workDateEnd: '2026-11-24',
      validUntil: '2026-11-24',
      workStartTime: '08:00',
      workEndTime: '17:00',
      workHours: '',
      meetingPoint: '',
      hiringMode: 'first_come',
      welcomesOlder: false,
    })
  })

  it("crosses months and years when it adds the day", () => {
    expect(defaultForm('2026-12-31').workDateStart).toBe('2027-01-01')
  })
})

describe('checked with the contract schema', () => {
  it('names every field left empty with its own Chinese message', () => {
    const check = validateForm(defaultForm(TODAY))
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({
      title: '请填写岗位名称',
      category: '请选择工种',
      duties: '请填写工作内容',
      requirements: '请填写任职要求',
      conditions: '请填写工作条件',
      address: '请填写工作地址',
      district: '请填写所在区县',
      location: '请在地图上选择工作地点',
      pay: '请填写工资',
    })
    expect(problemSummary(check.errors)).toBe('还有 9 项需要修改：岗位名称、工种、工作内容、任职要求、工作条件、工资、工作地点、工作地址、所在区县')
  })

  it('gives the body the API takes: pay in fen, text trimmed, empty hours and meeting point sent as empty', () => {
    const check = validateForm(filledForm({ title: '  商场夜间保洁 ', payYuan: '22.5', payUnit: 'hour' }))
    expect(check).toEqual({
      ok: true,
      body: expect.objectContaining({ title: '商场夜间保洁', pay: { amountFen: 2250, unit: 'hour' }, workHours: '', meetingPoint: '', stationId: null }),
    })
  })

  it('says how to write pay typed as something other than money', () => {
    for (const typed of ['18o', '22.555', '-5']) {
      expect(validateField(filledForm({ payYuan: typed }), 'pay')).toBe('工资请填数字，如 180 或 22.5（最多两位小数）')
    }
    expect(validateField(filledForm({ payYuan: '0' }), 'pay')).toBe('工资应大于 0')
    expect(validateField(filledForm({ payYuan: '180' }), 'pay')).toBeUndefined()
  })

  it('puts the checks across fields on the field to change', () => {
    expect(validateField(filledForm({ workDateStart: '2026-11-26', workDateEnd: '2026-11-25', validUntil: '2026-11-25' }), 'workDateEnd')).toBe(
      '完工日期不能早于开工日期',
    )
    expect(validateField(filledForm({ validUntil: '2026-11-30' }), 'validUntil')).toBe('招聘截止日期不能晚于最后一个工作日')
    expect(validateField(filledForm({ title: '工' }), 'title')).toBe('岗位名称至少 2 个字')
    expect(validateField(filledForm(), 'title')).toBeUndefined()
  })
})

describe('money as typed', () => {
  it.each([
    ['180', 18000],
    ['22.5', 2250],
    ['22.05', 2205],
    [' 1,200 ', 120000],
    ['0.01', 1],
  ])('%s yuan is %i fen', (typed, fen) => {
    expect(yuanToFen(typed)).toBe(fen)
  })

  it.each(['', 'abc', '22.555', '1e3', '-1'])('%j is not a sum', (typed) => {
    expect(yuanToFen(typed)).toBeNull()
  })

  it('shows fen back as the yuan a person would write', () => {
    expect([18000, 2250, 2205, 1].map(fenToYuan)).toEqual(['180', '22.5', '22.05', '0.01'])
  })
})

describe('changes that keep the dates consistent', () => {
  it('carries the end and the validity along when the start moves past them', () => {
    const form = withChange(filledForm(), { workDateStart: '2026-11-28' })
    expect([form.workDateStart, form.workDateEnd, form.validUntil]).toEqual(['2026-11-28', '2026-11-28', '2026-11-24'])
  })

  it('brings the validity back to the last work day when the end moves before it', () => {
    const form = withChange(filledForm({ workDateEnd: '2026-11-30', validUntil: '2026-11-29' }), { workDateEnd: '2026-11-26' })
    expect(form.validUntil).toBe('2026-11-26')
  })

  it('leaves a start moved earlier alone', () => {
    const form = withChange(filledForm({ workDateStart: '2026-11-26', workDateEnd: '2026-11-27', validUntil: '2026-11-25' }), { workDateStart: '2026-11-24' })
    expect([form.workDateStart, form.workDateEnd, form.validUntil]).toEqual(['2026-11-24', '2026-11-27', '2026-11-25'])
  })
})

describe('the place', () => {
  const station = { id: '0b9a8a3e-7d53-4b5f-9f8e-6a1c2d3e4f50', address: '长治市上党区韩店镇府前街 58 号', district: '上党区', location: { lat: 36.1083, lng: 113.0506 } }

  it("takes a station's address, district and map point", () => {
    const form = withStation(filledForm(), station)
    expect([form.stationId, form.address, form.district, form.location]).toEqual([station.id, station.address, '上党区', { lat: 36.1083, lng: 113.0506 }])
  })

  it('keeps the place when the station is taken away', () => {
    const form = withStation(withStation(filledForm(), station), null)
    expect([form.stationId, form.address, form.district]).toEqual([null, station.address, '上党区'])
  })

  it('takes a place picked on the map with its district', () => {
    const form = withMapPlace(filledForm(), { lat: 36.2, lng: 113.13, name: '太行东街菜市场', address: '山西省长治市潞城区太行东街 88 号' })
    expect([form.location, form.address, form.district]).toEqual([{ lat: 36.2, lng: 113.13 }, '山西省长治市潞城区太行东街 88 号太行东街菜市场', '潞城区'])
  })

  it('reads the district out of an address, or nothing', () => {
    expect(districtOfAddress('山西省长治市沁县定昌镇西大街 23 号')).toBe('沁县')
    expect(districtOfAddress('长治市潞州区英雄南路')).toBe('潞州区')
    expect(districtOfAddress('英雄南路 186 号')).toBeNull()
  })
})

describe('an existing post in the form', () => {
  // Shown until the last work day (the shared fixture's date is past it, which the contract now refuses).
  const view = (overrides: Record<string, unknown> = {}) => EmployerJobViewSchema.parse({ ...buildEmployerJob().job, validUntil: '2026-11-26', ...overrides })

  it('fills every field, pay back in yuan', () => {
    const job = view({ pay: { amountFen: 2250, unit: 'hour' }, meetingPoint: '东门', welcomesOlder: true })
    const form = formFromJob(job)
    expect(form).toEqual(
      expect.objectContaining({ title: job.title, category: job.category, payYuan: '22.5', payUnit: 'hour', meetingPoint: '东门', welcomesOlder: true, location: job.location }),
    )
    expect(validateForm(form).ok).toBe(true)
  })

  it("leaves the server's own words for the hours out, so that changing a time changes them", () => {
    expect(formFromJob(view({ workStartTime: '20:00', workEndTime: '06:00', workHours: '20:00–次日 06:00' })).workHours).toBe('')
    expect(formFromJob(view({ workStartTime: '08:00', workEndTime: '17:00', workHours: '08:00–17:00（午休 1 小时）' })).workHours).toBe('08:00–17:00（午休 1 小时）')
  })
})

describe('screening shown on the form', () => {
  const result = ScreeningResultSchema.parse({
    verdict: 'reject',
    reasons: [
      { code: 'deposit', verdict: 'reject', message: '不得向求职者收取押金', field: 'duties', law: '劳动合同法第九条' },
      { code: 'gender', verdict: 'reject', message: '不得限定性别', field: 'requirements', law: '就业促进法第二十七条' },
      { code: 'low_pay', verdict: 'reject', message: '低于本市最低工资', field: 'pay', law: '最低工资规定第十二条' },
      { code: 'reported', verdict: 'review', message: '单位有未处理的举报', field: 'employer', law: null },
    ],
  })

  it('points each reason at its field; reasons about the employer at the whole form', () => {
    expect(screeningNotes(result).map((n) => [n.code, n.field, n.law])).toEqual([
      ['deposit', 'duties', '劳动合同法第九条'],
      ['gender', 'requirements', '就业促进法第二十七条'],
      ['low_pay', 'pay', '最低工资规定第十二条'],
      ['reported', 'form', null],
    ])
  })

  it('marks the refused fields only', () => {
    expect(rejectionsByField(screeningNotes(result))).toEqual({ duties: '不得向求职者收取押金', requirements: '不得限定性别', pay: '低于本市最低工资' })
  })

  it("reads a 422's fields as the same reasons, the law split off", () => {
    const notes = notesFromRejection({
      duties: '不得向求职者收取押金（依据：劳动合同法第九条）；不得要求垫付（依据：刑法第二百八十七条之一）',
      _: '单位已被暂停发布',
    })
    expect(notes.map((n) => [n.field, n.message, n.law])).toEqual([
      ['duties', '不得向求职者收取押金', '劳动合同法第九条'],
      ['duties', '不得要求垫付', '刑法第二百八十七条之一'],
      ['form', '单位已被暂停发布', null],
    ])
  })
})

describe('trades to choose from', () => {
  it("lists the shared list's live trades in order, without retired ones or ids the contract does not take", () => {
    const trades = [
      { id: 'loading', name: '装卸搬运', aliases: ['力工'], retired: false, sortOrder: 2 },
      { id: 'cleaning', name: '保洁', aliases: [], retired: false, sortOrder: 1 },
      { id: 'promotion', name: '促销', aliases: [], retired: true, sortOrder: 3 },
      { id: 'drone_pilot', name: '无人机', aliases: [], retired: false, sortOrder: 0 },
    ]
    expect(tradeOptions(trades).map((t) => t.id)).toEqual(['cleaning', 'loading'])
  })

  it('falls back to the built-in list while the shared one is not there', () => {
    expect(tradeOptions(undefined)).toHaveLength(14)
    expect(tradeOptions(undefined)[0]).toEqual({ id: 'loading', name: '装卸搬运', aliases: [] })
  })
})

describe('the copy kept on the phone', () => {
  it('is kept per post and given back as typed', () => {
    const typed = filledForm({ title: '还没写完的岗' })
    saveDraft('new', typed, 1000)
    saveDraft('0b9a8a3e-7d53-4b5f-9f8e-6a1c2d3e4f50', filledForm({ title: '另一个' }), 2000)
    expect(loadDraft('new')).toEqual({ form: typed, savedAt: 1000 })
    expect(loadDraft('0b9a8a3e-7d53-4b5f-9f8e-6a1c2d3e4f50')?.form.title).toBe('另一个')
    clearDraft('new')
    expect(loadDraft('new')).toBeNull()
    expect(loadDraft('0b9a8a3e-7d53-4b5f-9f8e-6a1c2d3e4f50')).not.toBeNull()
  })

  it('drops what is not a form (an older app, damage)', () => {
    taroTest.storage.set('yizhan.posting.draft.new', { form: { ...filledForm(), payUnit: 'week' }, savedAt: 1 })
    expect(loadDraft('new')).toBeNull()
    taroTest.storage.set('yizhan.posting.draft.new', 'garbage')
    expect(loadDraft('new')).toBeNull()
  })
})

describe('words', () => {
  it('reads dates and night-shift ends as people say them', () => {
    expect(dateText('2026-11-24')).toBe('11月24日 周二')
    expect(endTimeText('20:00', '06:00')).toBe('次日 06:00')
    expect(endTimeText('08:00', '17:00')).toBe('17:00')
  })
})
