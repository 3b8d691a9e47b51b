import { RegisterEnterpriseBodySchema } from '@/shared/contracts/employers'
import { checkCreditCode, creditCodeCheckSymbol, isCreditCodeValid, isCreditCodeWellFormed, normaliseCreditCode } from '../uscc'

// A real registered code (its check symbol is printed on the licence), and ones whose check symbol
// was worked out by hand from GB 32100's weights (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28).
const REAL = '91350100M000100Y43'
const COMPUTED = ['91310000MA1FL0000N', '92140403MA0K00000U', '12100000400000000W', '111111111111111115']

describe('GB 32100 check', () => {
  test.each([REAL, ...COMPUTED])('%s is valid', (code) => {
    expect(isCreditCodeValid(code)).toBe(true)
  })

  test('the check symbol follows the weights, and a remainder of 0 gives 0, not the 31st symbol', () => {
    // 17 ones: the weights sum to 305 = 9·31 + 26, so the check value is 31 − 26 = 5.
    expect(creditCodeCheckSymbol('11111111111111111')).toBe('5')
    // All zeros sum to 0: 31 − 0 = 31, which wraps to 0.
    expect(creditCodeCheckSymbol('00000000000000000')).toBe('0')
    expect(creditCodeCheckSymbol(REAL.slice(0, 17))).toBe('3')
  })

  test.each([
    ['a changed check symbol', '91350100M000100Y44'],
    ['two swapped symbols', '91351000M000100Y43'],
    ['one changed digit', '91350100M000200Y43'],
  ])('%s fails the check', (_what, code) => {
    expect(isCreditCodeWellFormed(code)).toBe(true)
    expect(isCreditCodeValid(code)).toBe(false)
  })

  test.each([
    ['lower case', '91350100m000100y43'],
    ['spaces', '9135 0100 M000 100Y 43'],
    ['17 symbols', REAL.slice(0, 17)],
    ['19 symbols', `${REAL}0`],
    ['the letter I', '91350100MI00100Y43'],
    ['the letter O', '9135O100M000100Y43'],
    ['Z, S and V', '91350100MZSV100Y43'],
    ['full-width digits', '９１350100M000100Y43'],
  ])('%s is not a well-formed code as it stands', (_what, code) => {
    expect(isCreditCodeWellFormed(code)).toBe(false)
    expect(isCreditCodeValid(code)).toBe(false)
  })
})

describe('normaliseCreditCode', () => {
  test('trims, upper-cases, drops inner spaces and turns full-width into half-width', () => {
    expect(normaliseCreditCode('  91350100m000100y43 ')).toBe(REAL)
    expect(normaliseCreditCode('9135 0100\u3000M000 100Y 43')).toBe(REAL)
    expect(normaliseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(REAL)
    expect(normaliseCreditCode('９１３５０１００ｍ０００１００ｙ４３')).toBe(REAL)
  })

  test('leaves letters that are not in the alphabet for the check to refuse', () => {
    expect(normaliseCreditCode('9135o100M000100Y43')).toBe('9135O100M000100Y43')
  })
})

describe('checkCreditCode (what the form says)', () => {
  test('a good code, however typed', () => {
    expect(checkCreditCode('９１３５ 0100 m000 100y 43')).toEqual({ status: 'ok', code: REAL })
  })

  test('empty', () => {
    expect(checkCreditCode('   ')).toEqual({ status: 'empty' })
  })

  test('a letter O where a 0 was meant is pointed at by position', () => {
    expect(checkCreditCode('9135O100M000100Y43')).toEqual({
      status: 'malformed',
      code: '9135O100M000100Y43',
      message: '第 5 位“O”不对：代码只有数字和大写字母，没有 I、O、Z、S、V，是不是数字 0？',
    })
  })

  test('a V has no look-alike to suggest', () => {
    const result = checkCreditCode('91350100MV00100Y43')
    expect(result).toEqual({ status: 'malformed', code: '91350100MV00100Y43', message: '第 10 位“V”不对：代码只有数字和大写字母，没有 I、O、Z、S、V' })
  })

  test('wrong length says how many were typed', () => {
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ status: 'malformed', message: '统一社会信用代码是 18 位，现在是 17 位' })
  })

  test('a failed checksum is a warning, not a refusal', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ status: 'checksum_failed', code: '91350100M000100Y44' })
  })
})

describe('the contract schema', () => {
  const body = { kind: 'enterprise', name: '长治市某某物流有限公司', contactName: '王经理', contactPhone: '13800000009', address: '潞州区英雄南路 1 号', district: '潞州区' }

  test('normalises the code and accepts one failing its checksum', () => {
    expect(RegisterEnterpriseBodySchema.parse({ ...body, creditCode: ' 91350100m000100y43' }).creditCode).toBe(REAL)
    expect(RegisterEnterpriseBodySchema.parse({ ...body, creditCode: '91350100M000100Y44' }).creditCode).toBe('91350100M000100Y44')
  })

  test.each([
    ['9135010', '统一社会信用代码是 18 位'],
    ['91350100MI00100Y43', '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）'],
  ])('refuses %s with a message for the field', (creditCode, message) => {
    const result = RegisterEnterpriseBodySchema.safeParse({ ...body, creditCode })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['creditCode'], message })
  })
})
