import {
  applicantActions,
  closeConfirmText,
  formatRating,
  isMaskedPhone,
  jobActions,
  jobCountChips,
  jobNoteText,
  jobStatusText,
  starText,
  tabStatuses,
} from '../model/applicant'
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

  it('says who stopped a post, and how long staff take to look at one', () => {
    expect(jobStatusText({ status: 'closed', headcount: 5, placesLeft: 3, closeReason: 'taken_down' })).toBe('已被驿站下架')
    expect(jobStatusText({ status: 'closed', headcount: 5, placesLeft: 3, closeReason: 'employer' })).toBe('已停止招聘')
    expect(jobStatusText({ status: 'pending_review', headcount: 5, placesLeft: 5 })).toBe('待驿站审核 · 通常 1 个工作日内')
    expect(jobStatusText({ status: 'draft', headcount: 5, placesLeft: 5 })).toBe('草稿')
  })

  it("shows what staff said, else why a draft's last publishing was refused", () => {
    const refused = {
      verdict: 'reject' as const,
      reasons: [
        { code: 'lure', verdict: 'review' as const, message: '工资远高于同类岗位', field: 'pay' as const, law: null },
        { code: 'deposit', verdict: 'reject' as const, message: '不得收取押金', field: 'duties' as const, law: '劳动合同法第九条' },
      ],
    }
    expect(jobNoteText({ status: 'closed', staffNote: '要求交押金', screening: null })).toBe('驿站意见：要求交押金')
    expect(jobNoteText({ status: 'draft', staffNote: null, screening: refused })).toBe('上次发布没通过检查：不得收取押金')
    expect(jobNoteText({ status: 'open', staffNote: null, screening: { verdict: 'pass', reasons: [] } })).toBeNull()
  })

  it('offers what the server allows in each status', () => {
    expect(jobActions('draft')).toEqual(['edit'])
    expect(jobActions('pending_review')).toEqual(['edit', 'close', 'copy'])
    expect(jobActions('open')).toEqual(['applicants', 'checkInCode', 'edit', 'close', 'copy'])
    expect(jobActions('filled')).toEqual(['applicants', 'checkInCode', 'close', 'copy'])
    expect(jobActions('closed')).toEqual(['applicants', 'copy'])
    expect(jobActions('expired')).toEqual(['applicants', 'copy'])
  })

  it('reads each tab as the statuses it lists, 全部 unfiltered', () => {
    expect(tabStatuses('all')).toBeUndefined()
    expect(tabStatuses('live')).toEqual(['open', 'filled'])
    expect(tabStatuses('ended')).toEqual(['closed', 'expired'])
  })

  it('tells the employer before 停止招聘 who will be told', () => {
    expect(closeConfirmText({ applied: 2, hired: 3 })).toBe('停止招聘后岗位不再显示，也不能再报名。已录用的 3 人和已报名的 2 人会收到通知，报名随之取消。已签到的人照常完工。')
    expect(closeConfirmText({ applied: 0, hired: 0 })).toBe('停止招聘后岗位不再显示，也不能再报名。现在还没有人报名。已签到的人照常完工。')
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
