import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { ReviewQueueSchema, StaffDashboardSchema, type QueueItem } from '../../src/shared/contracts/index'
import { callApi, signInDemo } from '../support/demo-data'
import { useSimulatedApp, type RenderedPage } from '../support/weapp-simulate'

/** The demo's city-wide staff account (server/test/accounts.ts): sees every district's queue. */
const CITY_STAFF = '13800000007'

/** What an item shows as its heading. */
const headingOf = (item: QueueItem) => (item.kind === 'job' ? item.title : item.kind === 'employer' ? item.name : item.job.title)

/**
 * The staff review queue rendered through its real WXML (wcc) with miniprogram-simulate against the
 * real server: the dashboard, the queue as the server answers it, the 单位认证 tab with the seed's
 * pending employers, and a verification decided on screen that the server then holds.
 */
describe('dist/weapp staff review queue rendered by miniprogram-simulate, against the real server', () => {
  const app = useSimulatedApp()
  let token: string
  /** One queue page for the file, as a staff member keeps it open: the second check goes on where the first left it. */
  let page: RenderedPage

  const queue = async (kind?: string) =>
    ReviewQueueSchema.parse(await callApi(app.origin, 'GET', `/api/v1/staff/review-queue?limit=20${kind ? `&kind=${kind}` : ''}`, { token }))

  before(async () => {
    token = (await signInDemo(app.origin, CITY_STAFF)).token
    app.setToken(token)
  })

  it('the queue page renders the dashboard figures and the queue the server holds, oldest first', async () => {
    const dashboard = StaffDashboardSchema.parse(await callApi(app.origin, 'GET', '/api/v1/staff/dashboard', { token }))
    const all = await queue()
    assert.ok(all.counts.employer > 0, 'the seed should have employers waiting for verification')

    page = app.simulator.open('subpackages/staff/queue/index')
    const shown = all.items.slice(0, 5).map(headingOf)
    const text = await page.waitForText((t) => t.includes('负责范围：全市') && shown.every((heading) => t.includes(heading)))
    const total = all.counts.job + all.counts.employer + all.counts.report
    assert.ok(text.includes(`全部 ${total}`), `the 全部 tab should count ${total}:\n${text}`)
    assert.ok(text.includes(`单位认证 ${all.counts.employer}`), `the 单位认证 tab should count ${all.counts.employer}`)
    // Rendered by wcc's templates as WeChat's <text>, not merely present in setData.
    const texts = [...page.root.dom.querySelectorAll('wx-text')].map((el) => el.textContent)
    assert.ok(texts.includes(String(dashboard.queue.employer)), 'the dashboard figure for employers is not a <text>')
    assert.ok(texts.includes('待认证单位'))
    assert.ok(texts.includes(shown[0]!), `${shown[0]} is not rendered as a <text>`)
  })

  it('单位认证: the pending employers with their contact; 认证通过 with a reason leaves the queue and the server has it verified', async () => {
    const employers = (await queue('employer')).items.filter((item) => item.kind === 'employer')
    const first = employers[0]
    assert.ok(first, 'no employer waits for verification')

    assert.ok(page, 'the first check opens the page')
    page.tap(`单位认证 ${employers.length}`)
    // The seed's queue may hold employers only, so the names alone do not tell the tab's list from 全部's.
    const askedForEmployers = () =>
      app.simulator.sandbox.requests.some((r) => r.status === 200 && new URL(r.sentTo).pathname === '/api/v1/staff/review-queue' && new URL(r.sentTo).searchParams.get('kind') === 'employer')
    await page.waitForText(() => askedForEmployers())
    await page.waitForText((t) => employers.every((e) => t.includes(e.name)))
    const text = page.text()
    assert.ok(text.includes(`联系人 ${first.contactName} ${first.contactPhone}`), `the contact of ${first.name} is not shown:\n${text}`)

    page.tap('认证通过')
    await page.waitForText((t) => t.includes('✓ 认证通过'))
    page.type('写明理由，至少 2 个字', '执照与信用代码核对无误')
    page.tap('提交决定')
    await page.waitForText((t) => !t.includes(first.name) && t.includes(`单位认证 ${employers.length - 1}`))

    const left = (await queue('employer')).items.map(headingOf)
    assert.ok(!left.includes(first.name), `${first.name} is still in the server's queue`)
    const log = (await callApi(app.origin, 'GET', `/api/v1/staff/audit-log?targetKind=employer&targetId=${first.id}`, { token })) as { items: { action: string; reason: string | null }[] }
    assert.deepEqual(
      log.items.map((entry) => [entry.action, entry.reason]),
      [['employer.verify', '执照与信用代码核对无误']],
    )
  })
})
