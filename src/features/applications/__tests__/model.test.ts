import { ApiError, NetworkError } from '@/shared/api/errors'
import { EmployerRatingTags } from '@/shared/contracts'
import { buildMyApplication, timelineTo } from '../../../../test/jest/application-fixtures'
import { checkInErrorView, validateCheckInCode } from '../model/check-in'
import { starWord, toggleTag, validateRating } from '../model/rating'
import { statusHint, timelineSteps } from '../model/timeline'

describe('timeline', () => {
  it('shows the four steps, those reached with their times and the rest ahead', () => {
    const steps = timelineSteps({ status: 'hired', timeline: timelineTo('hired') })
    expect(steps.map((s) => [s.label, s.state, s.at])).toEqual([
      ['已报名', 'done', '2026-11-23T09:05:00+08:00'],
      ['已录用', 'done', '2026-11-23T10:30:00+08:00'],
      ['已签到', 'ahead', null],
      ['已完工', 'ahead', null],
    ])
  })

  it('ends where the application stopped, with the reason, and drops the steps never reached', () => {
    const steps = timelineSteps({ status: 'rejected', timeline: timelineTo('rejected') })
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['已报名', 'done'],
      ['未录用', 'stopped'],
    ])
    expect(steps[1]?.reason).toBe('人已经招满了')
  })

  it('a no-show after hire keeps the hire step', () => {
    const steps = timelineSteps({ status: 'no_show', timeline: timelineTo('no_show') })
    expect(steps.map((s) => s.label)).toEqual(['已报名', '已录用', '缺席'])
  })

  it('says who cancelled', () => {
    const byWorker = buildMyApplication({ status: 'cancelled' })
    expect(statusHint(byWorker)).toBe('您已取消报名')
    const byEmployer = buildMyApplication({
      status: 'cancelled',
      timeline: [...timelineTo('hired'), { status: 'cancelled', at: '2026-11-23T20:00:00+08:00', by: 'employer', reason: '活儿取消了' }],
    })
    expect(statusHint(byEmployer)).toBe('用人单位取消了这次用工')
    const byStaff = buildMyApplication({
      status: 'cancelled',
      timeline: [...timelineTo('hired'), { status: 'cancelled', at: '2026-11-23T20:00:00+08:00', by: 'staff', reason: '要求工人先交押金' }],
    })
    expect(statusHint(byStaff)).toBe('岗位已被驿站下架，这次用工已取消')
  })
})

describe('check-in', () => {
  it('checks the digits with the contract messages', () => {
    expect(validateCheckInCode('')).toBe('签到码是 6 位数字')
    expect(validateCheckInCode('12345')).toBe('签到码是 6 位数字')
    expect(validateCheckInCode('12a456')).toBe('签到码是 6 位数字')
    expect(validateCheckInCode('123456')).toBeNull()
  })

  it('shows a refusal in the server words, a field message on the field', () => {
    expect(checkInErrorView(new ApiError(400, 'CHECK_IN_TOO_FAR', '您离岗位还有 2.3 公里，到了再签到'))).toEqual({ code: null, form: '您离岗位还有 2.3 公里，到了再签到' })
    expect(checkInErrorView(new ApiError(400, 'VALIDATION_FAILED', '请检查填写的内容', { 'body.code': '签到码是 6 位数字' }))).toEqual({ code: '签到码是 6 位数字', form: null })
    expect(checkInErrorView(new NetworkError('request:fail')).form).toBe('网络连接不上，请检查网络后重试')
  })
})

describe('rating', () => {
  it('names each star with the 好差评 levels', () => {
    expect([1, 2, 3, 4, 5].map(starWord)).toEqual(['非常不满意', '不满意', '基本满意', '满意', '非常满意'])
  })

  it('toggles tags keeping the list order', () => {
    const picked = toggleTag(toggleTag([], '态度好', EmployerRatingTags), '按时结算', EmployerRatingTags)
    expect(picked).toEqual(['按时结算', '态度好'])
    expect(toggleTag(picked, '按时结算', EmployerRatingTags)).toEqual(['态度好'])
  })

  it('asks for stars before anything is sent, trims the comment', () => {
    expect(validateRating({ stars: null, tags: [], comment: '' })).toEqual({ error: '请选择星级', body: null })
    expect(validateRating({ stars: 4, tags: ['态度好'], comment: '  不错  ' })).toEqual({ error: null, body: { stars: 4, tags: ['态度好'], comment: '不错' } })
    expect(validateRating({ stars: 5, tags: [], comment: '好'.repeat(201) }).error).toBe('评价最多 200 个字')
  })
})
