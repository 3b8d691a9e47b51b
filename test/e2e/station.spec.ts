import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startE2E, stationWithJobs, visibleText, type E2E, type Job, type Station } from '../support/e2e'
import { NOT_FOUND_WORDS, payPattern } from '../support/expect-text'

describe('H5: a station QR link, its jobs, a job', () => {
  let e2e: E2E
  let station: Station
  let jobs: Job[]
  let stations: Station[]

  before(async () => {
    e2e = await startE2E()
    ;({ station, jobs, stations } = await stationWithJobs(e2e))
  })
  after(async () => {
    await e2e?.close()
  })

  it('the app page declares its language as zh-CN', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(e2e.server.origin + '/')
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
    })
  })

  it('/s/CODE opens the station page with the station and its jobs', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(`${e2e.server.origin}/s/${station.code}`)
      await visibleText(page, station.name).waitFor()
      await visibleText(page, station.address).waitFor()
      // Newest first: the first page of the station's jobs as the API lists them.
      for (const job of jobs.slice(0, 3)) await visibleText(page, job.title).waitFor()
      assert.match(page.url(), /#\/pages\/station\/index\?code=/)
    })
  })

  it('an unknown code says so plainly and lists nearby stations', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(`${e2e.server.origin}/s/NOSUCH99`)
      const alert = page.getByRole('alert').filter({ hasText: 'NOSUCH99' })
      await alert.waitFor()
      assert.match((await alert.innerText()).trim(), NOT_FOUND_WORDS)
      // Several of the stations nearest the city centre are offered instead.
      for (const nearby of stations.slice(0, 2)) await visibleText(page, nearby.name).waitFor()
    })
  })

  it('tapping a job opens its details with the pay', async (t) => {
    await e2e.withPage(t, async (page) => {
      const job = jobs[0]!
      await page.goto(`${e2e.server.origin}/s/${station.code}`)
      // A job card is a link named by what it shows, the title first.
      await page.getByRole('link', { name: job.title }).first().click()
      await page.waitForURL(/subpackages\/jobs\/detail\/index\?id=/)
      assert.ok(page.url().includes(job.id), `opened ${page.url()}, not job ${job.id}`)
      await visibleText(page, payPattern(job.pay)).waitFor()
      await visibleText(page, job.title).waitFor()
    })
  })

  it('opened from a QR code, the station page offers 回首页, which leads to the nearby stations', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(`${e2e.server.origin}/s/${station.code}`)
      await visibleText(page, station.name).waitFor()

      await page.getByRole('link', { name: '回首页' }).click()

      await page.waitForURL(/pages\/home\/index/)
      await visibleText(page, '附近的零工驿站').waitFor()
    })
  })

  it('a job opened from a shared link offers 回首页; a job opened from the station page does not', async (t) => {
    await e2e.withPage(t, async (page) => {
      const job = jobs[0]!
      await page.goto(`${e2e.server.origin}/#/subpackages/jobs/detail/index?id=${job.id}`)
      await visibleText(page, payPattern(job.pay)).waitFor()
      await page.getByRole('link', { name: '回首页' }).waitFor()

      await page.goto(`${e2e.server.origin}/s/${station.code}`)
      await page.getByRole('link', { name: job.title }).first().click()
      await page.waitForURL(/subpackages\/jobs\/detail\/index\?id=/)
      await visibleText(page, payPattern(job.pay)).waitFor()
      assert.equal(await page.getByRole('link', { name: '回首页' }).count(), 0, 'a page with a way back also drew 回首页')
    })
  })

  it('a tap anywhere on a button works, the words inside it too', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(`${e2e.server.origin}/`)
      const more = page.getByRole('button', { name: `查看全部 ${stations.length} 个驿站` })
      // A finger lands on the words, not on the button's middle: tap the first character of the label.
      const words = await more.getByText('查看全部').boundingBox()
      assert.ok(words, 'the button shows no words')
      await page.touchscreen.tap(words.x + 4, words.y + words.height / 2)

      await visibleText(page, stations.at(-1)!.name).waitFor()
      assert.equal(await more.count(), 0)
    })
  })

  it('a keyboard reaches the cards and buttons and opens them with Enter', async (t) => {
    await e2e.withPage(t, async (page) => {
      const job = jobs[0]!
      await page.goto(`${e2e.server.origin}/s/${station.code}`)
      const card = page.getByRole('link', { name: job.title }).first()
      await card.focus()
      assert.equal(await card.evaluate((element) => element === document.activeElement), true, 'the job card takes no focus')
      await page.keyboard.press('Enter')
      await page.waitForURL(/subpackages\/jobs\/detail\/index\?id=/)
      assert.ok(page.url().includes(job.id), `opened ${page.url()}, not job ${job.id}`)
    })
  })
})
