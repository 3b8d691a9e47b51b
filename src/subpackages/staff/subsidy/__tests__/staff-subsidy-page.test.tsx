import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { StaffSubsidyApplication } from '@/shared/contracts/subsidies'
import { toLocal } from '@/shared/lib/dayjs'
import { setToken } from '@/shared/session/token-store'
import { AMOUNT_FORMAT } from '@/features/subsidies/model/staff-actions'
import { HANDLED_ELSEWHERE } from '@/features/subsidies/components/staff-subsidy-actions'
import { APPLICATION_ID, buildStaffApplication, eventsOf, uuidOf } from '@/features/subsidies/__tests__/subsidy-fixtures'
import { callsTo, reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffSubsidyPage from '../index'

const TOKEN = 'tok_0123456789abcdef0123456789'

function fakeFiles() {
  const previews: { urls: string[]; current?: string }[] = []
  const fake = Taro as unknown as { downloadFile: unknown; previewImage: unknown }
  fake.downloadFile = (options: { url: string }) =>
    Promise.resolve({ statusCode: 200, tempFilePath: `blob:${options.url.split('/').pop()}`, errMsg: 'downloadFile:ok' })
  fake.previewImage = (options: { urls: string[]; current?: string }) => {
    previews.push(options)
    return Promise.resolve({ errMsg: 'previewImage:ok' })
  }
  return { previews }
}

beforeEach(() => {
  fakeFiles()
})
afterEach(() => {
  delete (Taro as unknown as { downloadFile?: unknown }).downloadFile
  delete (Taro as unknown as { previewImage?: unknown }).previewImage
})

/** The server as staff see it: the application changes as actions come in. */
function serveApplication(start: StaffSubsidyApplication, handlers: Handlers = {}) {
  let current = start
  setToken(TOKEN)
  serveApi({
    getStaffSubsidyApplication: () => current,
    actOnSubsidyApplication: ({ body }) => {
      const action = (body as { action: string }).action
      const next = { accept: 'accepted', start_review: 'reviewing', request_more: 'needs_more', approve: 'approved', reject: 'rejected', mark_paid: 'paid' }[action] as StaffSubsidyApplication['status']
      current = { ...current, status: next, events: [...current.events, { status: next, resubmitted: false, at: '2026-11-21T02:00:00.000Z', note: null }] }
      return current
    },
    ...handlers,
  })
  renderPage(StaffSubsidyPage, '/subpackages/staff/subsidy/index', { id: APPLICATION_ID })
  return { set: (next: StaffSubsidyApplication) => (current = next) }
}

const chips = () => screen.getAllByRole('group', { name: '处理' })[0]!.querySelectorAll('.yz-choice-chip')

describe('one subsidy application, for staff', () => {
  it('shows who applied (masked phone), what was filled in, the photos full screen; a new one offers 受理, 要求补充材料 or 不通过, never 通过', async () => {
    const { previews } = fakeFiles()
    serveApplication(buildStaffApplication())

    expect(await screen.findByText('申请人：陈小明 · 138****0005')).toBeInTheDocument()
    expect(screen.getByText('6222020200112233445')).toBeInTheDocument()
    expect([...chips()].map((chip) => chip.textContent)).toEqual(['受理', '要求补充材料', '不通过'])
    expect(screen.queryByText('通过')).not.toBeInTheDocument()
    expect(screen.queryByText('标记已发放')).not.toBeInTheDocument()

    fireEvent.click(await screen.findByRole('button', { name: '身份证第 1 张，点开放大' }))
    await waitFor(() => expect(previews[0]?.current).toBe(`blob:${uuidOf(0x301)}`))
  })

  it('受理 asks first, then the application moves on and offers what comes next', async () => {
    serveApplication(buildStaffApplication())

    fireEvent.click(await screen.findByText('受理'))
    fireEvent.click(screen.getByText('确认受理'))

    await waitFor(() => expect(callsTo('actOnSubsidyApplication').map((c) => c.body)).toEqual([{ action: 'accept' }]))
    expect(taroTest.modals).toEqual([{ title: '确认受理', content: '受理后申请人会收到通知。确定受理吗？', confirmText: '受理' }])
    expect(await screen.findByText('开始审核')).toBeInTheDocument()
    expect(screen.getAllByText('已受理').length).toBeGreaterThan(0)
  })

  it('taking it back in the confirmation sends nothing', async () => {
    serveApplication(buildStaffApplication())
    taroTest.setModalConfirms(false)

    fireEvent.click(await screen.findByText('受理'))
    fireEvent.click(screen.getByText('确认受理'))

    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(callsTo('actOnSubsidyApplication')).toHaveLength(0)
  })

  it('a confirmation that cannot open says so instead of failing silently', async () => {
    serveApplication(buildStaffApplication())
    const fake = Taro as unknown as { showModal: unknown }
    const original = fake.showModal
    fake.showModal = () => Promise.reject({ errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters' })
    try {
      fireEvent.click(await screen.findByText('受理'))
      fireEvent.click(screen.getByText('确认受理'))
      expect(await screen.findByText('确认框没有打开，请再点一次')).toBeInTheDocument()
      expect(callsTo('actOnSubsidyApplication')).toHaveLength(0)
    } finally {
      fake.showModal = original
    }
  })

  it('while reviewing: ask for more (a note is required), approve or reject (a reason is required)', async () => {
    serveApplication(buildStaffApplication({ status: 'reviewing', events: eventsOf(['submitted', null], ['accepted', null], ['reviewing', null]) }))

    await screen.findByText('要求补充材料')
    expect([...chips()].map((chip) => chip.textContent)).toEqual(['要求补充材料', '通过', '不通过'])

    fireEvent.click(screen.getByText('要求补充材料'))
    fireEvent.click(screen.getByText('确认要求补充材料'))
    expect(await screen.findByText('需要补充的材料至少 2 个字')).toBeInTheDocument()

    fireEvent.click(screen.getByText('不通过'))
    fireEvent.input(screen.getByPlaceholderText('写清楚，至少 2 个字'), { target: { value: '不' } })
    fireEvent.click(screen.getByText('确认不通过'))
    expect(await screen.findByText('不通过的理由至少 2 个字')).toBeInTheDocument()
    expect(taroTest.modals).toHaveLength(0)
    expect(callsTo('actOnSubsidyApplication')).toHaveLength(0)

    fireEvent.input(screen.getByPlaceholderText('写清楚，至少 2 个字'), { target: { value: '营业执照不满一年' } })
    fireEvent.click(screen.getByText('确认不通过'))
    await waitFor(() => expect(callsTo('actOnSubsidyApplication').map((c) => c.body)).toEqual([{ action: 'reject', note: '营业执照不满一年' }]))
    expect(await screen.findByText('这份申请已结束（未通过）。')).toBeInTheDocument()
  })

  it('标记已发放 takes the amount in yuan and sends fen, with the date (today unless changed)', async () => {
    serveApplication(buildStaffApplication({ status: 'approved', events: eventsOf(['submitted', null], ['reviewing', null], ['approved', null]) }))

    fireEvent.click(await screen.findByText('标记已发放'))
    const amount = screen.getByPlaceholderText('如 1000 或 1000.50')
    fireEvent.input(amount, { target: { value: '1000.001' } })
    fireEvent.click(screen.getByText('确认标记已发放'))
    expect(await screen.findByText(AMOUNT_FORMAT)).toBeInTheDocument()

    fireEvent.input(amount, { target: { value: '1000' } })
    fireEvent.click(screen.getByText('确认标记已发放'))

    const today = toLocal(Date.now()).format('YYYY-MM-DD')
    await waitFor(() => expect(callsTo('actOnSubsidyApplication').map((c) => c.body)).toEqual([{ action: 'mark_paid', amountFen: 100_000, paidOn: today }]))
    expect(taroTest.modals[0]?.confirmText).toBe('已发放')
    expect(taroTest.modals[0]?.content).toMatch(/^确定已于 \d{4}年\d{1,2}月\d{1,2}日向申请人发放 1,000 元吗？$/)
  })

  it('someone else handled it first: the application is asked again and the page says so', async () => {
    const server = serveApplication(buildStaffApplication(), {
      actOnSubsidyApplication: () => {
        server.set(buildStaffApplication({ status: 'accepted', events: eventsOf(['submitted', null], ['accepted', null]) }))
        return reply.error(409, 'INVALID_TRANSITION', '状态已经变了')
      },
    })

    fireEvent.click(await screen.findByText('受理'))
    fireEvent.click(screen.getByText('确认受理'))

    expect(await screen.findByText(HANDLED_ELSEWHERE)).toBeInTheDocument()
    expect(await screen.findByText('开始审核')).toBeInTheDocument()
    expect(callsTo('getStaffSubsidyApplication')).toHaveLength(2)
  })

  it('needs more or closed: nothing to do, said in a line', async () => {
    serveApplication(buildStaffApplication({ status: 'needs_more', staffNote: '请补充', events: eventsOf(['submitted', null], ['needs_more', '请补充']) }))
    expect(await screen.findByText('正在等申请人补充材料，补充后会回到待受理。')).toBeInTheDocument()
    expect(screen.queryByText(/^确认/)).not.toBeInTheDocument()
  })

  it('out of scope (403) says why', async () => {
    setToken(TOKEN)
    serveApi({ getStaffSubsidyApplication: () => reply.error(403, 'FORBIDDEN', '这份申请不在您负责的区县') })
    renderPage(StaffSubsidyPage, '/subpackages/staff/subsidy/index', { id: APPLICATION_ID })
    expect(await screen.findByText('这份申请不在您负责的区县')).toBeInTheDocument()
  })
})
