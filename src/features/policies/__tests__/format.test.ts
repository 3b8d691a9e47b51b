import { categoryLabel, formatAmount, formatPolicyDate, formatYuan } from '../model/format'

describe('policy amounts in plain words', () => {
  it.each([
    [80_000, '800 元'],
    [123_450, '1234.50 元'],
    [1, '0.01 元'],
    [0, '0 元'],
    [1_000_000, '1 万元'],
    [1_500_000, '1.5 万元'],
    [20_000_000, '20 万元'],
    [1_234_500, '12345 元'],
  ])('%i fen reads %s', (fen, words) => {
    expect(formatYuan(fen)).toBe(words)
  })

  it('a fixed sum, a range, a range from nothing, a range of one sum, a formula', () => {
    expect(formatAmount({ kind: 'fixed', fen: 500_000 })).toBe('5000 元')
    expect(formatAmount({ kind: 'range', minFen: 100_000, maxFen: 300_000 })).toBe('1000 元至 3000 元')
    expect(formatAmount({ kind: 'range', minFen: 0, maxFen: 20_000_000 })).toBe('最高 20 万元')
    expect(formatAmount({ kind: 'range', minFen: 200_000, maxFen: 200_000 })).toBe('2000 元')
    expect(formatAmount({ kind: 'formula', text: '按实际缴费额的 2/3 补贴' })).toBe('按实际缴费额的 2/3 补贴')
  })
})

describe('other policy words', () => {
  it('dates and categories', () => {
    expect(formatPolicyDate('2026-03-05')).toBe('2026年3月5日')
    expect(categoryLabel('startup_loan')).toBe('创业担保贷款')
  })
})
