import { fireEvent, screen, waitFor } from '@testing-library/react'
import { getToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildSession } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import LoginPage from '../index'

// The platform as the mini-program build sees it: WeChat sign-in exists, wx.login gives a code.
jest.mock('@/shared/platform', () => ({
  ...jest.requireActual('@/shared/platform'),
  supportsWechatLogin: true,
  wechatLoginCode: () => Promise.resolve('wx-login-code-123'),
}))

const PATH = '/subpackages/account/login/index'

describe('sign-in page in the mini-program', () => {
  it('signs in with one tap through WeChat', async () => {
    const session = buildSession()
    serveApi({ wechatLogin: () => session })

    renderPage(LoginPage, PATH)
    fireEvent.click(screen.getByText('微信一键登录'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/me/index' }]))
    expect(getToken()).toBe(session.token)
    expect(callsTo('wechatLogin')[0]?.body).toEqual({ code: 'wx-login-code-123' })
  })

  it('when the service has no WeChat sign-in, says so and leaves phone sign-in working', async () => {
    serveApi({
      wechatLogin: () => reply.error(503, 'WECHAT_NOT_CONFIGURED', '本服务暂未开通微信登录，请用手机号登录'),
      login: () => buildSession(),
    })

    renderPage(LoginPage, PATH)
    fireEvent.click(screen.getByText('微信一键登录'))

    expect(await screen.findByText('本服务暂未开通微信登录，请用手机号登录')).toBeInTheDocument()
    expect(getToken()).toBeNull()

    fireEvent.input(screen.getByPlaceholderText('请输入 11 位手机号'), { target: { value: '13800000001' } })
    fireEvent.input(screen.getByPlaceholderText('6 位数字'), { target: { value: '123456' } })
    fireEvent.click(screen.getByText('登录'))

    await waitFor(() => expect(getToken()).not.toBeNull())
  })
})
