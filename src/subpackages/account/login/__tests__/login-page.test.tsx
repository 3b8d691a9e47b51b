import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { getToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildSession, buildUser } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import LoginPage from '../index'

const PATH = '/subpackages/account/login/index'

const phoneInput = () => screen.getByPlaceholderText('请输入 11 位手机号') as HTMLInputElement
const codeInput = () => screen.getByPlaceholderText('6 位数字') as HTMLInputElement

function type(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } })
}

describe('sign-in page', () => {
  it('checks a field when leaving it, with the contract message', async () => {
    serveApi({})
    renderPage(LoginPage, PATH)

    type(phoneInput(), '1380000')
    fireEvent.blur(phoneInput())

    expect(await screen.findByText('请输入 11 位手机号')).toBeInTheDocument()
  })

  it('checks the whole form on submit, asking the server nothing', async () => {
    serveApi({})
    renderPage(LoginPage, PATH)

    fireEvent.click(screen.getByText('登录'))

    expect(await screen.findByText('请输入 11 位手机号')).toBeInTheDocument()
    expect(screen.getByText('验证码是 6 位数字')).toBeInTheDocument()
    expect(callsTo('login')).toHaveLength(0)
  })

  it('shows the server field errors on their field and keeps what was typed', async () => {
    serveApi({
      login: () => reply.error(400, 'VALIDATION_FAILED', '请检查填写的内容', { phone: '这个手机号已停用，请换一个' }),
    })
    renderPage(LoginPage, PATH)

    type(phoneInput(), '13800000009')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByText('登录'))

    expect(await screen.findByText('这个手机号已停用，请换一个')).toBeInTheDocument()
    expect(phoneInput().value).toBe('13800000009')
    expect(codeInput().value).toBe('123456')
    expect(getToken()).toBeNull()
  })

  it('puts a wrong code on the code field', async () => {
    serveApi({ login: () => reply.error(400, 'OTP_INVALID', '验证码不对，还可以再试 4 次') })
    renderPage(LoginPage, PATH)

    type(phoneInput(), '13800000001')
    type(codeInput(), '000000')
    fireEvent.click(screen.getByText('登录'))

    expect(await screen.findByText('验证码不对，还可以再试 4 次')).toBeInTheDocument()
    expect(phoneInput().value).toBe('13800000001')
  })

  it('sends the code and counts down 60 seconds before it can be sent again', async () => {
    jest.useFakeTimers()
    try {
      serveApi({ requestOtp: () => ({ expiresInSeconds: 300, resendAfterSeconds: 60 }) })
      renderPage(LoginPage, PATH)

      type(phoneInput(), '13800000001')
      fireEvent.click(screen.getByText('获取验证码'))

      expect(await screen.findByText('60 秒后重发')).toBeInTheDocument()
      expect(callsTo('requestOtp')[0]?.body).toEqual({ phone: '13800000001' })
      act(() => jest.advanceTimersByTime(1000))
      expect(screen.getByText('59 秒后重发')).toBeInTheDocument()
      for (let i = 0; i < 59; i += 1) act(() => jest.advanceTimersByTime(1000))
      expect(screen.getByText('获取验证码')).toBeInTheDocument()
    } finally {
      jest.useRealTimers()
    }
  })

  it('says when codes are asked for too often', async () => {
    serveApi({ requestOtp: () => reply.error(429, 'RATE_LIMITED', '操作太频繁，请 45 秒后再试') })
    renderPage(LoginPage, PATH)

    type(phoneInput(), '13800000001')
    fireEvent.click(screen.getByText('获取验证码'))

    expect(await screen.findByText('操作太频繁，请 45 秒后再试')).toBeInTheDocument()
  })

  it('signs in, stores the token and goes back where it was sent from', async () => {
    const session = buildSession(buildUser())
    serveApi({ login: () => session })
    renderPage(LoginPage, PATH, { redirect: encodeURIComponent('/subpackages/jobs/detail/index?id=00000000-0000-4000-8000-000000000001') })

    type(phoneInput(), '13800000001')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByText('登录'))

    await waitFor(() =>
      expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: '/subpackages/jobs/detail/index?id=00000000-0000-4000-8000-000000000001' }]),
    )
    expect(getToken()).toBe(session.token)
    expect(callsTo('login')[0]?.body).toEqual({ phone: '13800000001', code: '123456' })
  })

  it('goes to 我的 when nothing sent it here', async () => {
    serveApi({ login: () => buildSession() })
    renderPage(LoginPage, PATH)

    type(phoneInput(), '13800000001')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByText('登录'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/me/index' }]))
  })

  it('offers no WeChat sign-in in the browser', () => {
    serveApi({})
    renderPage(LoginPage, PATH)
    expect(screen.queryByText('微信一键登录')).not.toBeInTheDocument()
  })
})
