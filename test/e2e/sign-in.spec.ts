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

  it('我的 → 登录 → phone and SMS code → 我的 shows the signed-in worker', async (t) => {
    await e2e.withPage(t, async (page) => {
      await page.goto(e2e.server.origin + '/')
      // The tab bar's items are links; the app's buttons are buttons (found by role, as a screen reader does).
      await page.getByRole('link', { name: '我的', exact: true }).click()
      await page.waitForURL(/pages\/me\/index/)
      await page.getByRole('button', { name: '登录', exact: true }).click()
      await page.waitForURL(/subpackages\/account\/login\/index/)

      await field(page, '请输入 11 位手机号').fill(WORKER_PHONE)
      await page.getByRole('button', { name: '获取验证码' }).click()
      // The countdown starts once the server has accepted the request and sent (logged) the code.
      await visibleText(page, /秒后重发/).waitFor()
      const { code } = await e2e.api<{ code: string }>(`/api/v1/dev/otp?phone=${WORKER_PHONE}`)

      await field(page, '6 位数字').fill(code)
      await page.getByRole('button', { name: '登录', exact: true }).click()

      await page.waitForURL(/pages\/me\/index/)
      await visibleText(page, MASKED, { exact: false }).waitFor()
      await visibleText(page, '求职者', { exact: true }).waitFor()
      await page.getByRole('button', { name: '退出登录' }).waitFor()
    })
  })
})
