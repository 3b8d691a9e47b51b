import { ApiError, NetworkError } from '@/shared/api/errors'
import { afterLoginTarget, loginErrorView, validateField, validateLogin } from '../model/login-form'

describe('validateField', () => {
  it('uses the contract messages', () => {
    expect(validateField('phone', '')).toBe('请输入 11 位手机号')
    expect(validateField('phone', '1380000000')).toBe('请输入 11 位手机号')
    expect(validateField('phone', ' 13800000001 ')).toBeNull()
    expect(validateField('code', '12345')).toBe('验证码是 6 位数字')
    expect(validateField('code', '123456')).toBeNull()
  })

  it('checks the whole form', () => {
    expect(validateLogin({ phone: '12', code: '' })).toEqual({ phone: '请输入 11 位手机号', code: '验证码是 6 位数字' })
    expect(validateLogin({ phone: '13800000001', code: '123456' })).toEqual({})
  })
})

describe('loginErrorView', () => {
  it('puts the server fields on the fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '请检查填写的内容', { phone: '这个手机号不能登录' })
    expect(loginErrorView(error)).toEqual({ fields: { phone: '这个手机号不能登录' }, form: null })
  })

  it.each(['OTP_INVALID', 'OTP_EXPIRED', 'OTP_TOO_MANY_ATTEMPTS', 'OTP_NOT_FOUND'])(
    "puts %s on the code field in the server's words",
    (code) => {
      const message = '验证码不对，还可以再试 3 次'
      expect(loginErrorView(new ApiError(400, code, message))).toEqual({ fields: { code: message }, form: null })
    },
  )

  it('puts rate limits, unknown codes and network trouble on the form', () => {
    expect(loginErrorView(new ApiError(429, 'RATE_LIMITED', '操作太频繁，请 45 秒后再试')).form).toBe('操作太频繁，请 45 秒后再试')
    expect(loginErrorView(new ApiError(503, 'WECHAT_NOT_CONFIGURED', '本服务暂未开通微信登录，请用手机号登录')).form).toBe(
      '本服务暂未开通微信登录，请用手机号登录',
    )
    expect(loginErrorView(new NetworkError('request:fail')).form).toBe('网络连接不上，请检查网络后重试')
  })
})

describe('afterLoginTarget', () => {
  const tabs = ['/pages/home/index', '/pages/me/index']

  it('goes back to our own page, switching tabs for tab pages', () => {
    expect(afterLoginTarget(encodeURIComponent('/subpackages/jobs/detail/index?id=abc-1'), tabs, '/pages/me/index')).toEqual({
      kind: 'redirectTo',
      url: '/subpackages/jobs/detail/index?id=abc-1',
    })
    expect(afterLoginTarget('/pages/home/index', tabs, '/pages/me/index')).toEqual({ kind: 'switchTab', url: '/pages/home/index' })
  })

  it('falls back to 我的 for nothing, or anything that is not one of our pages', () => {
    expect(afterLoginTarget(undefined, tabs, '/pages/me/index')).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
    expect(afterLoginTarget('https://evil.example/x', tabs, '/pages/me/index')).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
    expect(afterLoginTarget('//evil.example/pages/x', tabs, '/pages/me/index')).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
  })
})
