import { screen, waitFor } from '@testing-library/react'
import { getToken, setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildSession, buildUser } from '../../../../../test/jest/fixtures'
import { fireOpenTypeEvent } from '../../../../../test/jest/open-type-button'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import LoginPage from '../index'

// The platform as the mini-program build sees it: WeChat sign-in exists, wx.login gives a code.
jest.mock('@/shared/platform', () => ({
  ...jest.requireActual('@/shared/platform'),
  supportsWechatLogin: true,
  wechatLoginCode: () => Promise.resolve('wx-login-code-123'),
}))
// WeChat's button: a getPhoneNumber tap comes back as an event on it.
jest.mock('@tarojs/components', () =>
  jest.requireActual('../../../../../test/jest/open-type-button').withOpenTypeButton(jest.requireActual('@tarojs/components')),
)

const PATH = '/subpackages/account/login/index'
const phoneButton = () => screen.getByText('微信手机号快捷登录')

describe('sign-in with the WeChat phone number (mini-program)', () => {
  it('signs in with WeChat, links the phone, and keeps the session the phone step answers with', async () => {
    const wechatSession = { ...buildSession(buildUser({ displayName: '微信用户', phoneMasked: null, hasWechat: true })), token: 'tok_wechat_only_0123456789abcd' }
    const phoneSession = { ...buildSession(buildUser({ role: 'employer', displayName: '李经理', phoneMasked: '138****0002', hasWechat: true })), token: 'tok_phone_linked_0123456789ab' }
    serveApi({ wechatLogin: () => wechatSession, wechatPhone: () => phoneSession })

    renderPage(LoginPage, PATH)
    fireOpenTypeEvent(phoneButton(), 'getphonenumber', { code: 'phone-code-456', errMsg: 'getPhoneNumber:ok' })

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/me/index' }]))
    expect(getToken()).toBe(phoneSession.token)
    expect(callsTo('wechatLogin')[0]?.body).toEqual({ code: 'wx-login-code-123' })
    const phoneCall = callsTo('wechatPhone')[0]
    expect(phoneCall?.body).toEqual({ code: 'phone-code-456' })
    // The phone step is made as the WeChat account just signed in.
    expect(phoneCall?.headers.Authorization).toBe(`Bearer ${wechatSession.token}`)
  })

  it('shows the server refusal, revokes the interim WeChat session and leaves the earlier sign-in as it was', async () => {
    setToken('tok_earlier_session_0123456789')
    const wechatSession = { ...buildSession(), token: 'tok_wechat_only_0123456789abcd' }
    serveApi({
      wechatLogin: () => wechatSession,
      wechatPhone: () => reply.error(409, 'WECHAT_ALREADY_LINKED', '这个手机号已经绑定了另一个微信，请用短信验证码登录'),
      logout: () => reply.ok(undefined, 204),
    })

    renderPage(LoginPage, PATH)
    fireOpenTypeEvent(phoneButton(), 'getphonenumber', { code: 'phone-code-456' })

    expect(await screen.findByText('这个手机号已经绑定了另一个微信，请用短信验证码登录')).toBeInTheDocument()
    expect(getToken()).toBe('tok_earlier_session_0123456789')
    expect(callsTo('logout')[0]?.headers.Authorization).toBe(`Bearer ${wechatSession.token}`)
    expect(taroTest.navigations).toEqual([])
  })

  it('asks the server nothing when the person declines to share the number', async () => {
    serveApi({ wechatLogin: () => buildSession() })
    renderPage(LoginPage, PATH)

    fireOpenTypeEvent(phoneButton(), 'getphonenumber', { errMsg: 'getPhoneNumber:fail user deny' })

    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(taroTest.requests).toHaveLength(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(getToken()).toBeNull()
  })

  it('says so when WeChat gives no code, and points to the SMS form', async () => {
    serveApi({})
    renderPage(LoginPage, PATH)

    fireOpenTypeEvent(phoneButton(), 'getphonenumber', { errMsg: 'getPhoneNumber:fail no permission' })

    expect(await screen.findByText('暂时无法取得微信手机号，请用短信验证码登录')).toBeInTheDocument()
    expect(screen.getByPlaceholderText('请输入 11 位手机号')).toBeInTheDocument()
    expect(taroTest.requests).toHaveLength(0)
  })
})
