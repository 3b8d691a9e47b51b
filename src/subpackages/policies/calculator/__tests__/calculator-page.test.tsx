import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { buildPolicy } from '../../../../features/policies/__tests__/policy-fixtures'
import { checkResult, eligible, ineligible, maybe } from '../../../../features/policies/__tests__/profile-fixtures'
import { callsTo, reply, serveApi, type FakeCall } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import PolicyCalculatorPage from '../index'

// Picker as a field a test can type into (picker-double.tsx).
jest.mock('@tarojs/components', () =>
  jest.requireActual<typeof import('../../../../features/policies/__tests__/picker-double')>('../../../../features/policies/__tests__/picker-double').componentsWithPickerDouble(),
)

const PATH = '/subpackages/policies/calculator/index'
const KEY = 'yizhan.policies.calculator'
const thisYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4))

const startup = buildPolicy({ title: '大学生创业补贴' })
const internship = buildPolicy({ title: '高校毕业生见习补贴', category: 'internship_subsidy' })
const veterans = buildPolicy({ title: '退役军人创业贷款', category: 'startup_loan' })

type Answers = { groups?: { graduate?: boolean }; graduationYear?: number }
const answersOf = (call: FakeCall) => ((call.body as { answers?: Answers }).answers ?? {})

/** A small server: asks 高校毕业生? then the year, judging three policies as the answers come. */
function calculator(call: FakeCall) {
  const answers = answersOf(call)
  const notForYou = ineligible(veterans, '最高 20 万元', '这条政策只面向退役军人')
  if (answers.groups?.graduate === undefined) return checkResult('group.graduate', [maybe(startup, '一次性 5000 元', ['group.graduate']), notForYou])
  if (answers.graduationYear === undefined) return checkResult('graduationYear', [eligible(startup, '一次性 5000 元'), maybe(internship, '每月 1,800 元', ['graduationYear']), notForYou])
  return checkResult(null, [eligible(startup, '一次性 5000 元'), eligible(internship, '每月 1,800 元'), notForYou])
}

