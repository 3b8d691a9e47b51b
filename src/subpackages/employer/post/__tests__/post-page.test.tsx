import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import {
  EmployerJobViewSchema,
  EmployerProfileSchema,
  ScreeningResultSchema,
  TradeListSchema,
  type EmployerJobView,
  type EmployerProfile,
} from '@/shared/contracts'
import { toLocal } from '@/shared/lib/dayjs'
import { defaultForm, type PostForm } from '@/features/posting/model/post-form'
import { buildEmployerJob } from '../../../../../test/jest/employer-fixtures'
import { callsTo, reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { buildStation, buildStationList } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import PostJobPage from '../index'

const PATH = '/subpackages/employer/post/index'
const DRAFT_ID = '6c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'
const today = () => toLocal(Date.now()).format('YYYY-MM-DD')

function profile(overrides: Partial<EmployerProfile> = {}): EmployerProfile {
  return EmployerProfileSchema.parse({
    id: '3f0c1b4e-8d2a-4c55-9a70-1f2e3d4c5b6a',
    kind: 'enterprise',
    name: '长治市恒通物流有限公司',
    creditCode: '91350100M000100Y43',
    creditCodeValid: true,
    contactName: '王经理',
    contactPhone: '13800000002',
    address: '潞州区英雄中路 100 号',
    district: '潞州区',
    verificationStatus: 'verified',
    verificationNote: null,
    verifiedAt: '2026-11-01T09:00:00+08:00',
    licence: null,
    canPublish: true,
    ...overrides,
  })
}

const station = buildStation({ name: '潞州区英雄南路零工驿站', district: '潞州区', address: '长治市潞州区英雄南路 186 号人力资源市场一楼', location: { lat: 36.1868, lng: 113.1152 } })

const trades = TradeListSchema.parse({
  version: 1,
  trades: [
    { id: 'cleaning', name: '保洁', occupationCode: null, aliases: ['保洁阿姨'], sortOrder: 1, retired: false, version: 1 },
    { id: 'loading', name: '装卸搬运', occupationCode: null, aliases: ['力工', '搬运工'], sortOrder: 2, retired: false, version: 1 },
  ],
})

/** A form as far as someone got last time: complete, unless told otherwise. */
function typedForm(overrides: Partial<PostForm> = {}): PostForm {
  return {
    ...defaultForm(today()),
    title: '商场夜间保洁',
    category: 'cleaning',
    duties: '商场一楼到三楼地面清扫，交押金200元',
    requirements: '能上夜班',
    conditions: '提供工服',
    stationId: station.id,
    address: station.address,
    district: '潞州区',
    location: { lat: 36.1868, lng: 113.1152 },
    payYuan: '180',
    ...overrides,
  }
}

function draftView(overrides: Partial<EmployerJobView> = {}): EmployerJobView {
  const base = buildEmployerJob({ job: { id: DRAFT_ID, title: '商场夜间保洁' } }).job
  return EmployerJobViewSchema.parse({ ...base, validUntil: base.workDateEnd, status: 'draft', publishedAt: null, screening: null, screenedAt: null, ...overrides })
}

const rejected = ScreeningResultSchema.parse({
  verdict: 'reject',
  reasons: [{ code: 'deposit', verdict: 'reject', message: '不得向求职者收取押金、保证金', field: 'duties', law: '劳动合同法第九条' }],
})

function serve(handlers: Handlers = {}) {
  serveApi({
    getMyEmployer: () => profile(),
    listTrades: () => trades,
    listStations: () => buildStationList([station], true),
    createJob: () => reply.ok(draftView(), 201),
    updateJob: () => draftView(),
    ...handlers,
  })
}

const titleInput = () => screen.getByPlaceholderText('2 到 30 个字') as HTMLInputElement
const storedDraft = (key: string) => taroTest.storage.get(`yizhan.posting.draft.${key}`) as { form: PostForm } | undefined

describe('发布岗位: the form', () => {
  it('shows the fields as pickers and chips: trades from the shared list, tomorrow 08:00–17:00, one worker', async () => {
    serve()
    renderPage(PostJobPage, PATH)

    expect(await screen.findByText('岗位名称')).toBeInTheDocument()
    expect(await screen.findByText('保洁阿姨')).toBeInTheDocument()
    expect(screen.getByText('装卸搬运')).toBeInTheDocument()
    expect(screen.getByText('1 人')).toBeInTheDocument()
    expect(screen.getByText('✓ 元/天')).toBeInTheDocument()
    expect(screen.getByText('✓ 日结')).toBeInTheDocument()
    expect(screen.getByText('✓ 先到先得，报名即录用')).toBeInTheDocument()
    expect(screen.getByText('08:00')).toBeInTheDocument()
    expect(screen.getByText('17:00')).toBeInTheDocument()
    fireEvent.click(screen.getByText('＋'))
    expect(screen.getByText('2 人')).toBeInTheDocument()
  })

  it('says what is missing beside each field on 发布, sends nothing, and keeps what was typed', async () => {
    serve()
    renderPage(PostJobPage, PATH)
    fireEvent.input(await screen.findByPlaceholderText('2 到 30 个字'), { target: { value: '搬家' } })
    fireEvent.click(screen.getByText('发布'))

    expect(await screen.findByText('请选择工种')).toBeInTheDocument()
    expect(screen.getByText('请填写工作内容')).toBeInTheDocument()
    expect(screen.getByText('请填写工资')).toBeInTheDocument()
    expect(screen.getByText('请在地图上选择工作地点')).toBeInTheDocument()
    expect(screen.getByText(/^还有 8 项需要修改：工种、工作内容/)).toBeInTheDocument()
    expect(titleInput().value).toBe('搬家')
    expect(callsTo('createJob')).toHaveLength(0)
  })

  it('checks a field when it is left', async () => {
    serve()
    renderPage(PostJobPage, PATH)
    fireEvent.input(await screen.findByPlaceholderText('2 到 30 个字'), { target: { value: '工' } })
    fireEvent.blur(titleInput())
    expect(await screen.findByText('岗位名称至少 2 个字')).toBeInTheDocument()
  })

  it('fills the place from the station picked', async () => {
    serve()
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('选择驿站 ›'))
    fireEvent.click(await screen.findByText('潞州区英雄南路零工驿站'))

    expect((screen.getByPlaceholderText('如：长治市潞州区英雄南路 186 号') as HTMLInputElement).value).toBe(station.address)
    expect(screen.getByText('✓ 潞州区')).toBeInTheDocument()
    expect(screen.getByText('已定好地点（驿站位置）')).toBeInTheDocument()
  })

  it('copies what is typed to the phone, and offers it back next time', async () => {
    serve()
    const first = renderPage(PostJobPage, PATH)
    fireEvent.input(await screen.findByPlaceholderText('2 到 30 个字'), { target: { value: '仓库装卸' } })
    await waitFor(() => expect(storedDraft('new')?.form.title).toBe('仓库装卸'))
    first.unmount()

    renderPage(PostJobPage, PATH)
    expect(await screen.findByText('已恢复您上次没保存的内容。')).toBeInTheDocument()
    expect(titleInput().value).toBe('仓库装卸')

    fireEvent.click(screen.getByText('不要了，恢复原样'))
    expect(titleInput().value).toBe('')
    await waitFor(() => expect(storedDraft('new')).toBeUndefined())
  })
})

