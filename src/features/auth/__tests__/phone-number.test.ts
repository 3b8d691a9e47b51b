import { phoneNumberResult } from '../model/login-form'

describe('the answer of a getPhoneNumber button', () => {
  it('carries the code for the server', () => {
    expect(phoneNumberResult({ code: ' 0a1b2c ', errMsg: 'getPhoneNumber:ok' })).toEqual({ code: '0a1b2c' })
  })

  it('is a plain no when the person declines or closes the sheet', () => {
    expect(phoneNumberResult({ errMsg: 'getPhoneNumber:fail user deny' })).toEqual({ declined: true })
    expect(phoneNumberResult({ errMsg: 'getPhoneNumber:fail:user cancel' })).toEqual({ declined: true })
  })

  it('points to SMS sign-in when WeChat gives no code (old WeChat, no permission, nothing at all)', () => {
    const fallback = { error: '暂时无法取得微信手机号，请用短信验证码登录' }
    expect(phoneNumberResult({ errMsg: 'getPhoneNumber:fail no permission' })).toEqual(fallback)
    expect(phoneNumberResult({ errMsg: 'getPhoneNumber:ok' })).toEqual(fallback)
    expect(phoneNumberResult(undefined)).toEqual(fallback)
  })
})