describe('政策计算器', () => {
  it('asks one question at a time, shows what fits after each answer, and goes back to change one', async () => {
    serveApi({ checkPolicies: calculator })
    renderPage(PolicyCalculatorPage, PATH)

    expect(await screen.findByText('您是高校毕业生吗？')).toBeInTheDocument()
    expect(screen.getByText('第 1 题')).toBeInTheDocument()
    expect(screen.getByText('可能符合的政策（1 条）')).toBeInTheDocument()
    expect(screen.getByText('一次性 5000 元')).toBeInTheDocument()
    // 不符合 ones are folded away, each with its reason once unfolded.
    expect(screen.queryByText('退役军人创业贷款')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('不符合的 1 条（点开看原因）'))
    expect(screen.getByText('退役军人创业贷款')).toBeInTheDocument()
    expect(screen.getByText('原因：这条政策只面向退役军人')).toBeInTheDocument()
    fireEvent.click(screen.getByText('收起不符合的 1 条'))
    expect(screen.queryByText('退役军人创业贷款')).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '是' }))
    expect(await screen.findByText('您是哪一年毕业的？')).toBeInTheDocument()
    expect(answersOf(callsTo('checkPolicies').at(-1)!)).toEqual({ groups: { graduate: true } })
    expect(screen.getByText('符合的政策（1 条）')).toBeInTheDocument()
    expect(screen.getByText('可能符合的政策（1 条）')).toBeInTheDocument()
    expect(screen.getByText('每月 1,800 元')).toBeInTheDocument()

    // The year comes from a wheel, this year first: the second row is last year.
    fireEvent.change(screen.getByLabelText('选择器'), { target: { value: '1' } })
    expect(await screen.findByText('要问的都问完了，结果在下面。')).toBeInTheDocument()
    expect(answersOf(callsTo('checkPolicies').at(-1)!)).toEqual({ groups: { graduate: true }, graduationYear: thisYear - 1 })
    expect(screen.getByText('符合的政策（2 条）')).toBeInTheDocument()

    // What was said, each with a way back to it.
    const said = screen.getByText('您的回答').closest('.yz-calculator__answers') as HTMLElement
    expect(within(said).getByText('是')).toBeInTheDocument()
    expect(within(said).getByText(`${thisYear - 1} 年`)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: `您是哪一年毕业的？ ${thisYear - 1} 年，点按修改` }))
    expect(screen.getByText('修改回答')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '‹ 上一题' }))
    expect(document.querySelector('.yz-calculator__ask')).toHaveTextContent('您是高校毕业生吗？')
    expect(screen.getByRole('button', { name: '是，已选' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '不改了，继续' }))
    expect(screen.getByText('要问的都问完了，结果在下面。')).toBeInTheDocument()

    // Each policy opens its detail.
    fireEvent.click(screen.getByText('高校毕业生见习补贴'))
    expect(taroTest.navigations.at(-1)).toEqual({ type: 'navigateTo', url: `/subpackages/policies/detail/index?id=${internship.id}` })

    // No sign-in anywhere: no token was ever sent.
    expect(callsTo('checkPolicies').every((call) => !call.headers.Authorization)).toBe(true)
  })

  it('keeps the answers on the phone and brings them back next time; 全部重新回答 starts afresh', async () => {
    serveApi({ checkPolicies: calculator })
    const first = renderPage(PolicyCalculatorPage, PATH)
    fireEvent.click(await screen.findByRole('button', { name: '是' }))
    await screen.findByText('您是哪一年毕业的？')
    expect(taroTest.storage.get(KEY)).toEqual({ answers: { groups: { graduate: true } }, asked: ['group.graduate'] })
    first.unmount()

    renderPage(PolicyCalculatorPage, PATH)
    expect(await screen.findByText('您是哪一年毕业的？')).toBeInTheDocument()
    expect(screen.getByText('第 2 题')).toBeInTheDocument()
    expect(answersOf(callsTo('checkPolicies').at(-1)!)).toEqual({ groups: { graduate: true } })

    fireEvent.click(screen.getByText('全部重新回答'))
    expect(await screen.findByText('您是高校毕业生吗？')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.storage.has(KEY)).toBe(false))
  })

  it('a birth date comes from the date wheel; 没有创业 is one tap', async () => {
    serveApi({
      checkPolicies: (call) => {
        const answers = (call.body as { answers?: { birthDate?: string; businessStartedOn?: string | null } }).answers ?? {}
        if (!answers.birthDate) return checkResult('birthDate', [])
        if (answers.businessStartedOn === undefined) return checkResult('businessStartedOn', [])
        return checkResult(null, [])
      },
    })
    renderPage(PolicyCalculatorPage, PATH)
    expect(await screen.findByText('您的出生日期是？')).toBeInTheDocument()
    expect(screen.getByText('选择出生日期')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('日期选择器'), { target: { value: '1999-09-09' } })
    expect(await screen.findByText('您自己创业了吗？营业执照是哪天办的？')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '没有创业' }))
    expect(await screen.findByText('要问的都问完了，结果在下面。')).toBeInTheDocument()
    expect(screen.getByText('1999年9月9日')).toBeInTheDocument()
    expect(screen.getByText('按目前的回答，还没有符合的政策。回答上面的问题，或改一改回答试试。')).toBeInTheDocument()
    expect((callsTo('checkPolicies').at(-1)!.body as { answers: unknown }).answers).toEqual({ birthDate: '1999-09-09', businessStartedOn: null })
  })

  it('says plainly when it is asked too often (429), and tries again on request', async () => {
    let limited = true
    serveApi({ checkPolicies: (call) => (limited ? reply.error(429, 'RATE_LIMITED', '请求太频繁，请 10 分钟后再试') : calculator(call)) })
    renderPage(PolicyCalculatorPage, PATH)

    expect(await screen.findByText('查得太频繁了，请过几分钟再试')).toBeInTheDocument()
    expect(screen.getByText('请求太频繁，请 10 分钟后再试')).toBeInTheDocument()
    limited = false
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }))
    expect(await screen.findByText('您是高校毕业生吗？')).toBeInTheDocument()
  })
})
