import { SubsidyStatuses, type SubsidyStatus } from '@/shared/contracts/subsidies'
import { ACTION_SPECS, AMOUNT_FORMAT, actionsFor, checkAction, confirmText, type ActionDraft } from '../model/staff-actions'
import { formatPaidYuan, yuanToFen } from '../model/money'
import { subsidyStatusHint, subsidySteps } from '../model/timeline'
import { buildApplication, eventsOf } from './subsidy-fixtures'

const view = (steps: ReturnType<typeof subsidySteps>) => steps.map((s) => [s.label, s.state, s.note ?? s.payment ?? (s.at ? 'at' : null)])

describe('the timeline', () => {
  test('a new application: 已提交 now, the usual road ahead greyed', () => {
    expect(view(subsidySteps(buildApplication()))).toEqual([
      ['已提交', 'current', 'at'],
      ['已受理', 'ahead', null],
      ['审核中', 'ahead', null],
      ['已通过', 'ahead', null],
      ['已发放', 'ahead', null],
    ])
  })

  test('asked for more, resubmitted, approved and paid: every step with its note, the payment in yuan', () => {
    const application = buildApplication({
      status: 'paid',
      paidAmountFen: 100_000,
      paidOn: '2026-12-20',
      events: eventsOf(
        ['submitted', null],
        ['accepted', null],
        ['reviewing', null],
        ['needs_more', '身份证反面看不清，请重拍'],
        ['submitted', null, true],
        ['reviewing', null],
        ['approved', '材料齐全'],
        ['paid', null],
      ),
    })
    expect(view(subsidySteps(application))).toEqual([
      ['已提交', 'done', 'at'],
      ['已受理', 'done', 'at'],
      ['审核中', 'done', 'at'],
      ['需补充材料', 'done', '需要补充：身份证反面看不清，请重拍'],
      ['补充材料后重新提交', 'done', 'at'],
      ['审核中', 'done', 'at'],
      ['已通过', 'done', '审核意见：材料齐全'],
      ['已发放', 'done', '发放 1,000 元（2026年12月20日）'],
    ])
    expect(subsidyStatusHint(application)).toBe('已发放 1,000 元（2026年12月20日）')
  })

  test('未通过 ends it, with the reason, and nothing ahead', () => {
    const application = buildApplication({ status: 'rejected', events: eventsOf(['submitted', null], ['accepted', null], ['reviewing', null], ['rejected', '营业执照不满一年']) })
    expect(view(subsidySteps(application)).slice(-1)).toEqual([['未通过', 'stopped', '原因：营业执照不满一年']])
  })

  test('while more is asked for, the resubmission is the next step', () => {
    const application = buildApplication({ status: 'needs_more', events: eventsOf(['submitted', null], ['needs_more', '请补充银行卡照片']) })
    expect(view(subsidySteps(application))).toEqual([
      ['已提交', 'done', 'at'],
      ['需补充材料', 'current', '需要补充：请补充银行卡照片'],
      ['补充材料后重新提交', 'ahead', null],
      ['审核中', 'ahead', null],
      ['已通过', 'ahead', null],
      ['已发放', 'ahead', null],
    ])
  })
})

describe('money', () => {
  test.each([
    [100_000, '1,000 元'],
    [123_450, '1,234.50 元'],
    [1_234_567_89, '1,234,567.89 元'],
    [5, '0.05 元'],
    [50_000, '500 元'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatPaidYuan(fen)).toBe(text)
  })

  test.each([
    ['1000', 100_000],
    ['1,000', 100_000],
    ['1000.5', 100_050],
    [' 1000.05 元', 100_005],
    ['0.01', 1],
  ])('%j yuan is %i fen', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen)
  })

  test.each(['', 'abc', '1000.001', '-5', '1e5', '一千'])('%j is not an amount', (text) => {
    expect(yuanToFen(text)).toBeNull()
  })
})

describe('staff actions', () => {
  test('only what the status allows', () => {
    expect(Object.fromEntries((Object.keys(SubsidyStatuses) as SubsidyStatus[]).map((status) => [status, actionsFor(status).map((a) => a.label)]))).toEqual({
      submitted: ['受理', '要求补充材料', '不通过'],
      accepted: ['开始审核', '要求补充材料', '不通过'],
      reviewing: ['要求补充材料', '通过', '不通过'],
      needs_more: [],
      approved: ['标记已发放'],
      rejected: [],
      paid: [],
    })
  })

  test('each confirmation button has at most 4 characters (WeChat refuses to open the dialog otherwise)', () => {
    for (const spec of Object.values(ACTION_SPECS)) expect([...spec.confirmWord].length).toBeLessThanOrEqual(4)
    expect(ACTION_SPECS.request_more.confirmWord).toBe('要求补充')
    expect(ACTION_SPECS.mark_paid.confirmWord).toBe('已发放')
  })

  const draft = (overrides: Partial<ActionDraft> = {}): ActionDraft => ({ note: '', amountYuan: '', paidOn: '', ...overrides })

  test('asking for more and rejecting need words the applicant reads', () => {
    expect(checkAction('request_more', draft())).toEqual({ errors: { note: '需要补充的材料至少 2 个字' } })
    expect(checkAction('reject', draft({ note: ' 不 ' }))).toEqual({ errors: { note: '不通过的理由至少 2 个字' } })
    expect(checkAction('reject', draft({ note: '营业执照不满一年' }))).toEqual({ body: { action: 'reject', note: '营业执照不满一年' } })
  })

  test('approving takes an optional note; accepting none', () => {
    expect(checkAction('approve', draft())).toEqual({ body: { action: 'approve' } })
    expect(checkAction('approve', draft({ note: '材料齐全' }))).toEqual({ body: { action: 'approve', note: '材料齐全' } })
    expect(checkAction('accept', draft({ note: 'ignored' }))).toEqual({ body: { action: 'accept' } })
  })

  test('marking paid: the amount in yuan becomes fen, and the date is required', () => {
    expect(checkAction('mark_paid', draft({ amountYuan: '1,000', paidOn: '2026-12-20' }))).toEqual({
      body: { action: 'mark_paid', amountFen: 100_000, paidOn: '2026-12-20' },
    })
    expect(checkAction('mark_paid', draft())).toEqual({ errors: { amount: '请填写发放金额', paidOn: '请选择发放日期' } })
    expect(checkAction('mark_paid', draft({ amountYuan: '一千', paidOn: '2026-12-20' }))).toEqual({ errors: { amount: AMOUNT_FORMAT } })
    expect(checkAction('mark_paid', draft({ amountYuan: '0', paidOn: '2026-12-20' }))).toEqual({ errors: { amount: '发放金额应大于 0' } })
  })

  test('the confirmation says what will happen, the payment in yuan', () => {
    expect(confirmText({ action: 'mark_paid', amountFen: 100_000, paidOn: '2026-12-20' })).toBe('确定已于 2026年12月20日向申请人发放 1,000 元吗？')
    expect(confirmText({ action: 'reject', note: '不符合' })).toContain('申请人会看到您写的理由')
  })
})