describe('发布岗位: saving and publishing', () => {
  beforeEach(() => {
    taroTest.storage.set('yizhan.posting.draft.new', { form: typedForm(), savedAt: 1 })
  })

  it('shows a refusal with its reason, the field and the law, and will not publish until something changes', async () => {
    serve({ screenJob: () => rejected })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('发布'))

    const panel = (await screen.findByText('岗位信息不符合规定，改好后才能发布')).closest('.yz-post-screening') as HTMLElement
    expect(within(panel).getByText('「工作内容」')).toBeInTheDocument()
    expect(within(panel).getByText('不得向求职者收取押金、保证金')).toBeInTheDocument()
    expect(within(panel).getByText('依据：劳动合同法第九条')).toBeInTheDocument()
    // The field itself is marked with the reason.
    const duties = document.getElementById('yz-post-duties') as HTMLElement
    expect(duties).toHaveClass('yz-post-field--invalid')
    expect(within(duties).getByText('不得向求职者收取押金、保证金')).toBeInTheDocument()
    expect(callsTo('createJob')).toHaveLength(1)
    expect(callsTo('publishJob')).toHaveLength(0)

    // Tapping again as it is does nothing.
    fireEvent.click(screen.getByText('发布'))
    expect(callsTo('screenJob')).toHaveLength(1)

    // Fixed: checked again, passes, published.
    serve({ screenJob: () => ({ verdict: 'pass', reasons: [] }), publishJob: () => draftView({ status: 'open', publishedAt: '2026-11-23T10:00:00+08:00' }) })
    fireEvent.input(screen.getByDisplayValue('商场一楼到三楼地面清扫，交押金200元'), { target: { value: '商场一楼到三楼地面清扫' } })
    expect(within(duties).queryByText('不得向求职者收取押金、保证金')).not.toBeInTheDocument()
    expect(screen.getByText('您已修改，发布时会重新检查。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('发布'))

    expect(await screen.findByText('已发布')).toBeInTheDocument()
    expect(callsTo('updateJob')[0]?.body).toEqual(expect.objectContaining({ duties: '商场一楼到三楼地面清扫' }))
    expect(callsTo('publishJob').map((c) => c.params.id)).toEqual([DRAFT_ID])
    expect(storedDraft('new')).toBeUndefined()
    expect(storedDraft(DRAFT_ID)).toBeUndefined()
  })

  it('says staff will look first, and submits on the second tap', async () => {
    serve({
      screenJob: () => ({ verdict: 'review', reasons: [{ code: 'private_contact', verdict: 'review', message: '只留了微信号，驿站需要核实', field: 'conditions', law: null }] }),
      publishJob: () => draftView({ status: 'pending_review' }),
    })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('发布'))

    expect(await screen.findByText('提交后需驿站审核，通常 1 个工作日内')).toBeInTheDocument()
    expect(screen.getByText('只留了微信号，驿站需要核实')).toBeInTheDocument()
    expect(callsTo('publishJob')).toHaveLength(0)

    fireEvent.click(screen.getByText('提交驿站审核'))
    expect(await screen.findByText('已提交驿站审核')).toBeInTheDocument()
    expect(callsTo('screenJob')).toHaveLength(1)
    expect(callsTo('publishJob')).toHaveLength(1)
  })

  it("shows a 422 from publishing like a screening, the law split from the server's words", async () => {
    serve({
      screenJob: () => ({ verdict: 'pass', reasons: [] }),
      publishJob: () =>
        reply.error(422, 'JOB_POST_REJECTED', '岗位信息不符合规定，请修改后再发布：限男性', { requirements: '不得限定性别（依据：就业促进法第二十七条）' }),
    })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('发布'))

    expect(await screen.findByText('依据：就业促进法第二十七条')).toBeInTheDocument()
    expect(screen.getByText('「任职要求」')).toBeInTheDocument()
    expect(document.getElementById('yz-post-requirements')).toHaveClass('yz-post-field--invalid')
  })

  it('lets an unverified employer save a draft only, and shows where to get verified', async () => {
    serve({ getMyEmployer: () => profile({ verificationStatus: 'pending', verifiedAt: null, canPublish: false }) })
    renderPage(PostJobPage, PATH)

    expect(await screen.findByText('单位认证通过后才能发布')).toBeInTheDocument()
    fireEvent.click(screen.getByText('发布'))
    expect(callsTo('screenJob')).toHaveLength(0)

    fireEvent.click(screen.getByText('保存草稿'))
    expect(await screen.findByText(/^草稿已保存（\d\d:\d\d）/)).toBeInTheDocument()
    expect(callsTo('createJob')[0]?.body).toEqual(expect.objectContaining({ title: '商场夜间保洁', pay: { amountFen: 18000, unit: 'day' }, stationId: station.id }))
    await waitFor(() => expect(storedDraft('new')).toBeUndefined())

    fireEvent.click(screen.getByText('去看认证进度 ›'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/employer/profile/index' }])
  })

  it("says so in the server's words when publishing finds the employer not verified", async () => {
    serve({
      screenJob: () => ({ verdict: 'pass', reasons: [] }),
      publishJob: () => reply.error(403, 'EMPLOYER_NOT_VERIFIED', '单位认证还在审核中，通过后才能发布岗位；草稿已保存'),
    })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('发布'))

    expect(await screen.findByText('单位认证还在审核中，通过后才能发布岗位；草稿已保存')).toBeInTheDocument()
    expect(screen.getByText('单位认证通过后才能发布')).toBeInTheDocument()
  })

  it("puts the server's field errors on their fields", async () => {
    serve({ createJob: () => reply.error(400, 'VALIDATION_FAILED', '招聘截止日期已过，请改到今天或以后', { validUntil: '招聘截止日期已过，请改到今天或以后' }) })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('保存草稿'))

    const field = await waitFor(() => document.getElementById('yz-post-validUntil') as HTMLElement)
    expect(await within(field).findByText('招聘截止日期已过，请改到今天或以后')).toBeInTheDocument()
    expect(screen.getByText('还有 1 项需要修改：招聘截止日期')).toBeInTheDocument()
  })
})

