import { fenToYuan, formatPay, formatValidUntil, formatWorkDates } from '../model/format'

describe('pay', () => {
  it.each([
    [20000, '200'],
    [2550, '25.5'],
    [2505, '25.05'],
    [5, '0.05'],
    [50, '0.5'],
    [100, '1'],
  ])('%i fen is ¥%s', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan)
  })

  it('reads as amount per unit', () => {
    expect(formatPay({ amountFen: 20000, unit: 'day' })).toBe('¥200/天')
    expect(formatPay({ amountFen: 2550, unit: 'hour' })).toBe('¥25.5/小时')
    expect(formatPay({ amountFen: 50, unit: 'piece' })).toBe('¥0.5/件')
  })
})

describe('dates', () => {
  it('shows one day, or a range, with the weekday', () => {
    expect(formatWorkDates({ workDateStart: '2026-11-24', workDateEnd: '2026-11-24' })).toBe('11月24日 周二')
    expect(formatWorkDates({ workDateStart: '2026-11-24', workDateEnd: '2026-11-26' })).toBe('11月24日 周二 至 11月26日 周四')
  })

  it('says until when the post is valid', () => {
    expect(formatValidUntil('2026-11-30')).toBe('2026年11月30日前有效')
  })
})
