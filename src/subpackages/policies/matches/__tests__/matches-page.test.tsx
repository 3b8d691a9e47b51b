import { fireEvent, screen } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildPolicy } from '../../../../features/policies/__tests__/policy-fixtures'
import { buildProfile, consent, eligible, matchesOf, maybe } from '../../../../features/policies/__tests__/profile-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import MatchesPage from '../index'

const PATH = '/subpackages/policies/matches/index'
const TOKEN = 'tok_0123456789abcdef0123456789'

const startup = buildPolicy({ title: '大学生创业补贴' })
const training = buildPolicy({ title: '技能培训补贴', category: 'training_subsidy' })

describe('适合我的政策', () => {
  it('signed out: asks to sign in and comes back here', async () => {
    serveApi({})
    renderPage(MatchesPage, PATH)
    fireEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(PATH)}` }])
    expect(callsTo('listMyPolicyMatches')).toHaveLength(0)
  })

  it('without the matching consent: says what matching uses, 同意 records it with the notice version, then lists the matches', async () => {
    setToken(TOKEN)
    let consented = false
    serveApi({
      listMyPolicyMatches: () =>
        consented
          ? matchesOf([eligible(startup, '一次性 5000 元'), maybe(training, '最高 3000 元', ['enrolledInCourse'])], ['enrolledInCourse', 'householdRegion'])
          : reply.error(409, 'CONSENT_REQUIRED', '要查看适合您的政策，请先同意“政策匹配”'),
      recordConsent: () => {
        consented = true
        return reply.ok(buildProfile({ consents: [consent('policy_matching')] }), 201)
      },
    })
    renderPage(MatchesPage, PATH)

    expect(await screen.findByText('先请您同意“政策匹配”')).toBeInTheDocument()
    expect(screen.getByText(/出生日期、人群类别、毕业年份、户籍和常住地、就业和创业情况、是否在培训/)).toBeInTheDocument()
    expect(screen.getByText(/不会用到您的身份证号/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '同意' }))
    expect(await screen.findByText('符合的政策（1 条）')).toBeInTheDocument()
    expect(callsTo('recordConsent').map((c) => c.body)).toEqual([{ purpose: 'policy_matching', granted: true, policyVersion: '2026-12' }])
    expect(callsTo('listMyPolicyMatches')[0]!.headers.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(screen.getByText('大学生创业补贴')).toBeInTheDocument()
    expect(screen.getByText('一次性 5000 元')).toBeInTheDocument()
    expect(screen.getByText('可能符合的政策（1 条）')).toBeInTheDocument()
    expect(screen.getByText('最高 3000 元')).toBeInTheDocument()

    // The questions that would decide the 可能符合 ones, each leading to 我的资料.
    expect(screen.getByText('补充这些情况，就能确定“可能符合”的政策：')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('link', { name: '您的户籍在哪里？ 去我的资料填写' }))
    expect(screen.getByRole('link', { name: '您现在在参加职业培训吗？ 去我的资料填写' })).toBeInTheDocument()
    fireEvent.click(screen.getByText('技能培训补贴'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: '/subpackages/policies/profile/index' },
      { type: 'navigateTo', url: `/subpackages/policies/detail/index?id=${training.id}` },
    ])
  })

  it('a consent that did not go through says why and stays on the explanation', async () => {
    setToken(TOKEN)
    serveApi({
      listMyPolicyMatches: () => reply.error(409, 'CONSENT_REQUIRED', '请先同意'),
      recordConsent: () => reply.error(503, 'UNAVAILABLE', '服务暂时不可用'),
    })
    renderPage(MatchesPage, PATH)
    fireEvent.click(await screen.findByRole('button', { name: '同意' }))
    expect(await screen.findByText('没有记下您的同意：服务暂时不可用')).toBeInTheDocument()
    expect(screen.getByText('先请您同意“政策匹配”')).toBeInTheDocument()
  })

  it('nothing fits yet: says so and how to get a better answer; a failure shows 重试', async () => {
    setToken(TOKEN)
    let fail = true
    serveApi({ listMyPolicyMatches: () => (fail ? reply.error(500, 'INTERNAL', '服务器出了点问题') : matchesOf([])) })
    renderPage(MatchesPage, PATH)
    expect(await screen.findByText('没有匹配出来')).toBeInTheDocument()
    fail = false
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText(/按您现在的资料，暂时没有符合的政策/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('link', { name: '修改我的资料 ›' }))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/policies/profile/index' }])
  })
})