describe('发布岗位: a post of mine', () => {
  it('opens a draft with its fields, and the reasons it was refused last time', async () => {
    serve({ getMyJob: () => draftView({ screening: rejected, screenedAt: '2026-11-23T09:00:00+08:00' }) })
    renderPage(PostJobPage, PATH, { id: DRAFT_ID })

    expect(await screen.findByDisplayValue('商场夜间保洁')).toBeInTheDocument()
    expect(screen.getByText('依据：劳动合同法第九条')).toBeInTheDocument()
    expect(callsTo('getMyJob').map((c) => c.params.id)).toEqual([DRAFT_ID])
  })

  it('saves changes of a live post with 保存修改, and says when staff must look again', async () => {
    const live = draftView({ status: 'open', publishedAt: '2026-11-22T10:00:00+08:00' })
    serve({ getMyJob: () => live, updateJob: () => ({ ...live, status: 'pending_review' }) })
    renderPage(PostJobPage, PATH, { id: DRAFT_ID })

    fireEvent.input(await screen.findByDisplayValue('商场夜间保洁'), { target: { value: '商场夜班保洁' } })
    expect(screen.queryByText('发布')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('保存修改'))

    expect(await screen.findByText(/需驿站审核后再显示，通常 1 个工作日内/)).toBeInTheDocument()
    expect(callsTo('updateJob')[0]?.params.id).toBe(DRAFT_ID)
  })

  it('offers 再发一次 for a post that ended', async () => {
    serve({ getMyJob: () => draftView({ status: 'closed', closeReason: 'employer', closedAt: '2026-11-22T10:00:00+08:00' }) })
    renderPage(PostJobPage, PATH, { id: DRAFT_ID })

    fireEvent.click(await screen.findByText('再发一次'))
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: `/subpackages/employer/post/index?copyOf=${DRAFT_ID}` }])
  })

  it('posts again: copies once and opens the new draft', async () => {
    const source = '0b9a8a3e-7d53-4b5f-9f8e-6a1c2d3e4f50'
    serve({ copyJob: () => reply.ok(draftView({ copiedFrom: source }), 201) })
    renderPage(PostJobPage, PATH, { copyOf: source })

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: `/subpackages/employer/post/index?id=${DRAFT_ID}` }]))
    expect(callsTo('copyJob').map((c) => c.params.id)).toEqual([source])
  })
})

describe('发布岗位: who may post', () => {
  it('sends someone without an employer to register first', async () => {
    serve({ getMyEmployer: () => reply.error(404, 'EMPLOYER_NOT_REGISTERED', '还没有登记用人单位') })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('去登记'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/employer/register/index' }])
  })

  it('asks someone not signed in to sign in and come back', async () => {
    serve({ getMyEmployer: () => reply.error(401, 'UNAUTHORIZED', '请先登录') })
    renderPage(PostJobPage, PATH)
    fireEvent.click(await screen.findByText('登录'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/employer/post/index')}` },
    ])
  })

  it("refuses another employer's post in the server's words", async () => {
    serve({ getMyJob: () => reply.error(403, 'FORBIDDEN', '这不是你发布的岗位') })
    renderPage(PostJobPage, PATH, { id: DRAFT_ID })
    expect(await screen.findByText('这不是你发布的岗位')).toBeInTheDocument()
  })
})
