import '../../../../../test/jest/as-weapp'
import { fireEvent, screen } from '@testing-library/react'
import { ApplicationStateSchema } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { buildMyApplication, buildMyApplicationPage, timelineTo } from '../../../../../test/jest/application-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplicationPage from '../index'

const PATH = '/subpackages/work/application/index'
const QR = 'yz1.0d1c7a58-3a77-4f0e-9d2b-0c1f9e5a2b10.29436512.9f8e7d6c5b4a'

describe('报名详情 in the mini-program', () => {
  it('checks in by scanning the QR on the employer screen', async () => {
    let application = buildMyApplication({ status: 'hired', canCheckIn: true })
    serveApi({
      listMyApplications: () => buildMyApplicationPage([application]),
      checkIn: () => {
        application = { ...application, status: 'checked_in', timeline: timelineTo('checked_in'), canCheckIn: false, canCancel: false }
        return ApplicationStateSchema.parse({ id: application.id, status: application.status, timeline: application.timeline, updatedAt: application.updatedAt })
      },
    })
    taroTest.setScanResult({ result: QR })
    setToken('tok_0123456789abcdef0123456789')

    renderPage(ApplicationPage, PATH, { id: application.id })
    expect(await screen.findByText('扫不了码？输入用人单位屏幕上的 6 位签到码')).toBeInTheDocument()
    fireEvent.click(screen.getByText('扫码签到'))

    expect(await screen.findByText('已签到，完工后由用人单位确认')).toBeInTheDocument()
    expect(callsTo('checkIn').map((call) => call.body)).toEqual([{ qr: QR }])
  })

  it('closing the scanner sends nothing; a forged code is refused in the server words', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: true })
    serveApi({
      listMyApplications: () => buildMyApplicationPage([application]),
      checkIn: () => reply.error(400, 'CHECK_IN_CODE_INVALID', '这不是这个岗位的签到码'),
    })
    taroTest.setScanResult({ errMsg: 'scanCode:fail cancel' })
    setToken('tok_0123456789abcdef0123456789')

    renderPage(ApplicationPage, PATH, { id: application.id })
    fireEvent.click(await screen.findByText('扫码签到'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(callsTo('checkIn')).toHaveLength(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    taroTest.setScanResult({ result: 'not-our-code' })
    fireEvent.click(screen.getByText('扫码签到'))

    expect(await screen.findByText('这不是这个岗位的签到码')).toBeInTheDocument()
    expect(callsTo('checkIn').map((call) => call.body)).toEqual([{ qr: 'not-our-code' }])
  })
})
