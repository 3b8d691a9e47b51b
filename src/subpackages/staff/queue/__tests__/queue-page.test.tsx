import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ReviewQueueSchema, StaffDashboardSchema, type QueueItem } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffQueuePage from '../index'

const PATH = '/subpackages/staff/queue/index'
const TOKEN = 'tok_0123456789abcdef0123456789'
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
const SINCE = '2026-11-23T09:05:00+08:00'

const jobItem: QueueItem = {
  kind: 'job',
  id: id(1),
  title: '夜班保安（限男）',
  employer: { id: id(21), name: '长治安保公司', verified: true },
  district: '潞州区',
  reasons: [{ code: 'GENDER_RESTRICTION', message: '「限男」：招工不得限定性别', field: 'title', law: '就业促进法第二十七条' }],
  since: SINCE,
}
const employerItem: QueueItem = {
  kind: 'employer',
  id: id(2),
  name: '长治顺达物流有限公司',
  employerKind: 'enterprise',
  creditCode: '91140400MA0000000X',
  creditCodeValid: false,
  district: '潞州区',
  contactName: '赵经理',
  contactPhone: '13800000009',
  licencePath: `/api/v1/employers/${id(2)}/licence`,
  since: SINCE,
}
const reportItem: QueueItem = {
  kind: 'report',
  id: id(3),
  job: { id: id(31), title: '超市理货', status: 'open', district: '潞州区', employerName: '惠民超市' },
  reason: 'fee',
  note: '让先交 200 押金',
  reporterName: '王**',
  openReportsOnJob: 1,
  answerBy: '2026-11-20',
  overdue: true,
  since: SINCE,
}

/** The server's queue as it stands: a decision takes its item out, as the server would. */
function serveQueue(initial: QueueItem[], handlers: Parameters<typeof serveApi>[0] = {}) {
  const state = { items: initial }
  const counts = () => ({
    job: state.items.filter((i) => i.kind === 'job').length,
    employer: state.items.filter((i) => i.kind === 'employer').length,
    report: state.items.filter((i) => i.kind === 'report').length,
    overdueReports: state.items.filter((i) => i.kind === 'report' && i.overdue).length,
  })
  const remove = (kind: string, itemId: string) => (state.items = state.items.filter((i) => !(i.kind === kind && i.id === itemId)))
  serveApi({
    getStaffDashboard: () =>
      StaffDashboardSchema.parse({
        district: '潞州区',
        queue: counts(),
        samples: [
          { month: '2026-10', sampled: 10, rated: 10, nonCompliant: 2, share: 0.2 },
          { month: '2026-11', sampled: 20, rated: 16, nonCompliant: 1, share: 0.0625 },
        ],
      }),
    getReviewQueue: ({ query }) =>
      ReviewQueueSchema.parse({ items: state.items.filter((i) => !query.kind || i.kind === query.kind), nextCursor: null, counts: counts() }),
    reviewJob: ({ params, body }) => {
      remove('job', params.id!)
      return { id: params.id, status: (body as { decision: string }).decision === 'approve' ? 'open' : 'closed', checkedByStaff: true, staffNote: 'x', updatedAt: SINCE }
    },
    decideEmployerVerification: ({ params }) => {
      remove('employer', params.id!)
      return { id: params.id, verificationStatus: 'verified', verificationNote: '核对无误', verifiedAt: SINCE }
    },
    decideReport: ({ params }) => {
      remove('report', params.id!)
      return { id: params.id, status: 'upheld', outcomeNote: '属实', decidedAt: SINCE, job: { id: id(31), status: 'closed' }, closedReports: 1 }
    },
    ...handlers,
  })
  return state
}

const cardOf = async (title: string) => (await screen.findByText(title)).closest('.yz-queue-item') as HTMLElement
const figure = (label: string) => screen.getByText(label, { selector: '.yz-dashboard__label' }).closest('.yz-dashboard__figure') as HTMLElement

