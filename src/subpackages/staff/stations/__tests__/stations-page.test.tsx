import { fireEvent, screen, within } from '@testing-library/react'
import { pageUrl } from '@/shared/config/routes'
import { buildStaffStation, buildStaffStationList } from '@/features/station-admin/__tests__/staff-station-fixtures'
import { reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffStationsPage from '../index'

const PATH = '/subpackages/staff/stations/index'

describe('驿站与海报', () => {
  it('shows my district and each station with its code, hours and phone; a tap opens it', async () => {
    const first = buildStaffStation({ name: '英雄南路零工驿站', code: 'LZ01', hours: '每天 6:30–18:00', phone: '0355-2021101' })
    const second = buildStaffStation({ name: '太行西街零工驿站', code: 'LZ02', hours: '工作日 8:00–17:00', phone: '13800000003', address: '潞州区太行西街 9 号' })
    serveApi({ listStaffStations: () => buildStaffStationList([first, second], '潞州区') })

    renderPage(StaffStationsPage, PATH)

    expect(await screen.findByText('您负责：潞州区')).toBeInTheDocument()
    const card = screen.getByText('太行西街零工驿站').closest('.yz-staff-station') as HTMLElement
    expect(within(card).getByText('驿站码 LZ02 · 潞州区')).toBeInTheDocument()
    expect(within(card).getByText('开放时间：工作日 8:00–17:00')).toBeInTheDocument()
    expect(within(card).getByText('电话：13800000003')).toBeInTheDocument()
    expect(within(card).getByText('潞州区太行西街 9 号')).toBeInTheDocument()
    expect(screen.getByText('共 2 个驿站')).toBeInTheDocument()

    fireEvent.click(card)
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: pageUrl.staffStation(second.id) }])
  })

  it('says 全市 to city-wide staff and opens an empty form for 新建驿站', async () => {
    serveApi({ listStaffStations: () => buildStaffStationList([], null) })

    renderPage(StaffStationsPage, PATH)

    expect(await screen.findByText('您负责：全市')).toBeInTheDocument()
    expect(screen.getByText('还没有驿站')).toBeInTheDocument()
    fireEvent.click(screen.getByText('新建驿站'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/staff/station/index' }])
  })

  it('asks a signed-out person to sign in, and comes back here after', async () => {
    serveApi({ listStaffStations: () => reply.error(401, 'UNAUTHENTICATED', '请先登录') })

    renderPage(StaffStationsPage, PATH)

    fireEvent.click(await screen.findByText('登录'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: pageUrl.login(pageUrl.staffStations) }])
  })

  it('tells a worker or employer this page is for staff, in the server’s words', async () => {
    serveApi({ listStaffStations: () => reply.error(403, 'FORBIDDEN', '只有驿站工作人员可以这样做') })

    renderPage(StaffStationsPage, PATH)

    expect(await screen.findByText('这里是驿站工作人员的页面')).toBeInTheDocument()
    expect(screen.getByText('只有驿站工作人员可以这样做')).toBeInTheDocument()
    expect(screen.queryByText('新建驿站')).not.toBeInTheDocument()
  })

  it('offers 重试 when the list fails to load', async () => {
    let fail = true
    serveApi({ listStaffStations: () => (fail ? reply.networkError('request:fail') : buildStaffStationList([buildStaffStation({ name: '英雄南路零工驿站' })], '潞州区')) })

    renderPage(StaffStationsPage, PATH)

    expect(await screen.findByText('网络连接不上，请检查网络后重试')).toBeInTheDocument()
    fail = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('英雄南路零工驿站')).toBeInTheDocument()
  })
})
