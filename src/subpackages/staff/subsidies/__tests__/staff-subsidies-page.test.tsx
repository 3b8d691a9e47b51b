import { fireEvent, screen, waitFor } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildStaffApplication, staffPage, uuidOf } from '@/features/subsidies/__tests__/subsidy-fixtures'
import { callsTo, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffSubsidiesPage from '../index'

const PATH = '/subpackages/staff/subsidies/index'

describe('补贴审核 queue', () => {
  it('opens on 待受理, each tab asks for its statuses, and an application opens its page', async () => {
    setToken('tok_0123456789abcdef0123456789')
    const waiting = buildStaffApplication({ id: uuidOf(0x601) })
    const reviewing = buildStaffApplication({ id: uuidOf(0x602), status: 'reviewing', applicant: { realName: null, phoneMasked: '139****1234' } })
    serveApi({ listStaffSubsidyApplications: ({ query }) => staffPage(query.status === 'submitted' ? [waiting] : query.status === 'accepted,reviewing' ? [reviewing] : []) })

    renderPage(StaffSubsidiesPage, PATH)

    expect(await screen.findByText('陈小明 · 138****0005')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '待受理，当前' })).toBeInTheDocument()

    fireEvent.click(screen.getByText('审核中'))
    expect(await screen.findByText('（未填写姓名） · 139****1234')).toBeInTheDocument()

    fireEvent.click(screen.getByText('已结束'))
    expect(await screen.findByText('没有已结束的申请')).toBeInTheDocument()
    expect(callsTo('listStaffSubsidyApplications').map((call) => call.query.status)).toEqual(['submitted', 'accepted,reviewing', 'rejected,paid'])

    fireEvent.click(screen.getByText('审核中'))
    fireEvent.click(await screen.findByText('（未填写姓名） · 139****1234'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/staff/subsidy/index?id=${uuidOf(0x602)}` }])
  })

  it('pulling down asks again', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listStaffSubsidyApplications: () => staffPage([]) })
    renderPage(StaffSubsidiesPage, PATH)
    await screen.findByText('没有待受理的申请')

    taroTest.pullDownRefresh()
    await waitFor(() => expect(callsTo('listStaffSubsidyApplications')).toHaveLength(2))
    await waitFor(() => expect(taroTest.pullDownStopped).toBe(1))
  })

  it('signed out: sign in and come back', () => {
    serveApi({})
    renderPage(StaffSubsidiesPage, PATH)
    fireEvent.click(screen.getByText('登录'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(PATH)}` }])
  })
})
