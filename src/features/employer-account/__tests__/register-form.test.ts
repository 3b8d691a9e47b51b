import { ApiError, NetworkError } from '@/shared/api/errors'
import {
  CHECKSUM_WARNING,
  KIND_MISSING,
  creditCodeFeedback,
  emptyDraft,
  isDraftEmpty,
  parseDraft,
  registerErrorView,
  toRegisterBody,
  validateField,
  type RegisterDraft,
} from '../model/register-form'

// A real code (GB 32100 check symbol 3) and the same code with its last symbol changed.
const VALID = '91350100M000100Y43'
const CHECKSUM_FAILS = '91350100M000100Y44'

function draft(kind: RegisterDraft['kind'], values: Partial<RegisterDraft['values']>): RegisterDraft {
  const base = emptyDraft()
  return { kind, values: { ...base.values, ...values } }
}

const enterprise = {
  enterpriseName: '长治市恒通物流有限公司',
  creditCode: VALID,
  contactName: '王经理',
  contactPhone: '13800000002',
  address: '潞州区英雄中路 100 号',
  district: '潞州区',
}

describe('the credit code as it is typed', () => {
  test('a code not finished yet is not wrong while typing, but is on leaving the field', () => {
    expect(creditCodeFeedback('9135010', false)).toEqual({ error: null, warning: null })
    expect(creditCodeFeedback('9135010', true)).toEqual({ error: '统一社会信用代码是 18 位，现在是 7 位', warning: null })
  })

  test('a symbol no code has is an error at once, with the digit meant', () => {
    expect(creditCodeFeedback('9135O', false).error).toBe('第 5 位“O”不对：代码只有数字和大写字母，没有 I、O、Z、S、V，是不是数字 0？')
  })

  test('too many symbols is an error while typing', () => {
    expect(creditCodeFeedback(`${VALID}1`, false).error).toBe('统一社会信用代码是 18 位，现在是 19 位')
  })

  test('a failed checksum warns gently and is not an error', () => {
    expect(creditCodeFeedback(CHECKSUM_FAILS, false)).toEqual({ error: null, warning: CHECKSUM_WARNING })
    expect(creditCodeFeedback(CHECKSUM_FAILS, true)).toEqual({ error: null, warning: CHECKSUM_WARNING })
    expect(CHECKSUM_WARNING).toBe('代码校验未通过，请核对；仍可提交，由驿站人工核实')
  })

  test('a valid code written in groups, lower case or full width says nothing', () => {
    expect(creditCodeFeedback('9135 0100 m000 100y 43', true)).toEqual({ error: null, warning: null })
    expect(creditCodeFeedback('９１３５０１００Ｍ０００１００Ｙ４３', true)).toEqual({ error: null, warning: null })
  })

  test('empty: nothing while typing, the contract’s message on leaving', () => {
    expect(creditCodeFeedback('', false).error).toBeNull()
    expect(creditCodeFeedback('  ', true).error).toBe('统一社会信用代码是 18 位')
  })
})

describe('fields', () => {
  test('checked with the contract’s messages', () => {
    expect(validateField('enterprise', 'enterpriseName', '长')).toBe('请输入单位名称（与营业执照一致）')
    expect(validateField('individual', 'realName', '李')).toBe('请输入真实姓名')
    expect(validateField('enterprise', 'contactPhone', '1380000')).toBe('请输入 11 位手机号')
    expect(validateField('enterprise', 'address', '潞州')).toBe('请输入地址')
    expect(validateField('enterprise', 'contactPhone', '13800000002')).toBeNull()
  })

  test('a field of the other kind is not checked', () => {
    expect(validateField('individual', 'creditCode', 'x')).toBeNull()
    expect(validateField('individual', 'enterpriseName', '')).toBeNull()
  })
})

