import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildEmployerProfile } from '@/features/employer-account/__tests__/employer-profile-fixture'
import { callsTo, reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { buildStation, buildStationList, buildUser } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import RegisterPage from '../index'

const PATH = '/subpackages/employer/register/index'
const DRAFT_KEY = 'yizhan.employer-account.register-draft'
const VALID = '91350100M000100Y43'
const CHECKSUM_FAILS = '91350100M000100Y44'

const stations = buildStationList([
  buildStation({ district: '潞州区' }),
  buildStation({ district: '上党区' }),
  buildStation({ district: '潞州区' }),
])

function serve(handlers: Handlers = {}) {
  const state = { role: 'worker' as 'worker' | 'employer' | 'staff' }
  serveApi({ me: () => buildUser({ role: state.role }), listStations: () => stations, ...handlers })
  return state
}

const field = (placeholder: string) => screen.getByPlaceholderText(placeholder) as HTMLInputElement
const type = (placeholder: string, value: string) => fireEvent.input(field(placeholder), { target: { value } })

async function openAsWorker(handlers: Handlers = {}) {
  setToken('tok_0123456789abcdef0123456789')
  const state = serve(handlers)
  renderPage(RegisterPage, PATH)
  await screen.findByText('您以什么身份招工？')
  return state
}

async function fillEnterprise(creditCode = VALID) {
  fireEvent.click(screen.getByText('企业或单位'))
  type('与营业执照上的名称一致', '长治市恒通物流有限公司')
  type('营业执照上的 18 位代码', creditCode)
  type('负责招工的人的姓名', '王经理')
  type('11 位手机号', '13800000002')
  type('例如：潞州区英雄中路 100 号', '潞州区英雄中路 100 号')
  fireEvent.click(await screen.findByText('潞州区'))
}

describe('登记用人单位', () => {
  it('registers an enterprise, refreshes who is signed in, clears the draft and opens the profile', async () => {
    const state = await openAsWorker({
      registerEmployer: () => {
        state.role = 'employer'
        return buildEmployerProfile()
      },
    })
    await fillEnterprise()
    // The districts are the stations’, each once.
    expect(screen.getAllByText(/^(✓ )?潞州区$/)).toHaveLength(1)
    expect(screen.getByText('上党区')).toBeInTheDocument()

    fireEvent.click(screen.getByText('提交登记'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: '/subpackages/employer/profile/index' }]))
    expect(callsTo('registerEmployer').map((call) => call.body)).toEqual([
      {
        kind: 'enterprise',
        name: '长治市恒通物流有限公司',
        creditCode: VALID,
        contactName: '王经理',
        contactPhone: '13800000002',
        address: '潞州区英雄中路 100 号',
        district: '潞州区',
      },
    ])
    // GET /me asked again: the account is an employer now.
    expect(callsTo('me')).toHaveLength(2)
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('registers an individual with the real name', async () => {
    await openAsWorker({ registerEmployer: () => buildEmployerProfile({ kind: 'individual', creditCode: null, creditCodeValid: null }) })
    fireEvent.click(screen.getByText('个人'))
    expect(screen.queryByPlaceholderText('营业执照上的 18 位代码')).not.toBeInTheDocument()
    type('与身份证上的姓名一致', '李秀英')
    type('11 位手机号', '13800000004')
    type('例如：潞州区英雄中路 100 号', '上党区府前街 8 号')
    fireEvent.click(await screen.findByText('上党区'))
    fireEvent.click(screen.getByText('提交登记'))

    await waitFor(() =>
      expect(callsTo('registerEmployer')[0]?.body).toEqual({
        kind: 'individual',
        name: '李秀英',
        contactPhone: '13800000004',
        address: '上党区府前街 8 号',
        district: '上党区',
      }),
    )
  })

  it('warns gently about a failed checksum and still sends the code', async () => {
    await openAsWorker({ registerEmployer: () => buildEmployerProfile({ verificationStatus: 'pending', creditCodeValid: false }) })
    await fillEnterprise(CHECKSUM_FAILS)

    const warning = screen.getByRole('status')
    expect(warning).toHaveTextContent('代码校验未通过，请核对；仍可提交，由驿站人工核实')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('提交登记'))
    await waitFor(() => expect(callsTo('registerEmployer')).toHaveLength(1))
    expect(callsTo('registerEmployer')[0]?.body).toMatchObject({ creditCode: CHECKSUM_FAILS })
  })

  it('says at once when a symbol cannot be in a code, and will not send it', async () => {
    await openAsWorker()
    fireEvent.click(screen.getByText('企业或单位'))
    type('营业执照上的 18 位代码', '9135I')

    expect(screen.getByRole('alert')).toHaveTextContent('第 5 位“I”不对：代码只有数字和大写字母，没有 I、O、Z、S、V，是不是数字 1？')
    fireEvent.click(screen.getByText('提交登记'))
    expect(await screen.findByText('请输入单位名称（与营业执照一致）')).toBeInTheDocument()
    expect(screen.getByText(/第 5 位“I”不对/)).toBeInTheDocument()
    expect(callsTo('registerEmployer')).toHaveLength(0)
  })

  it('checks the whole form on submit and asks the server nothing', async () => {
    await openAsWorker()
    fireEvent.click(screen.getByText('企业或单位'))
    fireEvent.click(screen.getByText('提交登记'))

    expect(await screen.findByText('请输入单位名称（与营业执照一致）')).toBeInTheDocument()
    expect(screen.getByText('统一社会信用代码是 18 位')).toBeInTheDocument()
    expect(screen.getByText('请输入联系人姓名')).toBeInTheDocument()
    expect(screen.getByText('请输入 11 位手机号')).toBeInTheDocument()
    expect(screen.getByText('请输入地址')).toBeInTheDocument()
    expect(screen.getByText('请选择所在区县')).toBeInTheDocument()
    expect(callsTo('registerEmployer')).toHaveLength(0)
  })

  it('keeps what was typed in storage and brings it back next time', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serve()
    const first = renderPage(RegisterPage, PATH)
    fireEvent.click(await screen.findByText('企业或单位'))
    type('与营业执照上的名称一致', '长治市恒通物流有限公司')
    type('11 位手机号', '13800000002')

    await waitFor(() =>
      expect(taroTest.storage.get(DRAFT_KEY)).toMatchObject({
        kind: 'enterprise',
        values: { enterpriseName: '长治市恒通物流有限公司', contactPhone: '13800000002' },
      }),
    )
    const saved = taroTest.storage.get(DRAFT_KEY)

    // Leave and come back: a fresh page finds it all.
    first.unmount()
    taroTest.reset()
    taroTest.storage.set(DRAFT_KEY, saved)
    setToken('tok_0123456789abcdef0123456789')
    serve()
    renderPage(RegisterPage, PATH)

    expect(((await screen.findByPlaceholderText('与营业执照上的名称一致')) as HTMLInputElement).value).toBe('长治市恒通物流有限公司')
    expect(field('11 位手机号').value).toBe('13800000002')
  })

  it('shows a taken credit code under the code, keeping everything typed', async () => {
    await openAsWorker({
      registerEmployer: () => reply.error(409, 'CREDIT_CODE_TAKEN', '这个统一社会信用代码已经登记过了。如果是你们单位的账号，请找单位里管理这个账号的人添加你'),
    })
    await fillEnterprise()
    fireEvent.click(screen.getByText('提交登记'))

    expect(await screen.findByRole('alert')).toHaveTextContent('这个统一社会信用代码已经登记过了。如果是你们单位的账号，请找单位里管理这个账号的人添加你')
    expect(field('与营业执照上的名称一致').value).toBe('长治市恒通物流有限公司')
    expect(taroTest.navigations).toEqual([])
    expect(taroTest.storage.get(DRAFT_KEY)).toMatchObject({ kind: 'enterprise', values: { creditCode: VALID } })
  })

  it('asks to sign in first', async () => {
    serve()
    renderPage(RegisterPage, PATH)
    fireEvent.click(await screen.findByText('登录'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/employer/register/index')}` }])
  })

  it('an employer already registered is sent to the profile; staff are told they cannot', async () => {
    setToken('tok_0123456789abcdef0123456789')
    const state = serve()
    state.role = 'employer'
    const { unmount } = renderPage(RegisterPage, PATH)
    fireEvent.click(await screen.findByText('查看单位信息'))
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: '/subpackages/employer/profile/index' }])
    unmount()

    state.role = 'staff'
    renderPage(RegisterPage, PATH)
    expect(await screen.findByText('驿站工作人员的账号不能登记为用人单位')).toBeInTheDocument()
  })

  it('offers to load the districts again when they fail', async () => {
    let fail = true
    await openAsWorker({ listStations: () => (fail ? reply.error(500, 'INTERNAL', '服务器暂时出了问题，请稍后再试') : stations) })
    fireEvent.click(screen.getByText('企业或单位'))
    const failed = await screen.findByText(/区县列表没有加载出来/)
    expect(failed).toHaveTextContent('区县列表没有加载出来：服务器暂时出了问题，请稍后再试')
    fail = false
    fireEvent.click(screen.getByText('重新加载'))
    expect(await screen.findByText('上党区')).toBeInTheDocument()
    expect(within(document.body).queryByText(/区县列表没有加载出来/)).not.toBeInTheDocument()
  })
})
