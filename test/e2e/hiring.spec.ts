import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { JobPageSchema, MyApplicationPageSchema, StationSchema, type Job } from '../../src/shared/contracts/index'
import { launchBrowser, type Browser } from '../support/browser'
import { field, signInOnPage, startE2E, storedToken, visibleText, type E2E } from '../support/e2e'

/** A phone nobody has used: the worker signs up by signing in. */
const WORKER_PHONE = '13912345678'
/** The demo employer (李经理), who posted both story jobs. */
const EMPLOYER_PHONE = '13800000002'

const FIRST_COME_TITLE = '商场保洁（报名即录用）'
const REVIEW_TITLE = '医院住院部保洁（三班倒，全天可到岗）'

/** The demo employer's contact phone as the seed writes it (0355-…): shown to a hired worker only. */
const EMPLOYER_CONTACT = /0355-\d{7}/

describe('H5: the hiring loop, worker and employer, against the real server', () => {
  let e2e: E2E
  let employerBrowser: Browser
  let firstCome: Job
  let review: Job
  let stationCode: string

  before(async () => {
    e2e = await startE2E()
    employerBrowser = await launchBrowser()
    const search = JobPageSchema.parse(await e2e.api('/api/v1/jobs?q=%E4%BF%9D%E6%B4%81&limit=50'))
    const find = (title: string) => {
      const job = search.items.find((j) => j.title === title)
      assert.ok(job, `the seed has ${title} among the 保洁 jobs`)
      return job
    }
    firstCome = find(FIRST_COME_TITLE)
    review = find(REVIEW_TITLE)
    assert.equal(firstCome.hiringMode, 'first_come')
    assert.equal(review.hiringMode, 'review')
    stationCode = StationSchema.parse(await e2e.api(`/api/v1/stations/${firstCome.stationId}`)).code
  })
  after(async () => {
    await employerBrowser?.close()
    await e2e?.close()
  })

  /** The worker's applications, as the server holds them. */
  async function applicationsOf(page: Page) {
    const token = await storedToken(page)
    const res = await fetch(`${e2e.server.origin}/api/v1/me/applications?limit=50`, { headers: { authorization: `Bearer ${token}` } })
    return MyApplicationPageSchema.parse(await res.json()).items
  }

  it('a worker finds a first-come 日结 保洁 job from a station link, signs in on the way, applies and is hired at once', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(`${e2e.server.origin}/s/${stationCode}`)
      await page.locator('.yz-page--station').getByRole('link', { name: '回首页' }).first().click()
      await page.waitForURL(/pages\/home\/index/)

      await field(page, '搜工作，如 保洁、电工、搬运').fill('保洁')
      await page.getByRole('button', { name: '搜索', exact: true }).click()
      await page.getByRole('button', { name: /^筛选/ }).click()
      const sheet = page.getByRole('dialog', { name: '筛选岗位' })
      await sheet.getByRole('button', { name: '日结', exact: true }).click()
      await sheet.getByRole('button', { name: '查看岗位' }).click()

      await page.getByRole('link', { name: new RegExp(FIRST_COME_TITLE.replace(/[（）]/g, '.')) }).first().click()
      await page.waitForURL(/subpackages\/jobs\/detail\/index\?id=/)
      assert.ok(page.url().includes(firstCome.id))

      await page.getByRole('button', { name: '登录后报名' }).click()
      await page.waitForURL(/subpackages\/account\/login\/index/)
      await signInOnPage(page, e2e, WORKER_PHONE)
      await page.waitForURL(/subpackages\/jobs\/detail\/index\?id=/)

      await page.getByRole('button', { name: '立即报名' }).click()
      await visibleText(page, '已录用').waitFor()
      const mine = await applicationsOf(page)
      assert.deepEqual(
        mine.map((a) => [a.job.id, a.status]),
        [[firstCome.id, 'hired']],
      )
    })
  })

  it('on a review job the employer hires, the worker sees the contact and a message, checks in with the code, the employer confirms, both rate', async (t) => {
    const employerPage = await employerBrowser.context.newPage()
    try {
      await e2e.withPage(t, async (page) => {
        // The worker (signed in by the test before, same browser profile) applies.
        await page.goto(`${e2e.server.origin}/#/subpackages/jobs/detail/index?id=${review.id}`)
        await visibleText(page, REVIEW_TITLE).waitFor()
        await page.getByRole('button', { name: '立即报名' }).click()
        await visibleText(page, '已报名').waitFor()
        assert.doesNotMatch(await page.locator('body').innerText(), EMPLOYER_CONTACT, 'no contact before hire')

        // The employer, in another browser, hires from the applicant list.
        await employerPage.goto(`${e2e.server.origin}/#/subpackages/account/login/index`)
        await signInOnPage(employerPage, e2e, EMPLOYER_PHONE)
        await employerPage.goto(`${e2e.server.origin}/#/subpackages/employer/jobs/index`)
        await employerPage.getByRole('link', { name: new RegExp(REVIEW_TITLE.replace(/[（），]/g, '.')) }).first().click()
        await employerPage.waitForURL(/subpackages\/employer\/applicants\/index\?jobId=/)
        const card = employerPage.locator('.yz-applicant').filter({ hasText: '已报名' }).first()
        await card.getByRole('button', { name: '录用', exact: true }).click()
        await employerPage.locator('.yz-applicant').filter({ hasText: '已录用' }).first().waitFor()

        // The worker: a message, and the application now shows the employer's phone.
        await page.goto(`${e2e.server.origin}/#/subpackages/messages/list/index`)
        await visibleText(page, /录用/).waitFor()
        const application = (await applicationsOf(page)).find((a) => a.job.id === review.id)
        assert.equal(application?.status, 'hired')
        assert.ok(application?.contact, 'the contact is in the answer once hired')
        await page.goto(`${e2e.server.origin}/#/subpackages/work/application/index?id=${application.id}`)
        await visibleText(page, application.contact.phone).waitFor()

        // The employer shows the check-in code; the worker types it.
        await employerPage.getByRole('button', { name: '出示签到码' }).click()
        await employerPage.waitForURL(/subpackages\/employer\/check-in-code\/index/)
        const digits = (await employerPage.locator('.yz-check-in-code__digits').innerText()).trim()
        assert.match(digits, /^\d{6}$/)
        await field(page, '6 位签到码').fill(digits)
        await page.getByRole('button', { name: '签到', exact: true }).click()
        await visibleText(page, '已签到').waitFor()

        // The employer confirms the work was done.
        await employerPage.goBack()
        await employerPage.waitForURL(/subpackages\/employer\/applicants\/index/)
        await employerPage.reload()
        const checkedIn = employerPage.locator('.yz-applicant').filter({ hasText: '已签到' }).first()
        await checkedIn.getByRole('button', { name: '确认完工' }).click()
        const done = employerPage.locator('.yz-applicant').filter({ hasText: '已完工' }).first()
        await done.waitFor()

        // Both rate.
        await page.reload()
        await page.getByRole('button', { name: /^5 星/ }).click()
        await page.getByRole('button', { name: '按时结算' }).click()
        await page.getByRole('button', { name: '提交评价' }).click()
        await visibleText(page, /您的评价|已评价/).waitFor()

        await done.getByRole('button', { name: '评价', exact: true }).click()
        await done.getByRole('button', { name: '5 星', exact: true }).click()
        await done.getByRole('button', { name: '提交评价' }).click()
        await done.getByText(/您的评价/).waitFor()

        const finished = (await applicationsOf(page)).find((a) => a.job.id === review.id)
        assert.equal(finished?.status, 'completed')
        assert.equal(finished?.myRating?.stars, 5)
        assert.deepEqual(finished?.myRating?.tags, ['按时结算'])
      })
    } finally {
      await employerPage.close()
    }
  })
})
