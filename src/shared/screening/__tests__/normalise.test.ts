import { normaliseText, parseChineseNumber } from '../normalise'

describe('normaliseText', () => {
  it.each([
    ['ＡＢＣ１２３ｑｑ', 'abc123qq'],
    ['押　金：２００元', '押金:200元'],
    ['押 金', '押金'],
    ['押-金', '押金'],
    ['押*金', '押金'],
    ['押·金_费', '押金费'],
    ['押\u200b金', '押金'],
    ['體檢費', '体检费'],
    ['無需押金', '无需押金'],
    ['VX', 'vx'],
    ['⾦', '金'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseText(text)).toBe(expected)
  })

  it('keeps clause marks, so 不收押金，服装费200元 stays two clauses', () => {
    expect(normaliseText('不收押金，服装费二百元。加班另计！')).toBe('不收押金,服装费200元.加班另计!')
  })

  it('keeps separators between digits and letters (times, ids)', () => {
    expect(normaliseText('08:00-17:00')).toBe('08:00-17:00')
    expect(normaliseText('vx: cz_jz88')).toBe('vx:cz_jz88')
  })

  it.each([
    ['押金贰佰元', '押金200元'],
    ['押金二百元', '押金200元'],
    ['押金两百五', '押金两百五'],
    ['服装费一百二十块', '服装费120块'],
    ['三年内不生育', '3年内不生育'],
    ['四十五岁以下', '45岁以下'],
    ['押一个月工资', '押1个月工资'],
    ['月薪3千元', '月薪3000元'],
    ['一起搬,万一下雨', '一起搬,万一下雨'],
    ['十分轻松', '十分轻松'],
  ])('numbers before a unit: %s → %s', (text, expected) => {
    expect(normaliseText(text)).toBe(expected)
  })
})

describe('parseChineseNumber', () => {
  it.each([
    ['二百', 200],
    ['贰佰', 200],
    ['两百五', 250],
    ['一千二', 1200],
    ['一百零五', 105],
    ['十', 10],
    ['十八', 18],
    ['四十五', 45],
    ['二〇〇', 200],
    ['一二三', 123],
    ['三千', 3000],
    ['3千', 3000],
    ['1.5万', 15000],
    ['两万三千', 23000],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value)
  })

  it('is NaN for text that is not a number', () => {
    expect(parseChineseNumber('押金')).toBeNaN()
  })
})
