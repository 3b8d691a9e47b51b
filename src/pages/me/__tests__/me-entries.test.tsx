import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
import { buildUser } from '../../../../test/jest/fixtures'
import { renderPage } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import MePage from '../index'

const PATH = '/pages/me/index'
/** 我的 is the fifth tab (app.config.ts). */
const ME_TAB = 4

describe('我的: entries and the unread badge', () => {
  it('a worker sees 消息, 我的报名 and 我的收藏, each opening its page; no 我发布的岗位', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ me: () => buildUser({ role: 'worker' }), unreadMessageCount: () => ({ count: 0 }) })

    renderPage(MePage, PATH)

    fireEvent.click(await screen.findByText('我的报名'))
    fireEvent.click(screen.getByText('我的收藏'))
    fireEvent.click(screen.getByText('消息'))
    expect(screen.queryByText('我发布的岗位')).not.toBeInTheDocument()
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: '/subpackages/work/applications/index' },
      { type: 'navigateTo', url: '/subpackages/jobs/favorites/index' },
      { type: 'navigateTo', url: '/subpackages/messages/list/index' },
    ])
  })

  it('an employer also sees 我发布的岗位', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ me: () => buildUser({ role: 'employer' }), unreadMessageCount: () => ({ count: 0 }) })

    renderPage(MePage, PATH)
    fireEvent.click(await screen.findByText('我发布的岗位'))

    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/employer/jobs/index' }])
  })

  it('everyone signed in sees 我的资料与授权 and 我的补贴申请; only staff see 政策管理 and 补贴审核', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ me: () => buildUser({ role: 'worker' }), unreadMessageCount: () => ({ count: 0 }) })
    const worker = renderPage(MePage, PATH)
    fireEvent.click(await screen.findByText('我的资料与授权'))
    fireEvent.click(screen.getByText('我的补贴申请'))
    expect(screen.queryByText('政策管理')).not.toBeInTheDocument()
    expect(screen.queryByText('补贴审核')).not.toBeInTheDocument()
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: '/subpackages/policies/profile/index' },
      { type: 'navigateTo', url: '/subpackages/policies/applications/index' },
    ])
    worker.unmount()

    serveApi({ me: () => buildUser({ role: 'staff' }), unreadMessageCount: () => ({ count: 0 }) })
    renderPage(MePage, PATH)
    fireEvent.click(await screen.findByText('政策管理'))
    fireEvent.click(screen.getByText('补贴审核'))
    expect(screen.getByText('我的资料与授权')).toBeInTheDocument()
    expect(taroTest.navigations.slice(2)).toEqual([
      { type: 'navigateTo', url: '/subpackages/staff/policies/index' },
      { type: 'navigateTo', url: '/subpackages/staff/subsidies/index' },
    ])
  })

  it('shows the unread count on 消息 and on the tab, and follows it when 我的 shows again', async () => {
    setToken('tok_0123456789abcdef0123456789')
    let unread = 3
    serveApi({ me: () => buildUser(), unreadMessageCount: () => ({ count: unread }) })

    renderPage(MePage, PATH)

    expect(await screen.findByLabelText('3 条未读')).toHaveTextContent('3')
    await waitFor(() => expect(taroTest.tabBarBadges.get(ME_TAB)).toBe('3'))

    // Read elsewhere (the message centre), then back on 我的.
    unread = 0
    act(() => taroTest.show())

    await waitFor(() => expect(taroTest.tabBarBadges.has(ME_TAB)).toBe(false))
    expect(screen.queryByLabelText(/条未读/)).not.toBeInTheDocument()

    unread = 120
    act(() => taroTest.show())
    await waitFor(() => expect(taroTest.tabBarBadges.get(ME_TAB)).toBe('99+'))
    expect(screen.getByLabelText('120 条未读')).toHaveTextContent('99+')
  })

  it('signed out: no badge and no count asked', async () => {
    taroTest.tabBarBadges.set(ME_TAB, '2')
    serveApi({ unreadMessageCount: () => ({ count: 2 }) })

    renderPage(MePage, PATH)

    await waitFor(() => expect(taroTest.tabBarBadges.has(ME_TAB)).toBe(false))
    expect(screen.queryByText('消息')).not.toBeInTheDocument()
    expect(callsTo('unreadMessageCount')).toHaveLength(0)
  })

  it('a failed count leaves the page working without a badge', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ me: () => buildUser({ displayName: '李师傅' }), unreadMessageCount: () => reply.networkError('request:fail') })

    renderPage(MePage, PATH)

    expect(await screen.findByText('李师傅')).toBeInTheDocument()
    expect(screen.getByText('消息')).toBeInTheDocument()
    expect(taroTest.tabBarBadges.has(ME_TAB)).toBe(false)
  })
})
