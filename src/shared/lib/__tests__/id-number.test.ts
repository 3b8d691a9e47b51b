import {
  checkIdNumber,
  idNumberBirthDate,
  idNumberCheckChar,
  isIdNumberValid,
  maskIdNumber,
  normaliseIdNumber,
} from '../id-number'

// The samples GB 11643 itself prints, and one whose check character was worked out by hand below.
const VALID = ['11010519491231002X', '440524188001010014']

describe('GB 11643 check', () => {
  test.each(VALID)('%s is valid', (id) => {
    expect(isIdNumberValid(id)).toBe(true)
  })

  test('the check character follows the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and 10X98765432', () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167 = 15·11 + 2 → 'X'
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
    expect(idNumberCheckChar('44052418800101001')).toBe('4')
    // 17 zeros: remainder 0 → '1'.
    expect(idNumberCheckChar('00000000000000000')).toBe('1')
    expect(() => idNumberCheckChar('1234')).toThrow()
  })

  test.each([
    ['a changed check character', '110105194912310021', '校验不通过'],
    ['two swapped digits', '11015019491231002X', '校验不通过'],
    ['one changed digit', '440524188001010024', '校验不通过'],
    ['too short', '11010519491231002', '18 位，现在是 17 位'],
    ['a letter inside', '1101051949123100AX', '前 17 位应为数字'],
    ['30 February', '110105200002300011', '出生日期不对'],
    ['29 February in a common year', '110105190002290011', '出生日期不对'],
    ['month 13', '110105199913010011', '出生日期不对'],
  ])('%s is refused', (_what, id, message) => {
    const check = checkIdNumber(id)
    expect(check.status).toBe('invalid')
    expect(check.status === 'invalid' && check.message).toContain(message)
    expect(isIdNumberValid(id)).toBe(false)
  })

  test('a birth date after today is refused when today is given', () => {
    const id = '110105203001010010'
    const first17 = id.slice(0, 17)
    const withCheck = first17 + idNumberCheckChar(first17)
    expect(checkIdNumber(withCheck).status).toBe('ok')
    expect(checkIdNumber(withCheck, '2026-12-02')).toMatchObject({ status: 'invalid' })
  })

  test('29 February in a leap year is a real date', () => {
    const first17 = '11010520000229001'
    expect(checkIdNumber(first17 + idNumberCheckChar(first17))).toEqual({
      status: 'ok',
      idNumber: first17 + idNumberCheckChar(first17),
      birthDate: '2000-02-29',
    })
  })

  test('an empty field is empty, not invalid', () => {
    expect(checkIdNumber('  ')).toEqual({ status: 'empty' })
  })
})

describe('normalising', () => {
  test('trims, drops spaces, turns a lower-case or full-width x and full-width digits into ASCII', () => {
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X')
    expect(normaliseIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X')
    expect(normaliseIdNumber('110105 19491231 002ｘ')).toBe('11010519491231002X')
    expect(isIdNumberValid('１１０１０５１９４９１２３１００２x')).toBe(true)
    expect(checkIdNumber(' 440524188001010014\u3000')).toEqual({
      status: 'ok',
      idNumber: '440524188001010014',
      birthDate: '1880-01-01',
    })
  })
})

describe('birth date', () => {
  test('comes from the 7th to 14th characters', () => {
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31')
    expect(idNumberBirthDate('440524188001010014')).toBe('1880-01-01')
  })

  test('is null when those characters are not a real date or the number is not well formed', () => {
    expect(idNumberBirthDate('110105200002300011')).toBeNull()
    expect(idNumberBirthDate('110105')).toBeNull()
  })
})

describe('masking', () => {
  test('keeps the first 6 and the last 4 characters', () => {
    expect(maskIdNumber('110105194912311234')).toBe('110105********1234')
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X')
  })

  test('hides all of something too short to mask in the usual way', () => {
    expect(maskIdNumber('1234567890')).toBe('**********')
  })
})