describe('the body sent', () => {
  test('an enterprise, with the code made canonical and text trimmed', () => {
    const result = toRegisterBody(draft('enterprise', { ...enterprise, enterpriseName: '  长治市恒通物流有限公司 ', creditCode: '9135 0100 m000 100y 43', realName: '不该发送' }))
    expect(result).toEqual({
      body: {
        kind: 'enterprise',
        name: '长治市恒通物流有限公司',
        creditCode: VALID,
        contactName: '王经理',
        contactPhone: '13800000002',
        address: '潞州区英雄中路 100 号',
        district: '潞州区',
      },
    })
  })

  test('a code failing its checksum still goes (staff check it)', () => {
    const result = toRegisterBody(draft('enterprise', { ...enterprise, creditCode: CHECKSUM_FAILS }))
    expect('body' in result && result.body.kind === 'enterprise' && result.body.creditCode).toBe(CHECKSUM_FAILS)
  })

  test('an individual sends the real name as the name, and nothing of the enterprise', () => {
    const result = toRegisterBody(draft('individual', { ...enterprise, realName: '李秀英' }))
    expect(result).toEqual({
      body: { kind: 'individual', name: '李秀英', contactPhone: '13800000002', address: '潞州区英雄中路 100 号', district: '潞州区' },
    })
  })

  test('every missing field gets its message on its own field', () => {
    expect(toRegisterBody(draft('enterprise', {}))).toEqual({
      errors: {
        enterpriseName: '请输入单位名称（与营业执照一致）',
        creditCode: '统一社会信用代码是 18 位',
        contactName: '请输入联系人姓名',
        contactPhone: '请输入 11 位手机号',
        address: '请输入地址',
        district: '请选择所在区县',
      },
    })
    expect(toRegisterBody(draft('individual', {}))).toEqual({
      errors: { realName: '请输入真实姓名', contactPhone: '请输入 11 位手机号', address: '请输入地址', district: '请选择所在区县' },
    })
  })

  test('a malformed code says which symbol is wrong', () => {
    const result = toRegisterBody(draft('enterprise', { ...enterprise, creditCode: '91350100M000100YS3' }))
    expect(result).toEqual({ errors: { creditCode: '第 17 位“S”不对：代码只有数字和大写字母，没有 I、O、Z、S、V，是不是数字 5？' } })
  })

  test('no kind chosen', () => {
    expect(toRegisterBody(draft(null, enterprise))).toEqual({ errors: { kind: KIND_MISSING } })
  })
})

describe('refusals', () => {
  test('a taken credit code goes on the code', () => {
    const error = new ApiError(409, 'CREDIT_CODE_TAKEN', '这个统一社会信用代码已经登记过了')
    expect(registerErrorView('enterprise', error)).toEqual({ fields: { creditCode: '这个统一社会信用代码已经登记过了' }, form: null })
  })

  test('the server’s field messages go on the form’s fields, `name` by kind', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '填写的内容有误', { name: '姓名最多 20 个字', contactPhone: '请输入 11 位手机号' })
    expect(registerErrorView('individual', error).fields).toEqual({ realName: '姓名最多 20 个字', contactPhone: '请输入 11 位手机号' })
    expect(registerErrorView('enterprise', error).fields).toEqual({ enterpriseName: '姓名最多 20 个字', contactPhone: '请输入 11 位手机号' })
  })

  test('others above the button, in the server’s words or the network’s', () => {
    expect(registerErrorView('enterprise', new ApiError(409, 'ALREADY_EMPLOYER', '这个账号已经登记为用人单位了'))).toEqual({
      fields: {},
      form: '这个账号已经登记为用人单位了',
    })
    expect(registerErrorView('enterprise', new NetworkError('fail')).form).toBe('网络连接不上，请检查网络后重试')
  })
})

describe('drafts', () => {
  test('what storage held comes back; anything else is dropped', () => {
    const stored = { kind: 'individual', values: { realName: '李秀英', contactPhone: 13800000002, address: '潞州区', bogus: 'x' } }
    const parsed = parseDraft(stored)
    expect(parsed.kind).toBe('individual')
    expect(parsed.values.realName).toBe('李秀英')
    expect(parsed.values.contactPhone).toBe('')
    expect(parsed.values.address).toBe('潞州区')
    expect(parsed.values).not.toHaveProperty('bogus')
  })

  test.each([null, '', 'text', 42, { kind: 'company' }])('%p gives an empty draft', (stored) => {
    expect(parseDraft(stored)).toEqual(emptyDraft())
  })

  test('an untouched form is empty, one with spaces only too, one with a kind is not', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true)
    expect(isDraftEmpty(draft(null, { address: '   ' }))).toBe(true)
    expect(isDraftEmpty(draft('enterprise', {}))).toBe(false)
    expect(isDraftEmpty(draft(null, { contactPhone: '1' }))).toBe(false)
  })
})
