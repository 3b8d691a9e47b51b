import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { pageUrl } from '@/shared/config/routes'
import { buildStaffPolicy, buildStaffPolicyPage } from '@/features/staff-policies/__tests__/staff-policy-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffPoliciesPage from '../index'

const PATH = '/subpackages/staff/policies/index'

const draft = buildStaffPolicy({ title: '潞州区高校毕业生创业补贴' })
const published = buildStaffPolicy({ title: '长治市技能提升补贴', region: '长治市', category: 'training_subsidy', status: 'published', open: true, publishedAt: '2025-02-01T02:00:00.000Z' })
const expired = buildStaffPolicy({ title: '2024 年一次性扩岗补助', status: 'published', expiresOn: '2024-12-31', expired: true, open: false, publishedAt: '2024-02-01T02:00:00.000Z' })
const withdrawn = buildStaffPolicy({ title: '旧版见习补贴', category: 'internship_subsidy', status: 'withdrawn', expiresOn: null, withdrawnReason: '新政策已替代' })

function serveByStatus() {
  const all = [draft, published, expired, withdrawn]
  serveApi({ listStaffPolicies: ({ query }) => buildStaffPolicyPage(all.filter((p) => p.status === query.status)) })
}

describe('政策管理', () => {
  it('opens on 草稿 and shows each row’s title, category and region, status and expiry; a tap opens it', async () => {
    serveByStatus()
    renderPage(StaffPoliciesPage, PATH)

    const row = (await screen.findByText('潞州区高校毕业生创业补贴')).closest('.yz-staff-policy') as HTMLElement
    expect(within(row).getByText('创业补贴 · 潞州区')).toBeInTheDocument()
    expect(within(row).getByText('草稿')).toBeInTheDocument()
    expect(within(row).getByText('截止 2026-12-31')).toBeInTheDocument()
    expect(callsTo('listStaffPolicies')[0]!.query).toMatchObject({ status: 'draft', limit: '20' })
    expect(screen.getByText('共 1 条草稿政策，没有更多了')).toBeInTheDocument()

    fireEvent.click(row)
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: pageUrl.staffPolicy(draft.id) }])
  })

  it('switches tabs: 已发布 marks an expired policy, 已撤回 shows the withdrawn', async () => {
    serveByStatus()
    renderPage(StaffPoliciesPage, PATH)
    await screen.findByText('潞州区高校毕业生创业补贴')

    fireEvent.click(screen.getByText('已发布'))
    expect(await screen.findByText('长治市技能提升补贴')).toBeInTheDocument()
    expect(screen.getByText('截止 2024-12-31（已过期）')).toHaveClass('yz-staff-policy__expiry--expired')
    expect(screen.queryByText('潞州区高校毕业生创业补贴')).not.toBeInTheDocument()
    expect(screen.getByLabelText('已发布，当前')).toBeInTheDocument()

    fireEvent.click(screen.getByText('已撤回'))
    const row = (await screen.findByText('旧版见习补贴')).closest('.yz-staff-policy') as HTMLElement
    expect(within(row).getByText('长期有效')).toBeInTheDocument()
    expect(callsTo('listStaffPolicies').map((c) => c.query.status)).toEqual(['draft', 'published', 'withdrawn'])
  })

  it('searches by keyword and category, and clears them when nothing matches', async () => {
    serveApi({ listStaffPolicies: ({ query }) => buildStaffPolicyPage(query.q || query.category ? [] : [draft]) })
    renderPage(StaffPoliciesPage, PATH)
    await screen.findByText('潞州区高校毕业生创业补贴')

    fireEvent.input(screen.getByLabelText('搜索政策'), { target: { value: ' 培训 ' } })
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('没有符合条件的政策')).toBeInTheDocument()
    fireEvent.click(screen.getByText('职业培训补贴'))
    await waitFor(() => expect(callsTo('listStaffPolicies').at(-1)!.query).toMatchObject({ status: 'draft', q: '培训', category: 'training_subsidy' }))

    fireEvent.click(await screen.findByText('清除筛选'))
    expect(await screen.findByText('潞州区高校毕业生创业补贴')).toBeInTheDocument()
  })

  it('loads the next page with 加载更多', async () => {
    const second = buildStaffPolicy({ title: '第二页的政策' })
    serveApi({ listStaffPolicies: ({ query }) => (query.cursor ? buildStaffPolicyPage([second]) : buildStaffPolicyPage([draft], 'next-page')) })
    renderPage(StaffPoliciesPage, PATH)

    fireEvent.click(await screen.findByText('加载更多'))
    expect(await screen.findByText('第二页的政策')).toBeInTheDocument()
    expect(callsTo('listStaffPolicies').at(-1)!.query.cursor).toBe('next-page')
    expect(screen.getByText('共 2 条草稿政策，没有更多了')).toBeInTheDocument()
  })

  it('opens an empty form for 新建政策', async () => {
    serveApi({ listStaffPolicies: () => buildStaffPolicyPage([]) })
    renderPage(StaffPoliciesPage, PATH)

    expect(await screen.findByText('没有草稿')).toBeInTheDocument()
    fireEvent.click(screen.getByText('新建政策'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: pageUrl.staffPolicy() }])
  })

  it('tells someone who is not staff, in the server’s words; asks a signed-out person to sign in', async () => {
    serveApi({ listStaffPolicies: () => reply.error(403, 'FORBIDDEN', '只有驿站工作人员可以这样做') })
    const { unmount } = renderPage(StaffPoliciesPage, PATH)
    expect(await screen.findByText('只有驿站工作人员可以这样做')).toBeInTheDocument()
    expect(screen.queryByText('新建政策')).not.toBeInTheDocument()
    unmount()

    serveApi({ listStaffPolicies: () => reply.error(401, 'UNAUTHENTICATED', '请先登录') })
    renderPage(StaffPoliciesPage, PATH)
    fireEvent.click(await screen.findByText('登录'))
    expect(taroTest.navigations.at(-1)).toEqual({ type: 'navigateTo', url: pageUrl.login(pageUrl.staffPolicies) })
  })
})
