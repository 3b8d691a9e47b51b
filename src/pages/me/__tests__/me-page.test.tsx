import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { getToken, setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
import { buildUser } from '../../../../test/jest/fixtures'
import { renderPage } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import MePage from '../index'

const PATH = '/pages/me/index'
const TOKEN = 'tok_0123456789abcdef0123456789'

describe('我的', () => {
  it('signed out shows a big 登录 button that opens sign-in and comes back here', async () => {
    serveApi({})

    renderPage(MePage, PATH)
    fireEvent.click(screen.getByText('登录'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/account/login/index?redirect=%2Fpages%2Fme%2Findex' }]))
    expect(callsTo('me')).toHaveLength(0)
  })

  it('signed in shows name, role and the masked phone; 退出登录 signs out', async () => {
    setToken(TOKEN)
    serveApi({
      me: () => buildUser({ displayName: '李师傅', role: 'worker', phoneMasked: '138****0001' }),
      logout: () => reply.ok(undefined, 204),
    })

    renderPage(MePage, PATH)

    expect(await screen.findByText('李师傅')).toBeInTheDocument()
    expect(screen.getByText('求职者')).toBeInTheDocument()
    expect(screen.getByText('手机号 138****0001')).toBeInTheDocument()

    fireEvent.click(screen.getByText('退出登录'))

    expect(await screen.findByText('登录')).toBeInTheDocument()
    expect(screen.queryByText('李师傅')).not.toBeInTheDocument()
    expect(getToken()).toBeNull()
    expect(callsTo('logout')[0]?.headers.Authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('signs out on this phone even when the network fails', async () => {
    setToken(TOKEN)
    serveApi({ me: () => buildUser(), logout: () => reply.networkError('request:fail') })

    renderPage(MePage, PATH)
    fireEvent.click(await screen.findByText('退出登录'))

    expect(await screen.findByText('登录')).toBeInTheDocument()
    expect(getToken()).toBeNull()
  })

  it('an expired token (401) turns the page into the signed-out one', async () => {
    setToken(TOKEN)
    serveApi({ me: () => reply.error(401, 'UNAUTHORIZED', '登录已过期，请重新登录') })

    renderPage(MePage, PATH)

    expect(await screen.findByText('登录')).toBeInTheDocument()
    expect(getToken()).toBeNull()
  })

  it('follows a sign-in that happens elsewhere', async () => {
    serveApi({ me: () => buildUser({ displayName: '王阿姨', role: 'employer' }) })

    renderPage(MePage, PATH)
    expect(screen.getByText('登录')).toBeInTheDocument()

    act(() => setToken(TOKEN))

    expect(await screen.findByText('王阿姨')).toBeInTheDocument()
    expect(screen.getByText('用人单位')).toBeInTheDocument()
  })
})
