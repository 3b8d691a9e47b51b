import { fireEvent, screen, within } from '@testing-library/react'
import { buildPolicy } from '../../../../features/policies/__tests__/policy-fixtures'
import { reply, serveApi, type FakeCall } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import { setToken } from '@/shared/session/token-store'
import PolicyDetailPage from '../index'

const PATH = '/subpackages/policies/detail/index'

describe('policy detail page', () => {
  const policy = buildPolicy({
    amount: { kind: 'range', minFen: 300_000, maxFen: 1_000_000 },
    fullText: [
      { type: 'heading', level: 1, text: '第一条 补贴对象' },
      { type: 'paragraph', text: '<b>x</b>' },
      { type: 'list', ordered: true, items: ['首次创业', '正常经营一年'] },
      { type: 'table', header: ['对象', '标准'], rows: [['高校毕业生', '一万元']] },
    ],
  })
  const serve = (current = policy) => ({
    getPolicy: ({ params }: FakeCall) => (params.id === current.id ? current : reply.error(404, 'POLICY_NOT_FOUND', '没有这条政策')),
  })

  it('shows title, issuer and 文号, region, who it is for, amount, materials, where and when to apply, dates and the full text', async () => {
    serveApi(serve())
    renderPage(PolicyDetailPage, PATH, { id: policy.id })

    expect(await screen.findByText('长治市一次性创业补贴')).toBeInTheDocument()
    expect(screen.getByText('长治市人力资源和社会保障局')).toBeInTheDocument()
    expect(screen.getByText('文号：长人社发〔2024〕12号')).toBeInTheDocument()
    expect(screen.getByText('长治市')).toBeInTheDocument()
    expect(screen.getByText('创业补贴')).toBeInTheDocument()
    expect(screen.getByText('3000 元至 1 万元')).toBeInTheDocument()
    expect(screen.getByText(policy.audience)).toBeInTheDocument()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['1.身份证', '2.营业执照', '3.银行卡', '1.首次创业', '2.正常经营一年'])
    expect(screen.getByText('办理地点：长治市政务服务中心二楼 12 号窗口')).toBeInTheDocument()
    expect(screen.getByText('办理时间：工作日 9:00–12:00、13:30–17:00')).toBeInTheDocument()
    expect(screen.getByText('2024年1月1日起施行')).toBeInTheDocument()
    expect(screen.getByText('申请截止：2026年12月31日')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '第一条 补贴对象' })).toBeInTheDocument()
    expect(screen.getByText('<b>x</b>')).toBeInTheDocument()
    expect(within(screen.getByRole('table')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['高校毕业生', '一万元'])
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.queryByText(/网上申请即将开通/)).not.toBeInTheDocument()
  })

  it('an online, open policy has a big 在线申领 (signing in first when signed out); no 文号 and no deadline are said plainly', async () => {
    const online = buildPolicy({ applyKind: 'online', applyMethod: { kind: 'online' }, docNumber: null, expiresOn: null, materials: [] })
    serveApi(serve(online))
    renderPage(PolicyDetailPage, PATH, { id: online.id })

    await screen.findByText('长治市一次性创业补贴')
    expect(screen.queryByText(/网上申请即将开通/)).not.toBeInTheDocument()
    expect(screen.getByText('长治市人力资源和社会保障局')).toBeInTheDocument()
    expect(screen.queryByText(/文号/)).not.toBeInTheDocument()
    expect(screen.getByText('没有截止日期')).toBeInTheDocument()
    expect(screen.getByText('不需要另外准备材料')).toBeInTheDocument()

    const apply = `/subpackages/policies/apply/index?policyId=${online.id}`
    fireEvent.click(screen.getByRole('button', { name: '在线申领' }))
    expect(taroTest.navigations.at(-1)).toEqual({ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(apply)}` })

    setToken('tok_0123456789abcdef0123456789')
    fireEvent.click(screen.getByRole('button', { name: '在线申领' }))
    expect(taroTest.navigations.at(-1)).toEqual({ type: 'navigateTo', url: apply })
  })

  it('an online policy past its deadline has no 在线申领, and says it cannot be applied for', async () => {
    const closed = buildPolicy({ applyKind: 'online', applyMethod: { kind: 'online' }, expiresOn: '2025-06-30', expired: true, open: false })
    serveApi(serve(closed))
    renderPage(PolicyDetailPage, PATH, { id: closed.id })

    await screen.findByText('长治市一次性创业补贴')
    expect(screen.getByText('这条政策现在不能申请了。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '在线申领' })).not.toBeInTheDocument()
  })

  it('an expired policy says so at the top', async () => {
    const expired = buildPolicy({ expiresOn: '2025-06-30', expired: true, open: false })
    serveApi(serve(expired))
    renderPage(PolicyDetailPage, PATH, { id: expired.id })

    await screen.findByText('长治市一次性创业补贴')
    const banner = screen.getByRole('status')
    expect(banner).toHaveTextContent('已过期：这条政策 2025年6月30日 截止，现在不能再申请')
    expect(banner.compareDocumentPosition(screen.getByText('长治市一次性创业补贴')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shares the detail path with the title', async () => {
    serveApi(serve())
    renderPage(PolicyDetailPage, PATH, { id: policy.id })
    await screen.findByText('长治市一次性创业补贴')

    expect(taroTest.shareAppMessage()).toEqual({ title: '长治市一次性创业补贴', path: `/subpackages/policies/detail/index?id=${policy.id}` })
  })

  it('a policy that is gone leads back to the list; a failure shows the server’s words and 重试; a broken link says so', async () => {
    serveApi(serve())
    const { unmount } = renderPage(PolicyDetailPage, PATH, { id: '00000000-0000-4000-8000-00000000ffff' })
    expect(await screen.findByText('这条政策找不到了')).toBeInTheDocument()
    fireEvent.click(screen.getByText('看看其他政策'))
    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/policy/index' }])
    unmount()

    let fail = true
    serveApi({ getPolicy: () => (fail ? reply.error(503, 'UNAVAILABLE', '服务暂时不可用') : policy) })
    const second = renderPage(PolicyDetailPage, PATH, { id: policy.id })
    expect(await screen.findByText('政策没有加载出来')).toBeInTheDocument()
    expect(screen.getByText('服务暂时不可用')).toBeInTheDocument()
    fail = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('长治市一次性创业补贴')).toBeInTheDocument()
    second.unmount()

    renderPage(PolicyDetailPage, PATH, { id: 'abc' })
    expect(screen.getByText('这个政策链接不完整')).toBeInTheDocument()
  })
})
