import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { pageUrl } from '../../src/shared/config/routes'
import { startE2E, stationWithJobs, visibleText, type E2E, type Job, type Station } from '../support/e2e'

/** What a thumb and an older eye need (适老化通用设计规范 outside the elder mode): CSS px. */
const MIN_TARGET = 44
const MIN_TEXT = 16

interface Measured {
  controls: number
  small: string[]
  smallText: string[]
}

/**
 * Every visible control (anything with the button or link role, native or not) and every visible
 * piece of text on the page, as Chromium lays them out. A string, not a function: the test runner's
 * TypeScript transform would wrap a function's inner helpers in calls the page does not have.
 */
const MEASURE = `(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[aria-hidden="true"]')
  }
  const name = (el) => (el.getAttribute('aria-label') || el.innerText || el.getAttribute('class') || el.tagName).replace(/\\s+/g, ' ').slice(0, 40)
  const controls = [...document.querySelectorAll('[role=button],[role=link],button,a[href],input,taro-button-core')].filter(visible)
  const small = controls
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, box]) => box.width < ${MIN_TARGET} || box.height < ${MIN_TARGET})
    .map(([el, box]) => name(el) + ': ' + Math.round(box.width) + '×' + Math.round(box.height))
  const smallText = new Set()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement
    if (!walker.currentNode.data.trim() || !el || !visible(el)) continue
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (size < ${MIN_TEXT}) smallText.add(name(el) + ': ' + size + 'px')
  }
  return { controls: controls.length, small, smallText: [...smallText] }
})()`

async function measure(page: Page): Promise<Measured> {
  return (await page.evaluate(MEASURE)) as Measured
}

const tokens = new Map<string, string>()

/**
 * Signs `phone` in through the API (once per phone: the server sends one code a minute) and hands the
 * app its token, as the login page would leave it.
 */
async function signedInAs(page: Page, e2e: E2E, phone: string): Promise<string> {
  const post = (path: string, body: unknown) =>
    fetch(`${e2e.server.origin}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  let token = tokens.get(phone)
  if (!token) {
    await post('/auth/otp', { phone })
    const { code } = await e2e.api<{ code: string }>(`/api/v1/dev/otp?phone=${phone}`)
    token = ((await (await post('/auth/login', { phone, code })).json()) as { token: string }).token
    tokens.set(phone, token)
  }
  await page.goto(`${e2e.server.origin}/`)
  await page.evaluate((t) => localStorage.setItem('yizhan.session.token', JSON.stringify({ data: t })), token)
  return token
}

async function firstOf<T>(e2e: E2E, token: string, path: string): Promise<T> {
  const res = await fetch(`${e2e.server.origin}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } })
  const { items } = (await res.json()) as { items: T[] }
  if (!items[0]) throw new Error(`${path} has nothing`)
  return items[0]
}

