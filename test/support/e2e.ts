import type { TestContext } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launchBrowser, screenshot, type Browser } from './browser'
import { requireBuild } from './paths'
import { stationWithJobs as demoStationWithJobs } from './demo-data'
import { getJson, startServer, type RunningServer } from './server'

export type { Job, Station } from './demo-data'

export interface E2E {
  server: RunningServer
  browser: Browser
  /**
   * A fresh page. An uncaught error in the page fails the test even if the steps passed; on failure a
   * screenshot goes to test-results/ and the page's errors join the message.
   */
  withPage(t: TestContext, fn: (page: Page) => Promise<void>): Promise<void>
  api<T>(pathAndQuery: string): Promise<T>
  close(): Promise<void>
}

/**
 * The real server (demo database, built H5 app) and Chromium with a fresh profile. `env` adds to the
 * server's environment (e.g. a faster outbox round: `{ OUTBOX_POLL_MS: '300' }`).
 */
export async function startE2E(options: { env?: Record<string, string> } = {}): Promise<E2E> {
  requireBuild('h5')
  const server = await startServer({ env: options.env })
  let browser: Browser
  try {
    browser = await launchBrowser()
  } catch (error) {
    await server.stop()
    throw error
  }
  return {
    server,
    browser,
    api: (pathAndQuery) => getJson(server, pathAndQuery),
    async withPage(t, fn) {
      const page = await browser.context.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      try {
        await fn(page)
        const uncaught = problems.filter((p) => p.startsWith('page error'))
        if (uncaught.length > 0) throw new Error(`the page threw:\n${uncaught.join('\n')}`)
      } catch (error) {
        const file = await screenshot(page, t.fullName)
        const extra = [`screenshot: ${file}`, `url: ${page.url()}`, ...problems].join('\n')
        if (error instanceof Error) error.message += `\n${extra}`
        throw error
      } finally {
        await page.close()
      }
    },
    async close() {
      await browser.close().catch(() => undefined)
      await server.stop()
    },
  }
}

/** The first station (nearest the city centre) that has open jobs, with its newest jobs. */
export const stationWithJobs = (e2e: E2E) => demoStationWithJobs(e2e.server.origin)

/**
 * Visible text on the page, as a person sees it (Taro's H5 navigation bar keeps hidden copies of
 * page titles). Controls are found by role instead: `page.getByRole('button', { name })`.
 */
export function visibleText(page: Page, text: string | RegExp, options: { exact?: boolean } = {}): Locator {
  return page.getByText(text, options).filter({ visible: true }).first()
}

/** The text field showing `placeholder` (Taro's `taro-input-core` repeats the placeholder on its wrapper). */
export function field(page: Page, placeholder: string): Locator {
  return page.getByPlaceholder(placeholder, { exact: true }).and(page.locator('input, textarea')).filter({ visible: true }).first()
}

/** On the login page: phone, 获取验证码, the demo code from the server, 登录; resolves once it has left the page. */
export async function signInOnPage(page: Page, e2e: E2E, phone: string): Promise<void> {
  const loginPage = page.locator('.yz-page--login')
  await field(page, '请输入 11 位手机号').fill(phone)
  await loginPage.getByRole('button', { name: '获取验证码' }).click()
  // The countdown starts once the server has accepted the request and sent (logged) the code.
  await visibleText(page, /秒后重发/).waitFor()
  const { code } = await e2e.api<{ code: string }>(`/api/v1/dev/otp?phone=${phone}`)
  await field(page, '6 位数字').fill(code)
  await loginPage.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('subpackages/account/login'))
}

/** The session token the app stored after signing in (H5 keeps it in localStorage). */
export async function storedToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('yizhan.session.token')
    return raw ? ((JSON.parse(raw) as { data?: string }).data ?? null) : null
  })
  if (!token) throw new Error('no session token stored after signing in')
  return token
}
