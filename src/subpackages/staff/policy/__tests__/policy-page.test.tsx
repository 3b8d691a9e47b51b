import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageUrl } from '@/shared/config/routes'
import type { CreatePolicyBody, Policy } from '@/shared/contracts/policies'
import { buildStaffPolicy, filledPolicyForm } from '@/features/staff-policies/__tests__/staff-policy-fixtures'
import type { PolicyFormValues } from '@/features/staff-policies/model/policy-form'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffPolicyPage from '../index'

const PATH = '/subpackages/staff/policy/index'
const NEW_DRAFT_KEY = 'yizhan.staff-policy.draft.new'

const field = (placeholder: string) => screen.getByPlaceholderText(placeholder) as HTMLInputElement
const type = (placeholder: string, value: string) => fireEvent.input(field(placeholder), { target: { value } })
const group = (name: string) => screen.getByRole('group', { name })

/** 新建政策, once the page knows the staff member's scope (here: not, the dashboard answers 404). */
async function openNew() {
  renderPage(StaffPolicyPage, PATH)
  await screen.findByText('保存草稿')
}

/** A new policy filled in, as a draft left on the phone (the date wheels are the platform's own). */
const filledDraft = filledPolicyForm({ amountKind: 'range', amountYuan: '', minYuan: '1000', maxYuan: '3000.5', expiresOn: '2026-12-31' })

/** The server's policy as it stands; update, publish and withdraw change it as the server would. */
function servePolicy(initial: Policy, handlers: Parameters<typeof serveApi>[0] = {}) {
  const state = { policy: initial }
  serveApi({
    getPolicy: () => state.policy,
    updatePolicy: ({ body }) => {
      state.policy = { ...state.policy, ...(body as object), version: state.policy.version + (state.policy.status === 'published' ? 1 : 0), updatedAt: '2025-03-02T01:00:00.000Z' }
      return state.policy
    },
    publishPolicy: () => (state.policy = { ...state.policy, status: 'published', open: true, publishedAt: '2025-03-02T01:00:00.000Z' }),
    withdrawPolicy: ({ body }) => (state.policy = { ...state.policy, status: 'withdrawn', open: false, withdrawnReason: (body as { reason: string }).reason }),
    ...handlers,
  })
  return state
}

