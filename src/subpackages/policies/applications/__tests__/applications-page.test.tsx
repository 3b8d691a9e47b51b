import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildApplication, myPage, uuidOf } from '@/features/subsidies/__tests__/subsidy-fixtures'
import { callsTo, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplicationsPage from '../index'

const TOKEN = 'tok_0123456789abcdef0123456789'

describe('我的补贴申请', () => {
  const openList = (handlers: Handlers) => {
    setToken(TOKEN)
    serveApi(handlers)
    return renderPage(ApplicationsPage, '/subpackages/policies/applications/index')
  }

  it('lists them with status words, as the server orders them (latest change first), a page at a time', async () => {
    const first = buildApplication({ id: uuidOf(0x501), status: 'needs_more', updatedAt: '2026-11-22T02:00:00.000Z' })
    const second = buildApplication({
      id: uuidOf(0x502),
      status: 'paid',
      paidAmountFen: 150_000,
      paidOn: '2026-11-10',
      policy: { id: uuidOf(0x102), title: '高校毕业生求职创业补贴', category: 'job_seeking_subsidy' },
    })
    const third = buildApplication({ id: uuidOf(0x503), status: 'reviewing', policy: { id: uuidOf(0x103), title: '社会保险补贴', category: 'social_insurance_subsidy' } })
    openList({ listMySubsidyApplications: ({ query }) => (query.cursor === 'next' ? myPage([third]) : myPage([first, second], 'next')) })

    expect(await screen.findByText('需补充材料')).toBeInTheDocument()
    expect(screen.getByText('需要补充材料：请按工作人员的说明补充后重新提交')).toBeInTheDocument()
    expect(screen.getByText('已发放 1,500 元（2026年11月10日）')).toBeInTheDocument()
    const cards = screen.getAllByRole('link')
    expect(cards).toHaveLength(2)
    expect(within(cards[0]!).getByText('长治市一次性创业补贴')).toBeInTheDocument()
    expect(within(cards[1]!).getByText('高校毕业生求职创业补贴')).toBeInTheDocument()

    taroTest.reachBottom()
    expect(await screen.findByText('社会保险补贴')).toBeInTheDocument()
    expect(screen.getByText('共 3 份申请，没有更多了')).toBeInTheDocument()

    fireEvent.click(screen.getByText('高校毕业生求职创业补贴'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/policies/application/index?id=${uuidOf(0x502)}` }])
  })

  it('pulling down asks again', async () => {
    let status: 'submitted' | 'accepted' = 'submitted'
    openList({ listMySubsidyApplications: () => myPage([buildApplication({ status })]) })
    expect(await screen.findByText('已提交')).toBeInTheDocument()

    status = 'accepted'
    taroTest.pullDownRefresh()
    expect(await screen.findByText('已受理')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.pullDownStopped).toBe(1))
    expect(callsTo('listMySubsidyApplications')).toHaveLength(2)
  })

  it('none yet: points to 适合我的政策', async () => {
    openList({ listMySubsidyApplications: () => myPage([]) })
    fireEvent.click(await screen.findByText('看看适合我的政策'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/policies/matches/index' }])
  })

  it('signed out: sign in and come back', () => {
    serveApi({})
    renderPage(ApplicationsPage, '/subpackages/policies/applications/index')
    fireEvent.click(screen.getByText('登录'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/policies/applications/index')}` },
    ])
  })
})
