import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EmployerJobPageSchema } from '../../src/shared/contracts/index'
import { DEMO_ACCOUNTS, callApi, signInDemo } from '../support/demo-data'
import { useSimulatedApp } from '../support/weapp-simulate'

/**
 * The posting form rendered through its real WXML (WeChat's wcc) with miniprogram-simulate, in a
 * process without AbortController & co., against the real server: a verified employer opens it,
 * sees its fields, fills it in with taps and typing, and saves a draft the server then lists.
 */

/** Where the form keeps what is typed for a new post (src/features/posting/api/draft-storage.ts). */
const NEW_DRAFT_KEY = 'yizhan.posting.draft.new'

describe('dist/weapp posting form rendered by miniprogram-simulate (wcc + exparser), against the real server', () => {
  const app = useSimulatedApp()

  it('runs without the globals WeChat lacks', () => {
    assert.deepEqual(app.webGlobalsLeft(), [])
  })

  it('employer 13800000002 opens 发布岗位, sees its fields, fills it in and saves a draft the server keeps', async () => {
    const session = await signInDemo(app.origin, DEMO_ACCOUNTS.employer)
    app.setToken(session.token)
    app.storage.removeStorageSync(NEW_DRAFT_KEY)

    const page = app.simulator.open('subpackages/employer/post/index')
    // The trades come from GET /trades (an alias shows under its trade), the stations from GET /stations.
    await page.waitForText((t) => t.includes('岗位名称') && t.includes('保洁阿姨') && t.includes('选择驿站 ›'))
    const text = page.text()
    for (const label of ['工种', '招聘人数', '工作内容', '任职要求', '工作条件', '工资（元）', '元/天', '结算方式', '日结', '用工形式', '开工日期', '完工日期', '每天上班时间', '08:00', '17:00', '招聘截止日期', '所属驿站', '工作地点', '在地图上选地点', '录用方式', '欢迎大龄求职者', '发布', '保存草稿']) {
      assert.ok(text.includes(label), `the form does not show ${label}:\n${text}`)
    }
    // Rendered by wcc's templates as WeChat's <text>, not merely present in setData.
    const texts = [...page.root.dom.querySelectorAll('wx-text')].map((el) => el.textContent)
    assert.ok(texts.includes('岗位名称'), 'the label 岗位名称 is not rendered as a <text>')

    const title = `模拟器分拣岗${Date.now() % 100000}`
    page.type('2 到 30 个字', title)
    page.tap('快递分拣')
    await page.waitForText((t) => t.includes('✓ 快递分拣'))
    page.tap('＋')
    await page.waitForText((t) => t.includes('2 人'))
    page.type('如：商场一楼到三楼地面清扫、垃圾清运', '快递包裹按区域分拣、码放上架')
    page.type('如：能干体力活；有电工证', '能站着干活')
    page.type('如：管午饭，提供工服和手套', '管午饭，提供手套')
    page.type('如：180', '200')
    page.tap('选择驿站 ›')
    await page.waitForText((t) => t.includes('不通过驿站') && t.includes('潞州区英雄南路零工驿站'))
    page.tap('潞州区英雄南路零工驿站')
    await page.waitForText((t) => t.includes('已定好地点（驿站位置）'))

    // What was typed is on the phone before anything reaches the server.
    // getStorageSync answers '' for a key it does not hold.
    await page.waitForText(() => {
      const draft = app.storage.getStorageSync(NEW_DRAFT_KEY) as { form?: { title?: string } } | ''
      return draft !== '' && draft.form?.title === title
    })

    page.tap('保存草稿')
    const saved = await page.waitForText((t) => t.includes('草稿已保存') || t.includes('需要修改'))
    assert.ok(saved.includes('草稿已保存'), `the draft was not saved:\n${saved}`)

    const drafts = EmployerJobPageSchema.parse(await callApi(app.origin, 'GET', '/api/v1/me/jobs?status=draft&limit=50', { token: session.token })).items
    const draft = drafts.find((item) => item.job.title === title)
    assert.ok(draft, `the server has no draft titled ${title} among ${drafts.map((d) => d.job.title).join(', ')}`)
    assert.equal(draft.job.category, 'sorting')
    assert.equal(draft.job.headcount, 2)
    assert.deepEqual(draft.job.pay, { amountFen: 20000, unit: 'day' })
    assert.equal(draft.job.stationName, '潞州区英雄南路零工驿站')
    assert.equal(draft.job.district, '潞州区')
    // Saved to the server: the copy on the phone has done its job.
    assert.equal(app.storage.getStorageSync(NEW_DRAFT_KEY), '')
  })
})