describe('a new policy', () => {
  it('restores the draft left last time, builds a condition, and saves it as a draft in fen, then opens its own page', async () => {
    Taro.setStorageSync(NEW_DRAFT_KEY, { values: filledDraft, base: null })
    const created = buildStaffPolicy()
    serveApi({ createPolicy: () => reply.ok(created, 201) })
    await openNew()

    expect(screen.getByText('已恢复您上次没保存的修改。')).toBeInTheDocument()
    expect(field('如 长治市一次性创业补贴').value).toBe('潞州区创业补贴')
    expect(screen.getByText('高校毕业生')).toHaveClass('yz-policy-conditions__preview')

    fireEvent.click(screen.getByLabelText('添加条件：年龄范围'))
    type('最小，如 16', '16')
    type('最大，如 35', '35')
    expect(screen.getByText('以上条件要同时满足。申请人看到的是：')).toBeInTheDocument()
    expect(screen.getByText('高校毕业生，16 至 35 周岁')).toBeInTheDocument()

    fireEvent.click(screen.getByText('保存草稿'))
    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: pageUrl.staffPolicy(created.id) }]))
    const body = callsTo('createPolicy')[0]!.body as CreatePolicyBody
    expect(body).toMatchObject({
      title: '潞州区创业补贴',
      region: '潞州区',
      amount: { kind: 'range', minFen: 100_000, maxFen: 300_050 },
      applyMethod: { kind: 'offline', place: '政务服务中心 3 号窗口', hours: '工作日 9:00–17:00' },
      conditions: { all: [{ group: 'graduate' }, { age: { min: 16, max: 35 } }] },
      applicationForm: null,
      docNumber: null,
    })
    expect(Taro.getStorageSync(NEW_DRAFT_KEY)).toBe('')
  })

  it('offers a district staff member only their district, chosen already; city-wide staff every region', async () => {
    const dashboard = (district: string | null) => ({ district, queue: { job: 0, employer: 0, report: 0, overdueReports: 0 }, samples: [] })
    serveApi({ getStaffDashboard: () => dashboard('潞州区') })
    const { unmount } = renderPage(StaffPolicyPage, PATH)

    expect(await screen.findByText('您负责潞州区，只能发布本区县的政策；全市政策由市局发布')).toBeInTheDocument()
    expect(within(group('适用地区')).getAllByRole('button').map((b) => b.textContent)).toEqual(['✓ 潞州区'])
    unmount()

    serveApi({ getStaffDashboard: () => dashboard(null) })
    renderPage(StaffPolicyPage, PATH)
    expect(await screen.findByText('您负责全市：可以选长治市，或其下任一区县')).toBeInTheDocument()
    const regions = within(group('适用地区')).getAllByRole('button').map((b) => b.textContent)
    expect(regions).toHaveLength(13)
    expect(regions.slice(0, 2)).toEqual(['长治市', '潞州区'])
  })

  it('keeps what is typed on the phone while typing', async () => {
    serveApi({})
    await openNew()
    type('如 长治市一次性创业补贴', '长治市求职创业补贴')
    expect((Taro.getStorageSync(NEW_DRAFT_KEY) as { values: PolicyFormValues }).values.title).toBe('长治市求职创业补贴')
  })

  it('checks the form before sending: every problem on its own place', async () => {
    serveApi({})
    await openNew()
    fireEvent.click(screen.getByText('保存草稿'))

    expect(await screen.findByText('请填写政策名称')).toBeInTheDocument()
    expect(screen.getByText('请选择生效日期')).toBeInTheDocument()
    expect(screen.getByText('请填写段落')).toBeInTheDocument()
    expect(screen.getByText('请至少加一个申请条件')).toBeInTheDocument()
    expect(callsTo('createPolicy')).toHaveLength(0)
  })

  it('puts the server’s nested field errors on their fields, and a 403 in its own words', async () => {
    Taro.setStorageSync(NEW_DRAFT_KEY, { values: { ...filledDraft, blocks: [...filledDraft.blocks, { id: 'b2', type: 'heading', level: 2, text: '二、标准' }] }, base: null })
    let answer = reply.error(400, 'VALIDATION_FAILED', '最高金额太大了', { 'amount.maxFen': '最高金额太大了', 'fullText.1.text': '标题最多 100 个字' })
    serveApi({ createPolicy: () => answer })
    await openNew()

    fireEvent.click(screen.getByText('保存草稿'))
    const max = await screen.findByText('最高金额太大了')
    expect(max.closest('.yz-policy-field')).toContainElement(field('如 3000'))
    expect(within(group('第 2 段（标题）')).getByText('标题最多 100 个字')).toBeInTheDocument()
    expect(screen.getByText('有 2 处需要修改，请看红字')).toBeInTheDocument()

    answer = reply.error(403, 'FORBIDDEN', '区级工作人员只能管理本区的政策，全市政策请交给市局')
    fireEvent.click(screen.getByText('保存草稿'))
    expect(await screen.findByText('区级工作人员只能管理本区的政策，全市政策请交给市局')).toBeInTheDocument()
  })

  it('edits the full text block by block: add, move, remove', async () => {
    serveApi({})
    await openNew()
    fireEvent.click(screen.getByLabelText('添加表格'))
    fireEvent.click(screen.getByLabelText('添加标题'))
    expect(screen.getAllByRole('group', { name: /^第 \d 段（[^）]+）$/ }).map((g) => g.getAttribute('aria-label'))).toEqual(['第 1 段（段落）', '第 2 段（表格）', '第 3 段（标题）'])
    fireEvent.click(screen.getByLabelText('第 3 段（标题）上移'))
    fireEvent.click(screen.getByLabelText('删除第 1 段（段落）'))
    expect(screen.getAllByRole('group', { name: /^第 \d 段（[^）]+）$/ }).map((g) => g.getAttribute('aria-label'))).toEqual(['第 1 段（标题）', '第 2 段（表格）'])
  })

  it('asks for the application form when applying online', async () => {
    Taro.setStorageSync(NEW_DRAFT_KEY, { values: filledDraft, base: null })
    serveApi({ createPolicy: ({ body }) => reply.ok(buildStaffPolicy({ ...(body as object), applyKind: 'online' } as Partial<Policy>), 201) })
    await openNew()

    fireEvent.click(screen.getByText('在本应用网上申请'))
    expect(screen.queryByPlaceholderText('如 长治市政务服务中心二楼 12 号窗口')).not.toBeInTheDocument()
    fireEvent.click(screen.getByLabelText('添加填写项'))
    fireEvent.click(screen.getByText('保存草稿'))
    expect(await screen.findByText('请填写字段名称')).toBeInTheDocument()

    type('如 银行卡号', '开户银行')
    fireEvent.click(within(group('填写项 1的类型')).getByText('选项'))
    type('选项，一行一个，至少两个', '工商银行\n农业银行')
    fireEvent.click(screen.getByLabelText('添加材料'))
    type('如 身份证正反面', '身份证')
    fireEvent.click(within(group('材料 1最多几张')).getByText('2 张'))
    fireEvent.click(screen.getByText('保存草稿'))

    await waitFor(() => expect(callsTo('createPolicy')).toHaveLength(1))
    expect(callsTo('createPolicy')[0]!.body).toMatchObject({
      applyMethod: { kind: 'online' },
      applicationForm: {
        fields: [{ key: 'f1', label: '开户银行', kind: 'choice', required: true, options: ['工商银行', '农业银行'] }],
        materials: [{ key: 'm1', label: '身份证', required: true, maxFiles: 2 }],
      },
    })
  })
})

