import { after, before, describe, it } from 'node:test'
import { signInOnPage, startE2E, storedToken, visibleText, type E2E } from '../support/e2e'

const WORKER_PHONE = '13800000001'
const MASKED = `${WORKER_PHONE.slice(0, 3)}****${WORKER_PHONE.slice(-4)}`

describe('H5: sign in with the demo SMS code', () => {
  let e2e: E2E

  before(async () => {
    e2e = await startE2E()
  })
  after(async () => {
    await e2e?.close()
  })

  it('我的 → 登录 → phone and SMS code → 我的 shows the signed-in worker → 退出登录 revokes the token', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(e2e.server.origin + '/')
      // The tab bar's items are links; the app's buttons are buttons (found by role, as a screen reader does).
      await page.getByRole('link', { name: '我的', exact: true }).click()
      await page.waitForURL(/pages\/me\/index/)
      // Taro's H5 router keeps a page it leaves in the DOM for a moment: look within the page at hand.
      const mePage = page.locator('.yz-page--me')
      await mePage.getByRole('button', { name: '登录', exact: true }).click()
      await page.waitForURL(/subpackages\/account\/login\/index/)

      await signInOnPage(page, e2e, WORKER_PHONE)

      await page.waitForURL(/pages\/me\/index/)
      await visibleText(page, MASKED, { exact: false }).waitFor()
      await visibleText(page, '求职者', { exact: true }).waitFor()
      await page.getByRole('button', { name: '退出登录' }).waitFor()

      // Signing out revokes the token on the server (a 204 with no body, which the app must take).
      const token = await storedToken(page)
      const meBefore = await fetch(`${e2e.server.origin}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
      if (meBefore.status !== 200) throw new Error(`/me with the stored token answered ${meBefore.status}`)

      await page.getByRole('button', { name: '退出登录' }).click()
      await mePage.getByRole('button', { name: '登录', exact: true }).waitFor()
      await visibleText(page, '您还没有登录').waitFor()
      const meAfter = await fetch(`${e2e.server.origin}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
      if (meAfter.status !== 401) throw new Error(`/me after signing out answered ${meAfter.status}, not 401`)
    })
  })
})
