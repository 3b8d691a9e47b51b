import { after, before, describe, it } from 'node:test'
import { field, startE2E, visibleText, type E2E } from '../support/e2e'

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
      const loginPage = page.locator('.yz-page--login')
      await mePage.getByRole('button', { name: '登录', exact: true }).click()
      await page.waitForURL(/subpackages\/account\/login\/index/)

      await field(page, '请输入 11 位手机号').fill(WORKER_PHONE)
      await page.getByRole('button', { name: '获取验证码' }).click()
      // The countdown starts once the server has accepted the request and sent (logged) the code.
      await visibleText(page, /秒后重发/).waitFor()
      const { code } = await e2e.api<{ code: string }>(`/api/v1/dev/otp?phone=${WORKER_PHONE}`)

      await field(page, '6 位数字').fill(code)
      await loginPage.getByRole('button', { name: '登录', exact: true }).click()

      await page.waitForURL(/pages\/me\/index/)
      await visibleText(page, MASKED, { exact: false }).waitFor()
      await visibleText(page, '求职者', { exact: true }).waitFor()
      await page.getByRole('button', { name: '退出登录' }).waitFor()

      // Signing out revokes the token on the server (a 204 with no body, which the app must take).
      const token = await page.evaluate(() => {
        const raw = localStorage.getItem('yizhan.session.token')
        return raw ? (JSON.parse(raw) as { data?: string }).data ?? null : null
      })
      if (!token) throw new Error('no session token stored after signing in')
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
