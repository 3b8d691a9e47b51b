import { fireEvent, screen, waitFor } from '@testing-library/react'
import { ApplicationStateSchema, type MyApplication } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { buildMyApplication, buildMyApplicationPage, buildRating, timelineTo } from '../../../../../test/jest/application-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplicationPage from '../index'

const PATH = '/subpackages/work/application/index'
const TOKEN = 'tok_0123456789abcdef0123456789'

/** A server holding one application of mine; the handlers below change it as the real one would. */
function serveMine(initial: MyApplication, handlers: Parameters<typeof serveApi>[0] = {}) {
  const server = { application: initial }
  serveApi({ listMyApplications: () => buildMyApplicationPage([server.application]), ...handlers })
  return server
}

function stateOf(application: MyApplication) {
  return ApplicationStateSchema.parse({ id: application.id, status: application.status, timeline: application.timeline, updatedAt: application.updatedAt })
}

function open(application: MyApplication) {
  setToken(TOKEN)
  return renderPage(ApplicationPage, PATH, { id: application.id })
}

const codeInput = () => screen.getByPlaceholderText('6 位签到码') as HTMLInputElement

describe('报名详情', () => {
  it('once hired: the steps with their times, the contact to call and where to meet', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: false })
    serveMine(application)

    open(application)

    expect(await screen.findByText('联系用人单位')).toBeInTheDocument()
    expect(screen.getByText('已录用，请按时到岗')).toBeInTheDocument()
    expect(screen.getByText('11月23日 09:05')).toBeInTheDocument()
    expect(screen.getByText('11月23日 10:30')).toBeInTheDocument()
    expect(screen.getAllByText('未到')).toHaveLength(2)
    expect(screen.getByText('刘经理')).toBeInTheDocument()
    expect(screen.getByText('西门保安亭，找刘经理')).toBeInTheDocument()

    fireEvent.click(screen.getByText('13900001234'))
    await waitFor(() => expect(taroTest.phoneCalls).toEqual(['13900001234']))
  })

  it('before hire: no contact at all (the server sends none), no check-in, no rating', async () => {
    const application = buildMyApplication({ status: 'applied' })
    expect(application.contact).toBeUndefined()
    serveMine(application)

    open(application)

    expect(await screen.findByText('已报名，等用人单位确认')).toBeInTheDocument()
    expect(screen.queryByText('联系用人单位')).not.toBeInTheDocument()
    expect(screen.queryByText('电话')).not.toBeInTheDocument()
    expect(screen.queryByText('到岗签到')).not.toBeInTheDocument()
    expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
  })

  it('cancels after a confirmation, and shows it cancelled', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: false })
    const server = serveMine(application, {
      updateApplication: () => {
        server.application = {
          ...server.application,
          status: 'cancelled',
          timeline: [...server.application.timeline, { status: 'cancelled', at: '2026-11-23T20:00:00+08:00', by: 'worker', reason: null }],
          contact: undefined,
          canCancel: false,
        }
        return stateOf(server.application)
      },
    })

    open(application)
    taroTest.setModalConfirms(false)
    fireEvent.click(await screen.findByText('取消报名'))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(taroTest.modals[0]?.content).toBe('您已被录用，取消后这个名额会让给别人。')
    expect(callsTo('updateApplication')).toHaveLength(0)

    taroTest.setModalConfirms(true)
    fireEvent.click(screen.getByText('取消报名'))

    expect(await screen.findByText('您已取消报名')).toBeInTheDocument()
    expect(callsTo('updateApplication')).toEqual([expect.objectContaining({ params: { id: application.id }, body: { action: 'cancel' } })])
    // The status at the top and the step it stopped at.
    expect(screen.getAllByText('已取消')).toHaveLength(2)
    expect(screen.queryByText('取消报名')).not.toBeInTheDocument()
    expect(screen.queryByText('联系用人单位')).not.toBeInTheDocument()
  })

  it('a refused cancel says why', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: false })
    serveMine(application, { updateApplication: () => reply.error(409, 'WORK_STARTED', '已经开工了，不能再取消；有事请联系用人单位') })

    open(application)
    fireEvent.click(await screen.findByText('取消报名'))

    expect(await screen.findByText('已经开工了，不能再取消；有事请联系用人单位')).toBeInTheDocument()
  })

  it('checks in with the six digits: a refusal in the server words, then success', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: true })
    let attempts = 0
    const server = serveMine(application, {
      checkIn: () => {
        attempts += 1
        if (attempts === 1) return reply.error(400, 'CHECK_IN_CODE_EXPIRED', '签到码已过期，请输入用人单位屏幕上最新的签到码')
        server.application = { ...server.application, status: 'checked_in', timeline: timelineTo('checked_in'), canCheckIn: false, canCancel: false }
        return stateOf(server.application)
      },
    })

    open(application)
    expect(await screen.findByText('到岗签到')).toBeInTheDocument()
    // No camera in the browser: typing is the way.
    expect(screen.queryByText('扫码签到')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('签到'))
    expect(await screen.findByText('签到码是 6 位数字')).toBeInTheDocument()
    expect(callsTo('checkIn')).toHaveLength(0)

    fireEvent.input(codeInput(), { target: { value: '123456' } })
    fireEvent.click(screen.getByText('签到'))
    expect(await screen.findByText('签到码已过期，请输入用人单位屏幕上最新的签到码')).toBeInTheDocument()
    expect(codeInput().value).toBe('123456')

    fireEvent.input(codeInput(), { target: { value: '654321' } })
    fireEvent.click(screen.getByText('签到'))

    expect(await screen.findByText('已签到，完工后由用人单位确认')).toBeInTheDocument()
    expect(screen.getByText('11月24日 07:52')).toBeInTheDocument()
    expect(screen.queryByText('到岗签到')).not.toBeInTheDocument()
    expect(callsTo('checkIn').map((call) => call.body)).toEqual([{ code: '123456' }, { code: '654321' }])
    expect(taroTest.toasts).toContainEqual({ title: '签到成功', icon: 'success' })
  })

  it('checks in by location, and says so when too far', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: true })
    serveMine(application, { checkIn: () => reply.error(400, 'CHECK_IN_TOO_FAR', '您离上工地点还有 2.1 公里，到了再签到') })
    taroTest.setLocation({ latitude: 36.05, longitude: 103.77 })

    open(application)
    fireEvent.click(await screen.findByText('用位置签到'))

    expect(await screen.findByText('您离上工地点还有 2.1 公里，到了再签到')).toBeInTheDocument()
    const body = callsTo('checkIn')[0]?.body as { lat: number; lng: number }
    // The browser's WGS-84 position goes out in GCJ-02, a few hundred metres off.
    expect(body.lat).toBeCloseTo(36.05, 2)
    expect(body.lng).toBeCloseTo(103.77, 1)
    expect(body.lng).not.toBe(103.77)
  })

  it('without a position, says what to do and asks the server nothing', async () => {
    const application = buildMyApplication({ status: 'hired', canCheckIn: true })
    serveMine(application)
    taroTest.setLocation(null)

    open(application)
    fireEvent.click(await screen.findByText('用位置签到'))

    expect(await screen.findByText('没有拿到您的位置。请允许使用位置后再试，或输入签到码。')).toBeInTheDocument()
    expect(callsTo('checkIn')).toHaveLength(0)
  })

  it('rates the employer once completed, then shows the rating', async () => {
    const application = buildMyApplication({ status: 'completed' })
    const server = serveMine(application, {
      rateApplication: ({ body }) => {
        const rating = buildRating({ ...(body as { stars: number; tags: string[]; comment: string }), createdAt: '2026-11-24T18:00:00+08:00' })
        server.application = { ...server.application, canRate: false, myRating: rating }
        return reply.ok(rating, 201)
      },
    })

    open(application)
    fireEvent.click(await screen.findByText('提交评价'))
    expect(await screen.findByText('请选择星级')).toBeInTheDocument()
    expect(callsTo('rateApplication')).toHaveLength(0)

    fireEvent.click(screen.getByLabelText('4 星，满意'))
    expect(screen.getByText('4 星 · 满意')).toBeInTheDocument()
    fireEvent.click(screen.getByText('按时结算'))
    fireEvent.click(screen.getByText('态度好'))
    fireEvent.click(screen.getByText('态度好'))
    fireEvent.change(screen.getByPlaceholderText('还想说点什么（选填，最多 200 字）'), { target: { value: '管午饭，结账快' } })
    fireEvent.click(screen.getByText('提交评价'))

    expect(await screen.findByText('我的评价')).toBeInTheDocument()
    expect(callsTo('rateApplication')[0]?.body).toEqual({ stars: 4, tags: ['按时结算'], comment: '管午饭，结账快' })
    expect(screen.getByText('★★★★☆')).toBeInTheDocument()
    expect(screen.getByText('管午饭，结账快')).toBeInTheDocument()
    expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
  })

  it('finds an application beyond the first page (opened from a message)', async () => {
    const wanted = buildMyApplication({ status: 'hired', canCheckIn: false })
    const others = [buildMyApplication(), buildMyApplication()]
    serveApi({
      listMyApplications: ({ query }) => (query.cursor ? buildMyApplicationPage([wanted]) : buildMyApplicationPage(others, 'next')),
    })

    open(wanted)

    expect(await screen.findByText('联系用人单位')).toBeInTheDocument()
    expect(callsTo('listMyApplications').map((call) => call.query.cursor ?? null)).toEqual([null, 'next'])
  })

  it('says so when the application is not mine or gone', async () => {
    const application = buildMyApplication()
    serveApi({ listMyApplications: () => buildMyApplicationPage([buildMyApplication()]) })

    open(application)

    expect(await screen.findByText('没有找到这条报名')).toBeInTheDocument()
  })
})
