import { screen, within } from '@testing-library/react'
import { MyReportPageSchema } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import MyReportsPage from '../index'

const PATH = '/subpackages/work/reports/index'
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

const page = MyReportPageSchema.parse({
  items: [
    {
      id: id(1),
      job: { id: id(11), title: '超市理货（日结）', status: 'closed' },
      reason: 'fee',
      note: '要先交 200 押金',
      status: 'upheld',
      answerBy: '2026-11-26',
      outcomeNote: '核实属实，岗位已下架',
      decidedAt: '2026-11-24T10:00:00+08:00',
      createdAt: '2026-11-23T09:00:00+08:00',
    },
    {
      id: id(2),
      job: { id: id(12), title: '小区保洁', status: 'open' },
      reason: 'contact',
      note: '',
      status: 'open',
      answerBy: '2026-11-27',
      outcomeNote: null,
      decidedAt: null,
      createdAt: '2026-11-24T09:00:00+08:00',
    },
  ],
  nextCursor: null,
})

const cardOf = async (title: string) => (await screen.findByText(title)).closest('.yz-report-card') as HTMLElement

describe('我的举报', () => {
  it('lists my reports with their status, what I said and the outcome note or the date to answer by', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listMyReports: () => page })
    renderPage(MyReportsPage, PATH)

    const upheld = await cardOf('超市理货（日结）')
    expect(within(upheld).getByText('举报属实，已处理')).toBeInTheDocument()
    expect(within(upheld).getByText('举报原因：收费、押金、培训贷（要先交 200 押金）')).toBeInTheDocument()
    expect(within(upheld).getByText('驿站的说明：核实属实，岗位已下架')).toBeInTheDocument()

    const open = await cardOf('小区保洁')
    expect(within(open).getByText('处理中')).toBeInTheDocument()
    expect(within(open).getByText('驿站会在 11月27日 前答复您')).toBeInTheDocument()
    expect(screen.getByText('共 2 条举报，没有更多了')).toBeInTheDocument()
  })

  it('says so when there are none', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listMyReports: () => ({ items: [], nextCursor: null }) })
    renderPage(MyReportsPage, PATH)
    expect(await screen.findByText('您还没有举报过岗位')).toBeInTheDocument()
  })

  it('signed out, offers to sign in and come back here', () => {
    serveApi({})
    renderPage(MyReportsPage, PATH)
    screen.getByText('登录').click()
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(PATH)}` }])
  })
})