describe('H5: touch targets ≥ 44×44 px and text ≥ 16 px on the station entry, hiring and policy screens', () => {
  let e2e: E2E
  let station: Station
  let jobs: Job[]

  before(async () => {
    e2e = await startE2E()
    ;({ station, jobs } = await stationWithJobs(e2e))
  })
  after(async () => {
    await e2e?.close()
  })

  const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'home (nearby stations and jobs, tab bar)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/`)
        await page.getByRole('link', { name: jobs[0]!.title }).first().waitFor()
      },
    },
    {
      name: 'a station from its QR code (回首页, call, jobs)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/s/${station.code}`)
        await page.getByRole('link', { name: jobs[0]!.title }).first().waitFor()
      },
    },
    {
      name: 'an unknown station code (nearby stations)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/s/NOSUCH99`)
        await page.getByRole('button', { name: /查看全部/ }).waitFor()
      },
    },
    {
      name: 'a job from a shared link',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/#/subpackages/jobs/detail/index?id=${jobs[0]!.id}`)
        await visibleText(page, '工作内容').waitFor()
      },
    },
    {
      name: 'the filter sheet',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/`)
        await page.getByRole('button', { name: /^筛选/ }).click()
        await page.getByRole('dialog', { name: '筛选岗位' }).getByRole('button', { name: '查看岗位' }).waitFor()
      },
    },
    {
      name: '我的 and 我的报名 of a signed-in worker',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000001')
        await page.goto(`${e2e.server.origin}/#/subpackages/work/applications/index`)
        await visibleText(page, '未录用').waitFor()
      },
    },
    {
      name: 'an application with its timeline and contact',
      open: async (page) => {
        const token = await signedInAs(page, e2e, '13800000001')
        const hired = await firstOf<{ id: string }>(e2e, token, '/me/applications?limit=1')
        await page.goto(`${e2e.server.origin}/#/subpackages/work/application/index?id=${hired.id}`)
        await visibleText(page, '已报名').waitFor()
      },
    },
    {
      name: 'the message centre',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000001')
        await page.goto(`${e2e.server.origin}/#/subpackages/messages/list/index`)
        await visibleText(page, '您已被录用').waitFor()
      },
    },
    {
      name: 'an employer: 我发布的岗位, a job’s applicants, the check-in code',
      open: async (page) => {
        const token = await signedInAs(page, e2e, '13800000002')
        await page.goto(`${e2e.server.origin}/#/subpackages/employer/jobs/index`)
        await visibleText(page, '待处理').waitFor()
        assert.deepEqual((await measure(page)).small, [], 'on 我发布的岗位')
        const mine = await firstOf<{ job: { id: string } }>(e2e, token, '/me/jobs?limit=1')
        await page.goto(`${e2e.server.origin}/#/subpackages/employer/applicants/index?jobId=${mine.job.id}`)
        await page.getByRole('button', { name: '出示签到码' }).waitFor()
        assert.deepEqual((await measure(page)).small, [], 'on the applicants')
        // The check-in code screen has nothing to tap: its text is measured, then back to the applicants.
        await page.getByRole('button', { name: '出示签到码' }).click()
        await page.locator('.yz-check-in-code__digits').filter({ visible: true }).waitFor()
        assert.deepEqual((await measure(page)).smallText, [], 'on the check-in code screen')
        await page.goBack()
        await page.getByRole('button', { name: '出示签到码' }).waitFor()
      },
    },
    {
      name: 'the 政策 tab and a policy with its full text',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/#/pages/policy/index`)
        await page.getByPlaceholder('搜政策，如 创业、培训、社保', { exact: true }).and(page.locator('input')).first().waitFor()
        const first = await e2e.api<{ items: { id: string; title: string }[] }>('/api/v1/policies?limit=1')
        await visibleText(page, first.items[0]!.title).waitFor()
        const { small, smallText } = await measure(page)
        assert.deepEqual([small, smallText], [[], []], 'on the 政策 tab')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#/subpackages/policies/detail/index?id=${first.items[0]!.id}`)
        await visibleText(page, '申请材料', { exact: false }).waitFor()
      },
    },
    {
      name: 'the 政策计算器 without signing in: a question, the answers so far, the results',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/#${pageUrl.policyCalculator}`)
        await visibleText(page, '第 1 题').waitFor()
        const { small, smallText } = await measure(page)
        assert.deepEqual([small, smallText], [[], []], 'on the first question')
        // The first answer listed above the next question and the results.
        const yesNo = page.getByRole('button', { name: '不是', exact: true }).filter({ visible: true })
        if (!(await yesNo.count())) {
          // The first question is a date or a year: 确定 takes the wheel's first choice.
          await page.locator('.yz-facts__picker').filter({ visible: true }).first().click()
          await visibleText(page, '确定', { exact: true }).click()
        } else await yesNo.first().click()
        await visibleText(page, '您的回答').waitFor()
        await visibleText(page, '第 2 题').waitFor()
      },
    },
    {
      name: 'a worker: 我的资料与授权 and 适合我的政策',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000001')
        await page.goto(`${e2e.server.origin}/#${pageUrl.myProfile}`)
        await page.getByRole('button', { name: '保存我的资料' }).waitFor()
        const { small, smallText } = await measure(page)
        assert.deepEqual([small, smallText], [[], []], 'on 我的资料与授权')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#${pageUrl.policyMatches}`)
        await page.getByRole('link', { name: /修改我的资料|先看看我的资料/ }).first().waitFor()
      },
    },
    {
      name: 'a worker: 我的补贴申请, one needing more material, and the form to resubmit it',
      open: async (page) => {
        const token = await signedInAs(page, e2e, '13800000001')
        await page.goto(`${e2e.server.origin}/#${pageUrl.mySubsidyApplications}`)
        await visibleText(page, '需补充材料').waitFor()
        assert.deepEqual((await measure(page)).small, [], 'on 我的补贴申请')
        const res = await fetch(`${e2e.server.origin}/api/v1/me/subsidy-applications?limit=20`, { headers: { authorization: `Bearer ${token}` } })
        const mine = (await res.json()) as { items: { id: string; status: string; policy: { id: string } }[] }
        const needsMore = mine.items.find((a) => a.status === 'needs_more')
        assert.ok(needsMore, 'the demo worker has an application needing more material')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#${pageUrl.subsidyApplication(needsMore.id)}`)
        await page.getByRole('button', { name: '补充材料', exact: true }).waitFor()
        const { small, smallText } = await measure(page)
        assert.deepEqual([small, smallText], [[], []], 'on one application')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#${pageUrl.applyForSubsidy(needsMore.policy.id, needsMore.id)}`)
        await page.getByRole('button', { name: '重新提交' }).waitFor()
      },
    },
    {
      name: 'the online application form of a policy',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000005')
        const online = await e2e.api<{ items: { id: string; title: string }[] }>(`/api/v1/policies?q=${encodeURIComponent('高校毕业生求职创业补贴')}`)
        await page.goto(`${e2e.server.origin}/#${pageUrl.applyForSubsidy(online.items[0]!.id)}`)
        await page.getByRole('button', { name: '提交申请' }).waitFor()
      },
    },
    {
      name: 'staff: 补贴审核 and an application with its actions',
      open: async (page) => {
        const token = await signedInAs(page, e2e, '13800000007')
        await page.goto(`${e2e.server.origin}/#${pageUrl.staffSubsidies}`)
        await page.getByRole('button', { name: /^待受理/ }).waitFor()
        await page.locator('.yz-subsidy-queue').filter({ visible: true }).waitFor()
        const { small, smallText } = await measure(page)
        assert.deepEqual([small, smallText], [[], []], 'on 补贴审核')
        const accepted = await firstOf<{ id: string }>(e2e, token, '/staff/subsidy-applications?status=accepted&limit=1')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#${pageUrl.staffSubsidy(accepted.id)}`)
        await page.getByRole('button', { name: '开始审核', exact: true }).waitFor()
      },
    },
    {
      name: 'the posting form',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000002')
        await page.goto(`${e2e.server.origin}/#/subpackages/employer/post/index`)
        await page.getByRole('button', { name: '保存草稿' }).waitFor()
      },
    },
    {
      name: 'an employer: 单位信息与认证',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000002')
        await page.goto(`${e2e.server.origin}/#/subpackages/employer/profile/index`)
        await page.getByRole('button', { name: '拍照或选择营业执照照片' }).waitFor()
      },
    },
    {
      name: 'a worker: 登记用人单位 and 我的举报',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000005')
        await page.goto(`${e2e.server.origin}/#/subpackages/work/reports/index`)
        await page.locator('.yz-page').filter({ visible: true }).first().waitFor()
        assert.deepEqual((await measure(page)).smallText, [], 'on 我的举报')
        await page.goto(`${e2e.server.origin}/#/subpackages/employer/register/index`)
        await visibleText(page, '您以什么身份招工？').waitFor()
        assert.deepEqual((await measure(page)).small, [], 'on choosing 企业 or 个人')
        await visibleText(page, '企业或单位').click()
        await visibleText(page, '统一社会信用代码').waitFor()
      },
    },
    {
      name: 'staff: the review queue, the audit log, sample audits, stations and a poster',
      open: async (page) => {
        await signedInAs(page, e2e, '13800000007')
        for (const [path, ready] of [
          ['subpackages/staff/audit/index', '审核记录'],
          ['subpackages/staff/samples/index', '抽查'],
          ['subpackages/staff/stations/index', '新建驿站'],
        ] as const) {
          // A fresh load each time: a hash change alone can land while the page before is still drawing.
          await page.goto('about:blank')
          await page.goto(`${e2e.server.origin}/#/${path}`)
          await visibleText(page, ready, { exact: false }).waitFor()
          const { small, smallText } = await measure(page)
          assert.deepEqual([small, smallText], [[], []], `on ${path}`)
        }
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#/subpackages/staff/station/index?id=${station.id}`)
        await visibleText(page, '下载 A4 海报（PDF）').waitFor()
        assert.deepEqual((await measure(page)).small, [], 'on a station with its poster')
        await page.goto('about:blank')
        await page.goto(`${e2e.server.origin}/#/subpackages/staff/queue/index`)
        await visibleText(page, '单位认证', { exact: false }).waitFor()
      },
    },
  ]

  for (const screen of screens) {
    it(screen.name, async (t) => {
      await e2e.withPage(t, async (page) => {
        await screen.open(page)
        const { controls, small, smallText } = await measure(page)
        assert.ok(controls > 0, 'found no controls to measure')
        assert.deepEqual(small, [], `controls smaller than ${MIN_TARGET}×${MIN_TARGET} px:\n${small.join('\n')}`)
        assert.deepEqual(smallText, [], `text smaller than ${MIN_TEXT} px:\n${smallText.join('\n')}`)
      })
    })
  }
})