describe('the staff review queue', () => {
  beforeEach(() => setToken(TOKEN))

  it('shows the dashboard, tabs with counts, and each item with what staff must decide on', async () => {
    serveQueue([jobItem, employerItem, reportItem])
    renderPage(StaffQueuePage, PATH)

    expect(await screen.findByText('负责区县：潞州区')).toBeInTheDocument()
    expect(within(figure('待审岗位')).getByText('1')).toBeInTheDocument()
    expect(within(figure('逾期举报')).getByText('1')).toBeInTheDocument()
    expect(figure('逾期举报')).toHaveClass('yz-dashboard__figure--alarm')
    expect(within(figure('本月抽查不合规')).getByText('6.3%')).toBeInTheDocument()
    expect(await screen.findByText('全部 3')).toBeInTheDocument()
    expect(screen.getByText('单位认证 1')).toBeInTheDocument()

    const job = await cardOf('夜班保安（限男）')
    expect(within(job).getByText('「限男」：招工不得限定性别')).toBeInTheDocument()
    expect(within(job).getByText('依据：就业促进法第二十七条')).toBeInTheDocument()
    expect(within(job).getByText('长治安保公司（已认证）· 潞州区')).toBeInTheDocument()

    const employer = await cardOf('长治顺达物流有限公司')
    expect(within(employer).getByText('⚠ 统一社会信用代码的校验位不对（GB 32100），请对照执照仔细核对号码')).toBeInTheDocument()
    expect(within(employer).getByText('查看营业执照')).toBeInTheDocument()

    const report = await cardOf('超市理货')
    expect(within(report).getByText('⚠ 已超过答复期限（11月20日），请尽快处理')).toBeInTheDocument()
    expect(within(report).getByText('补充说明：让先交 200 押金')).toBeInTheDocument()

    for (const [text, url] of [
      ['审核记录', '/subpackages/staff/audit/index'],
      ['抽查', '/subpackages/staff/samples/index'],
      ['驿站与海报', '/subpackages/staff/stations/index'],
    ]) {
      fireEvent.click(screen.getByText(text!))
      expect(taroTest.navigations.at(-1)).toEqual({ type: 'navigateTo', url })
    }
  })

  it('needs a decision and a reason before sending anything', async () => {
    serveQueue([jobItem])
    renderPage(StaffQueuePage, PATH)
    const job = await cardOf('夜班保安（限男）')
    fireEvent.click(within(job).getByText('提交决定'))
    expect(await within(job).findByText('请选择通过、退回或下架')).toBeInTheDocument()
    expect(within(job).getByText('理由至少 2 个字，对方会看到')).toBeInTheDocument()
    expect(callsTo('reviewJob')).toHaveLength(0)
  })

  it('a take-down asks first; confirmed, it is sent with the reason, the item leaves and the counts follow', async () => {
    serveQueue([jobItem, employerItem])
    renderPage(StaffQueuePage, PATH)
    const job = await cardOf('夜班保安（限男）')
    fireEvent.click(within(job).getByText('下架'))
    fireEvent.input(within(job).getByPlaceholderText('写明理由，至少 2 个字'), { target: { value: ' 限定性别，违反就业促进法 ' } })

    taroTest.setModalConfirms(false)
    fireEvent.click(within(job).getByText('提交决定'))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(taroTest.modals[0]?.confirmText).toBe('下架')
    expect(callsTo('reviewJob')).toHaveLength(0)

    taroTest.setModalConfirms(true)
    fireEvent.click(within(job).getByText('提交决定'))
    await waitFor(() => expect(screen.queryByText('夜班保安（限男）')).not.toBeInTheDocument())
    expect(callsTo('reviewJob')).toEqual([expect.objectContaining({ params: { id: jobItem.id }, body: { decision: 'take_down', reason: '限定性别，违反就业促进法' } })])
    expect(await screen.findByText('全部 1')).toBeInTheDocument()
    await waitFor(() => expect(within(figure('待审岗位')).getByText('0')).toBeInTheDocument())
  })

  it('verifies an employer without asking twice, and a report decision goes to its own endpoint', async () => {
    serveQueue([employerItem, reportItem])
    renderPage(StaffQueuePage, PATH)
    const employer = await cardOf('长治顺达物流有限公司')
    fireEvent.click(within(employer).getByText('认证通过'))
    fireEvent.input(within(employer).getByPlaceholderText('写明理由，至少 2 个字'), { target: { value: '执照与信用代码核对无误' } })
    fireEvent.click(within(employer).getByText('提交决定'))
    await waitFor(() => expect(screen.queryByText('长治顺达物流有限公司')).not.toBeInTheDocument())
    expect(taroTest.modals).toHaveLength(0)
    expect(callsTo('decideEmployerVerification')[0]?.body).toEqual({ decision: 'verify', reason: '执照与信用代码核对无误' })

    const report = await cardOf('超市理货')
    fireEvent.click(within(report).getByText('不属实'))
    fireEvent.input(within(report).getByPlaceholderText('写明理由，至少 2 个字'), { target: { value: '电话核实，没有收费' } })
    fireEvent.click(within(report).getByText('提交决定'))
    await waitFor(() => expect(callsTo('decideReport')[0]?.body).toEqual({ decision: 'dismiss', reason: '电话核实，没有收费' }))
    expect(await screen.findByText('没有等待处理的事项')).toBeInTheDocument()
  })

  it('shows the server’s refusal of a decision in its words and keeps the item', async () => {
    serveQueue([jobItem], { reviewJob: () => reply.error(409, 'JOB_NOT_PENDING_REVIEW', '这个岗位现在是“草稿”，不在待审核状态') })
    renderPage(StaffQueuePage, PATH)
    const job = await cardOf('夜班保安（限男）')
    fireEvent.click(within(job).getByText('通过，发布'))
    fireEvent.input(within(job).getByPlaceholderText('写明理由，至少 2 个字'), { target: { value: '已电话核实' } })
    fireEvent.click(within(job).getByText('提交决定'))
    expect(await within(job).findByRole('alert')).toHaveTextContent('这个岗位现在是“草稿”，不在待审核状态')
    expect(screen.getByText('夜班保安（限男）')).toBeInTheDocument()
  })

  it('a tab asks the server for that kind only', async () => {
    serveQueue([jobItem, employerItem, reportItem])
    renderPage(StaffQueuePage, PATH)
    fireEvent.click(await screen.findByText('举报 1'))
    await waitFor(() => expect(screen.queryByText('夜班保安（限男）')).not.toBeInTheDocument())
    expect(await screen.findByText('超市理货')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '举报 1，当前' })).toBeInTheDocument()
    expect(callsTo('getReviewQueue').map((call) => call.query.kind)).toEqual([undefined, 'report'])
  })

  it('downloads the licence with the staff member’s token and shows it', async () => {
    serveQueue([employerItem])
    const downloads: { url: string; header: Record<string, string> }[] = []
    const fake = Taro as unknown as { downloadFile?: (options: { url: string; header: Record<string, string> }) => Promise<unknown> }
    fake.downloadFile = (options) => {
      downloads.push({ url: options.url, header: options.header })
      return Promise.resolve({ statusCode: 200, tempFilePath: 'http://tmp/licence.png', filePath: '', errMsg: 'downloadFile:ok' })
    }
    try {
      renderPage(StaffQueuePage, PATH)
      const employer = await cardOf('长治顺达物流有限公司')
      fireEvent.click(within(employer).getByText('查看营业执照'))
      expect(await within(employer).findByText('点图片可以放大看清号码')).toBeInTheDocument()
      expect(employer.querySelector('img')?.getAttribute('src')).toBe('http://tmp/licence.png')
      expect(downloads).toEqual([{ url: expect.stringMatching(new RegExp(`/api/v1/employers/${employerItem.id}/licence$`)), header: { Authorization: `Bearer ${TOKEN}` } }])
    } finally {
      delete fake.downloadFile
    }
  })

  it('a refused licence download says why in words', async () => {
    serveQueue([employerItem])
    const fake = Taro as unknown as { downloadFile?: () => Promise<unknown> }
    fake.downloadFile = () => Promise.resolve({ statusCode: 403, tempFilePath: 'http://tmp/error.json', filePath: '', errMsg: 'downloadFile:ok' })
    try {
      renderPage(StaffQueuePage, PATH)
      const employer = await cardOf('长治顺达物流有限公司')
      fireEvent.click(within(employer).getByText('查看营业执照'))
      expect(await within(employer).findByText('营业执照没有下载下来：这家单位不在您负责的区县，不能查看执照')).toBeInTheDocument()
    } finally {
      delete fake.downloadFile
    }
  })

  it('someone who is not staff sees the server’s refusal', async () => {
    serveApi({
      getStaffDashboard: () => reply.error(403, 'FORBIDDEN', '只有驿站工作人员可以使用'),
      getReviewQueue: () => reply.error(403, 'FORBIDDEN', '只有驿站工作人员可以使用'),
    })
    renderPage(StaffQueuePage, PATH)
    expect(await screen.findByText('待办没有加载出来')).toBeInTheDocument()
    expect(screen.getAllByText(/只有驿站工作人员可以使用/).length).toBeGreaterThan(0)
  })
})
