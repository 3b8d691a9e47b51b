import { applicantActions, formatRating, isMaskedPhone, jobCountChips, jobStatusText, starText } from '../model/applicant'
import { periodText, refreshDelayMs } from '../model/check-in-code'

describe('what an employer can do with an applicant', () => {
  it('offers the next steps of the status, and nothing once it is settled', () => {
    expect(applicantActions({ status: 'applied', canRate: false })).toEqual(['hire', 'reject'])
    expect(applicantActions({ status: 'hired', canRate: false })).toEqual(['no_show'])
    expect(applicantActions({ status: 'checked_in', canRate: false })).toEqual(['complete'])
    expect(applicantActions({ status: 'completed', canRate: true })).toEqual(['rate'])
    expect(applicantActions({ status: 'completed', canRate: false })).toEqual([])
    for (const status of ['rejected', 'cancelled', 'no_show'] as const) expect(applicantActions({ status, canRate: false })).toEqual([])
  })

  it('tells a masked phone number from a full one', () => {
    expect(isMaskedPhone('138****1234')).toBe(true)
    expect(isMaskedPhone('13800001234')).toBe(false)
  })

  it('says a rating in words, and when there is none yet', () => {
    expect(formatRating({ average: 4.75, count: 12 })).toBe('4.8 分（12 次评价）')
    expect(formatRating({ average: null, count: 0 })).toBe('还没有评价')
    expect(starText(4)).toBe('★★★★☆')
  })

  it("puts a job's state and places left in one line", () => {
    expect(jobStatusText({ status: 'open', headcount: 5, placesLeft: 2 })).toBe('招聘中 · 招 5 人，还剩 2 个名额')
    expect(jobStatusText({ status: 'open', headcount: 5, placesLeft: 0 })).toBe('已招满')
    expect(jobStatusText({ status: 'closed', headcount: 5, placesLeft: 3 })).toBe('已结束')
  })

  it('counts 待处理, 已录用, 已签到, 已完工 in the order the work runs', () => {
    const chips = jobCountChips({ applied: 3, hired: 2, checked_in: 1, completed: 4, rejected: 9, cancelled: 9, no_show: 9 })
    expect(chips.map((chip) => `${chip.label} ${chip.count}`)).toEqual(['待处理 3', '已录用 2', '已签到 1', '已完工 4'])
  })
})

describe('when to ask for the next check-in code', () => {
  const now = Date.parse('2026-11-24T08:00:00+08:00')

  it('a few seconds before the shown one expires', () => {
    expect(refreshDelayMs('2026-11-24T08:01:00+08:00', now)).toBe(57_000)
  })

  it('soon, but not in a busy loop, when the code is already (nearly) expired', () => {
    expect(refreshDelayMs('2026-11-24T08:00:02+08:00', now)).toBe(1_000)
    expect(refreshDelayMs('2026-11-24T07:59:00+08:00', now)).toBe(1_000)
  })

  it('not before there is a code', () => {
    expect(refreshDelayMs(undefined, now)).toBe(false)
  })

  it('says how often the code changes', () => {
    expect(periodText(60)).toBe('每分钟自动更换')
    expect(periodText(120)).toBe('每 2 分钟自动更换')
    expect(periodText(30)).toBe('每 30 秒自动更换')
  })
})
