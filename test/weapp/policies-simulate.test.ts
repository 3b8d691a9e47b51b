import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PolicyCheckResultSchema, PolicyPageSchema, PolicySchema, type Policy, type PolicyCheckResult, type PolicySummary } from '../../src/shared/contracts/index'
import { callApi } from '../support/demo-data'
import { requireBuild } from '../support/paths'
import { useSimulatedApp } from '../support/weapp-simulate'
import { kib, packageSizes } from '../support/weapp-size'

/** Where the calculator keeps its answers (src/features/policies/api/calculator-storage.ts). */
const CALCULATOR_KEY = 'yizhan.policies.calculator'
/** A birth date answered on an earlier visit (the simulator has no native date wheel to turn). */
const KEPT_ANSWERS = { birthDate: '1998-06-01' }
/** Issue 14's budget for the main package. */
const MAIN_PACKAGE_BUDGET = 600 * 1024

/**
 * The policy pages rendered through their real WXML (WeChat's wcc) with miniprogram-simulate, in a
 * process without AbortController & co., against the real server and its demo policies: the 政策 tab
 * (entries and list), one policy's detail, and the 政策计算器 without signing in.
 */
describe('dist/weapp policy pages rendered by miniprogram-simulate (wcc + exparser), against the real server', () => {
  let listed: PolicySummary[] = []
  let detail: Policy
  let firstCheck: PolicyCheckResult
  let secondCheck: PolicyCheckResult
  const app = useSimulatedApp({
    beforeLaunch: async (origin) => {
      listed = PolicyPageSchema.parse(await callApi(origin, 'GET', '/api/v1/policies?limit=20')).items
      assert.ok(listed.length >= 3, 'the demo seed should have open policies')
      detail = PolicySchema.parse(await callApi(origin, 'GET', `/api/v1/policies/${listed[0]!.id}`))
      firstCheck = PolicyCheckResultSchema.parse(await callApi(origin, 'POST', '/api/v1/policies/check', { body: { answers: {} } }))
      secondCheck = PolicyCheckResultSchema.parse(await callApi(origin, 'POST', '/api/v1/policies/check', { body: { answers: KEPT_ANSWERS } }))
    },
  })

  it('runs without the globals WeChat lacks', () => {
    assert.deepEqual(app.webGlobalsLeft(), [])
  })

  it('the 政策 tab renders its three entries and the open policies the server lists; a tap opens 政策计算器', async () => {
    const page = app.simulator.open('pages/policy/index')
    const text = await page.waitForText((t) => listed.slice(0, 3).every((p) => t.includes(p.title)))
    for (const entry of ['政策计算器', '适合我的政策', '我的补贴申请']) assert.ok(text.includes(entry), `the tab does not show ${entry}:\n${text}`)
    const texts = [...page.root.dom.querySelectorAll('wx-text')].map((el) => el.textContent)
    assert.ok(texts.includes(listed[0]!.title), 'the first policy title is not rendered as a <text>')

    const before = app.simulator.sandbox.navigations.length
    page.tap('政策计算器')
    await new Promise((resolve) => setTimeout(resolve, 50))
    assert.match(app.simulator.sandbox.navigations.slice(before).at(-1)?.url ?? '', /^\/?subpackages\/policies\/calculator\/index$/)
  })

  it('a policy’s detail renders its title, issuer, who it is for and its full text', async () => {
    const page = app.simulator.open('subpackages/policies/detail/index', { id: detail.id })
    const text = await page.waitForText((t) => t.includes(detail.title) && t.includes('政策原文'))
    assert.ok(text.includes(detail.issuer), `the detail does not show the issuer ${detail.issuer}`)
    assert.ok(text.includes(detail.audience), 'the detail does not show who it is for')
    const firstBlock = detail.fullText.find((block) => block.type === 'paragraph')
    if (firstBlock?.type === 'paragraph') assert.ok(text.includes(firstBlock.text), 'the full text is not drawn')
    assert.ok(text.includes(detail.applyMethod.kind === 'online' && detail.open ? '在线申领' : '怎么申请'))
  })

  it('the 政策计算器 asks the server’s first question without signing in and shows what may fit', async () => {
    app.setToken(null)
    app.storage.removeStorageSync(CALCULATOR_KEY)
    assert.ok(firstCheck.nextQuestion, 'with no answers the demo policies should leave a question to ask')
    const question = firstCheck.nextQuestion
    const maybeCount = firstCheck.policies.filter((p) => p.verdict.result === 'maybe').length
    const eligibleCount = firstCheck.policies.filter((p) => p.verdict.result === 'eligible').length

    const page = app.simulator.open('subpackages/policies/calculator/index')
    const text = await page.waitForText((t) => t.includes(question.text) && t.includes('第 1 题'))
    if (maybeCount) assert.ok(text.includes(`可能符合的政策（${maybeCount} 条）`), `the calculator does not list the ${maybeCount} maybe policies:\n${text}`)
    if (eligibleCount) assert.ok(text.includes(`符合的政策（${eligibleCount} 条）`))
  })

  it('the 政策计算器 brings back the answers kept on the phone, asks the next question and keeps a tapped answer', async () => {
    app.setToken(null)
    app.storage.setStorageSync(CALCULATOR_KEY, { answers: KEPT_ANSWERS, asked: ['birthDate'] })
    assert.ok(secondCheck.nextQuestion, 'after the birth date the demo policies should leave a question to ask')
    const question = secondCheck.nextQuestion
    const page = app.simulator.open('subpackages/policies/calculator/index')
    await page.waitForText((t) => t.includes(question.text) && t.includes('第 2 题') && t.includes('您的回答') && t.includes('1998年6月1日'))

    // The demo policies' next question is a 是/不是 one (a group): answered with a tap.
    assert.ok(question.key.startsWith('group.'), `expected a group question next, got ${question.key}`)
    page.tap('不是')
    await page.waitForText((t) => t.includes('第 3 题'))
    const kept = app.storage.getStorageSync(CALCULATOR_KEY) as { asked?: string[] } | ''
    assert.ok(kept !== '' && kept.asked?.[1] === question.key, `the answer is not kept on the phone: ${JSON.stringify(kept)}`)
  })

  it('the main package stays within 600 KiB (issue 14: policy pages other than the tab live in the subpackage)', () => {
    const main = packageSizes(requireBuild('weapp')).find((p) => p.name === 'main')!
    assert.ok(main.bytes <= MAIN_PACKAGE_BUDGET, `the main package is ${kib(main.bytes)}, over ${kib(MAIN_PACKAGE_BUDGET)}`)
  })
})
