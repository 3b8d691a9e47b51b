import { checkReport, cityDay, reportOutcome, reportSummary } from '../model/report'

describe('report wording', () => {
  it('reads a city date as written', () => {
    expect(cityDay('2026-01-05')).toBe('1月5日')
    expect(cityDay('2026-11-26')).toBe('11月26日')
  })

  it('an open report promises the date; a decided one gives staff’s note', () => {
    expect(reportOutcome({ status: 'open', answerBy: '2026-11-26', outcomeNote: null })).toBe('驿站会在 11月26日 前答复您')
    expect(reportOutcome({ status: 'upheld', answerBy: '2026-11-26', outcomeNote: '已下架，要求收押金' })).toBe('驿站的说明：已下架，要求收押金')
    expect(reportOutcome({ status: 'dismissed', answerBy: '2026-11-26', outcomeNote: null })).toBe('驿站已经处理')
  })

  it('says the reason and, when written, the note', () => {
    expect(reportSummary({ reason: 'discrimination', note: '' })).toBe('举报原因：性别、户籍、婚育等歧视')
    expect(reportSummary({ reason: 'fee', note: '要 200 押金' })).toBe('举报原因：收费、押金、培训贷（要 200 押金）')
  })
})

describe('report form', () => {
  it('needs a reason; the note is optional and trimmed', () => {
    expect(checkReport(null, '')).toEqual({ errors: { reason: '请选择举报原因' } })
    expect(checkReport('fake', '')).toEqual({ body: { reason: 'fake', note: '' } })
    expect(checkReport('fee', '  先交钱 ')).toEqual({ body: { reason: 'fee', note: '先交钱' } })
  })

  it('refuses a note over 500 characters with the contract’s message', () => {
    expect(checkReport('other', '字'.repeat(501))).toEqual({ errors: { note: '补充说明最多 500 个字' } })
  })
})