describe('an existing policy', () => {
  it('publishes a draft after asking, and explains POLICY_EXPIRED on the expiry date', async () => {
    const policy = buildStaffPolicy()
    let expired = true
    servePolicy(policy, { publishPolicy: () => (expired ? reply.error(409, 'POLICY_EXPIRED', '这条政策已过截止日期，请先修改截止日期再发布') : { ...policy, status: 'published', open: true }) })
    renderPage(StaffPolicyPage, PATH, { id: policy.id })

    fireEvent.click(await screen.findByText('发布'))
    await waitFor(() => expect(taroTest.modals.at(-1)).toMatchObject({ title: '发布这条政策？', confirmText: '发布' }))
    const messages = await screen.findAllByText('这条政策已过截止日期，请先修改截止日期再发布')
    expect(messages.some((m) => m.closest('.yz-policy-field')?.textContent?.includes('申请截止日期'))).toBe(true)

    expired = false
    fireEvent.click(screen.getByText('发布'))
    expect(await screen.findByText('已发布，所有人都能看到了；符合条件的人会收到通知。')).toBeInTheDocument()
    expect(await screen.findByText('已发布（第 1 版）')).toBeInTheDocument()
    expect(callsTo('publishPolicy')).toHaveLength(2)
  })

  it('does not publish when the person thinks again', async () => {
    const policy = buildStaffPolicy()
    servePolicy(policy)
    taroTest.setModalConfirms(false)
    renderPage(StaffPolicyPage, PATH, { id: policy.id })
    fireEvent.click(await screen.findByText('发布'))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(callsTo('publishPolicy')).toHaveLength(0)
  })

  it('saves only what changed on a published policy, and says who will be told', async () => {
    const policy = buildStaffPolicy({ status: 'published', open: true, publishedAt: '2025-02-01T02:00:00.000Z', version: 2 })
    servePolicy(policy)
    renderPage(StaffPolicyPage, PATH, { id: policy.id })

    expect(await screen.findByText('这条政策已发布。保存修改后，因这次修改而新符合条件的人会收到通知。')).toBeInTheDocument()
    expect(screen.getByText('已发布（第 2 版）')).toBeInTheDocument()
    fireEvent.click(screen.getByText('保存修改'))
    expect(await screen.findByText('没有改动，不用保存')).toBeInTheDocument()

    type('如 5000', '6000')
    fireEvent.click(screen.getByText('保存修改'))
    expect(await screen.findByText('已保存。新符合条件的人会收到通知。')).toBeInTheDocument()
    expect(callsTo('updatePolicy').map((c) => c.body)).toEqual([{ amount: { kind: 'fixed', fen: 600_000 } }])
    expect(await screen.findByText('已发布（第 3 版）')).toBeInTheDocument()
  })

  it('withdraws a published policy only with a reason, after asking', async () => {
    const policy = buildStaffPolicy({ status: 'published', open: true, publishedAt: '2025-02-01T02:00:00.000Z' })
    servePolicy(policy)
    renderPage(StaffPolicyPage, PATH, { id: policy.id })

    fireEvent.click(await screen.findByText('撤回这条政策'))
    fireEvent.click(screen.getByText('确认撤回'))
    expect(await screen.findByText('撤回理由至少 2 个字')).toBeInTheDocument()
    expect(callsTo('withdrawPolicy')).toHaveLength(0)

    type('如 政策已到期停止执行，至少 2 个字', '政策已停止执行')
    fireEvent.click(screen.getByText('确认撤回'))
    expect(await screen.findByText('「潞州区高校毕业生创业补贴」已撤回')).toBeInTheDocument()
    expect(screen.getByText(/撤回理由：政策已停止执行/)).toBeInTheDocument()
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '撤回这条政策？' })
    expect(callsTo('withdrawPolicy').map((c) => c.body)).toEqual([{ reason: '政策已停止执行' }])
  })

  it('shows a condition the builder cannot say in words, read-only, and never sends it back', async () => {
    const conditions = { any: [{ all: [{ group: 'graduate' as const }, { graduatedWithinYears: 2 }] }, { employment: ['unemployed' as const] }] }
    const policy = buildStaffPolicy({ conditions })
    servePolicy(policy)
    renderPage(StaffPolicyPage, PATH, { id: policy.id })

    expect(await screen.findByText('（高校毕业生，毕业 2 年内的高校毕业生）或目前未就业')).toBeInTheDocument()
    expect(screen.getByText(/这里不能逐项修改；保存时原样保留/)).toBeInTheDocument()
    type('如 长治市一次性创业补贴', '潞州区高校毕业生创业补贴（2025 年）')
    fireEvent.click(screen.getByText('保存修改'))
    await waitFor(() => expect(callsTo('updatePolicy')).toHaveLength(1))
    expect(callsTo('updatePolicy')[0]!.body).toEqual({ title: '潞州区高校毕业生创业补贴（2025 年）' })

    fireEvent.click(screen.getByText('重新设置申请条件'))
    expect(await screen.findByText('（还没有条件）')).toBeInTheDocument()
  })

  it('restores a draft of an existing policy and says when someone saved it since', async () => {
    const policy = buildStaffPolicy()
    servePolicy(policy)
    Taro.setStorageSync(`yizhan.staff-policy.draft.${policy.id}`, { values: { ...filledDraft, title: '改了一半的名称' }, base: '2024-01-01T00:00:00.000Z' })
    renderPage(StaffPolicyPage, PATH, { id: policy.id })

    expect(await screen.findByText('已恢复您上次没保存的修改。这条政策在那之后被别人改过，请核对后再保存。')).toBeInTheDocument()
    expect(field('如 长治市一次性创业补贴').value).toBe('改了一半的名称')
    act(() => fireEvent.click(screen.getByText('放弃修改，用已保存的内容')))
    expect(field('如 长治市一次性创业补贴').value).toBe(policy.title)
  })

  it('says so when the policy is not there for this person', async () => {
    serveApi({ getPolicy: () => reply.error(404, 'POLICY_NOT_FOUND', '没有找到这条政策，可能已经撤回') })
    renderPage(StaffPolicyPage, PATH, { id: '00000000-0000-4000-9000-000000009999' })
    fireEvent.click(await screen.findByText('回到政策列表'))
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: pageUrl.staffPolicies }])
  })
})
