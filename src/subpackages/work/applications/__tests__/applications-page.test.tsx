import { fireEvent, screen, waitFor } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildMyApplication, buildMyApplicationPage } from '../../../../../test/jest/application-fixtures'
import { callsTo, serveApi } from '../../../../../test/jest/fake-api'
import { buildJob } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import MyApplicationsPage from '../index'

const PATH = '/subpackages/work/applications/index'
const TOKEN = 'tok_0123456789abcdef0123456789'

function withJob(title: string, status: Parameters<typeof buildMyApplication>[0] = {}) {
  return buildMyApplication(status, buildJob({ title, pay: { amountFen: 18000, unit: 'day' }, workDateStart: '2026-11-24', workDateEnd: '2026-11-24' }))
}

describe('我的报名', () => {
  it('lists my applications newest first with the status in words, pay and date', async () => {
    setToken(TOKEN)
    const newest = withJob('小区保洁', { status: 'hired' })
    const older = withJob('仓库装卸工', { status: 'rejected' })
    serveApi({ listMyApplications: () => buildMyApplicationPage([newest, older]) })

    renderPage(MyApplicationsPage, PATH)

    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    const titles = screen.getAllByText(/小区保洁|仓库装卸工/).map((node) => node.textContent)
    expect(titles).toEqual(['小区保洁', '仓库装卸工'])
    expect(screen.getByText('已录用')).toBeInTheDocument()
    expect(screen.getByText('未录用')).toBeInTheDocument()
    expect(screen.getAllByText('¥180/天 · 日结')).toHaveLength(2)
    expect(screen.getAllByText(/^11月24日 周二 · /)).toHaveLength(2)
    expect(callsTo('listMyApplications')[0]?.headers.Authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('loads the next page at the bottom, and a tap opens the application', async () => {
    setToken(TOKEN)
    const first = withJob('小区保洁')
    const second = withJob('搬家小工')
    serveApi({
      listMyApplications: ({ query }) => (query.cursor === 'page-2' ? buildMyApplicationPage([second]) : buildMyApplicationPage([first], 'page-2')),
    })

    renderPage(MyApplicationsPage, PATH)
    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    expect(screen.queryByText('搬家小工')).not.toBeInTheDocument()

    taroTest.reachBottom()

    expect(await screen.findByText('搬家小工')).toBeInTheDocument()
    expect(screen.getByText('共 2 条报名，没有更多了')).toBeInTheDocument()

    fireEvent.click(screen.getByText('搬家小工'))
    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/work/application/index?id=${second.id}` }]))
  })

  it('with nothing yet, offers the job board', async () => {
    setToken(TOKEN)
    serveApi({ listMyApplications: () => buildMyApplicationPage([]) })

    renderPage(MyApplicationsPage, PATH)
    fireEvent.click(await screen.findByText('去找工作'))

    expect(screen.getByText('您还没有报名')).toBeInTheDocument()
    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
  })

  it('signed out asks to sign in and comes back here', async () => {
    serveApi({})

    renderPage(MyApplicationsPage, PATH)
    fireEvent.click(screen.getByText('登录'))

    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/account/login/index?redirect=%2Fsubpackages%2Fwork%2Fapplications%2Findex' }])
    expect(callsTo('listMyApplications')).toHaveLength(0)
  })
})
