import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { buildPolicy, buildPolicyPage } from '../../../features/policies/__tests__/policy-fixtures'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
import { renderPage } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import PolicyPage from '../index'

const PATH = '/pages/policy/index'
const lastQuery = () => callsTo('listPolicies').at(-1)?.query

describe('政策 tab', () => {
  it('leads to 政策计算器, 适合我的政策 and 我的补贴申请 with three big links above the list', async () => {
    serveApi({ listPolicies: () => buildPolicyPage([buildPolicy()]) })
    renderPage(PolicyPage, PATH)
    await screen.findByText('长治市一次性创业补贴')

    fireEvent.click(screen.getByRole('link', { name: /政策计算器/ }))
    fireEvent.click(screen.getByRole('link', { name: /适合我的政策/ }))
    fireEvent.click(screen.getByRole('link', { name: /我的补贴申请/ }))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: '/subpackages/policies/calculator/index' },
      { type: 'navigateTo', url: '/subpackages/policies/matches/index' },
      { type: 'navigateTo', url: '/subpackages/policies/applications/index' },
    ])
  })

  it('shows each open policy: title, category, amount in words, who it is for, issuer, deadline; a tap opens it', async () => {
    const startup = buildPolicy()
    const training = buildPolicy({
      title: '职业技能培训补贴',
      category: 'training_subsidy',
      amount: { kind: 'range', minFen: 0, maxFen: 300_000 },
      audienceText: '参加培训并取得证书的劳动者',
      issuer: '潞州区人力资源和社会保障局',
      expiresOn: null,
    })
    serveApi({ listPolicies: () => buildPolicyPage([startup, training]) })

    renderPage(PolicyPage, PATH)

    expect(await screen.findByText('长治市一次性创业补贴')).toBeInTheDocument()
    const [first] = screen.getAllByRole('link', { name: /长治市一次性创业补贴/ })
    expect(within(first!).getByText('创业补贴')).toBeInTheDocument()
    expect(screen.getByText('5000 元')).toBeInTheDocument()
    expect(screen.getByText(`适用：${startup.audienceText}`)).toBeInTheDocument()
    expect(screen.getByText('长治市人力资源和社会保障局')).toBeInTheDocument()
    expect(screen.getByText('申请截止：2026年12月31日')).toBeInTheDocument()
    expect(screen.getByText('最高 3000 元')).toBeInTheDocument()
    expect(screen.getAllByText(/^申请截止/)).toHaveLength(1)
    expect(screen.getByText('共 2 条政策，没有更多了')).toBeInTheDocument()
    expect(lastQuery()).toEqual({ limit: '20' })

    fireEvent.click(screen.getByText('职业技能培训补贴'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/policies/detail/index?id=${training.id}` }])
  })

  it('category chips send `category` (several at once, 全部 clears them)', async () => {
    serveApi({
      listPolicies: ({ query }) => buildPolicyPage(query.category ? [buildPolicy({ title: `筛选：${query.category}` })] : [buildPolicy({ title: '全部政策' })]),
    })
    renderPage(PolicyPage, PATH)
    await screen.findByText('全部政策')
    expect(screen.getByRole('button', { name: '全部，已选' })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '职业培训补贴' }))
    expect(await screen.findByText('筛选：training_subsidy')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '就业补贴' }))
    expect(await screen.findByText('筛选：employment_subsidy,training_subsidy')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '就业补贴，已选' })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '就业补贴，已选' }))
    expect(await screen.findByText('筛选：training_subsidy')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '全部' }))
    // Back to every category (answered from the list already loaded for it).
    expect(await screen.findByText('全部政策')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '全部，已选' })).toBeInTheDocument()
  })

  it('the keyword box sends `q`; nothing found says so and leads back to all', async () => {
    serveApi({ listPolicies: ({ query }) => buildPolicyPage(query.q === '火箭' ? [] : [buildPolicy({ title: query.q ? `搜到：${query.q}` : '全部政策' })]) })
    renderPage(PolicyPage, PATH)
    await screen.findByText('全部政策')

    fireEvent.input(screen.getByPlaceholderText('搜政策，如 创业、培训、社保'), { target: { value: ' 创业 ' } })
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('搜到：创业')).toBeInTheDocument()
    expect(lastQuery()?.q).toBe('创业')

    fireEvent.input(screen.getByPlaceholderText('搜政策，如 创业、培训、社保'), { target: { value: '火箭' } })
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('没有符合条件的政策')).toBeInTheDocument()
    fireEvent.click(screen.getByText('看全部政策'))
    expect(await screen.findByText('全部政策')).toBeInTheDocument()
    expect(screen.getByPlaceholderText('搜政策，如 创业、培训、社保')).toHaveValue('')
  })

  it('pages with the cursor on reaching the bottom or 加载更多, says why a page failed and retries it', async () => {
    let failSecond = true
    serveApi({
      listPolicies: ({ query }) => {
        if (!query.cursor) return buildPolicyPage([buildPolicy({ title: '第一页的政策' })], 'c2')
        if (query.cursor === 'c2') {
          if (failSecond) {
            failSecond = false
            return reply.error(500, 'INTERNAL', '服务器出了点问题')
          }
          return buildPolicyPage([buildPolicy({ title: '第二页的政策' })], 'c3')
        }
        return buildPolicyPage([buildPolicy({ title: '第三页的政策' })])
      },
    })
    renderPage(PolicyPage, PATH)
    await screen.findByText('第一页的政策')

    act(() => taroTest.reachBottom())
    expect(await screen.findByText('下一页没有加载出来：服务器出了点问题')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('第二页的政策')).toBeInTheDocument()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('第三页的政策')).toBeInTheDocument()
    expect(screen.getByText('第一页的政策')).toBeInTheDocument()
    expect(screen.getByText('共 3 条政策，没有更多了')).toBeInTheDocument()
    expect(callsTo('listPolicies').map((c) => c.query.cursor)).toEqual([undefined, 'c2', 'c2', 'c3'])
  })

  it('pull to refresh starts again from the first page', async () => {
    let title = '旧的政策'
    serveApi({ listPolicies: () => buildPolicyPage([buildPolicy({ title })]) })
    renderPage(PolicyPage, PATH)
    await screen.findByText('旧的政策')

    title = '新发布的政策'
    act(() => taroTest.pullDownRefresh())
    expect(await screen.findByText('新发布的政策')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.pullDownStopped).toBe(1))
  })

  it('says when there is nothing open, and when the list did not load (with the server’s words and 重试)', async () => {
    let fail = true
    serveApi({ listPolicies: () => (fail ? reply.error(503, 'UNAVAILABLE', '服务暂时不可用') : buildPolicyPage([])) })
    renderPage(PolicyPage, PATH)

    expect(await screen.findByText('政策没有加载出来')).toBeInTheDocument()
    expect(screen.getByText('服务暂时不可用')).toBeInTheDocument()
    fail = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('暂时没有可以申请的政策')).toBeInTheDocument()
  })
})
