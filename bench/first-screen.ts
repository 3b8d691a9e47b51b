import type { Page } from 'playwright-core'
import { FIRST_SCREEN_SHELL_ID } from '../src/shared/contracts/index'
import { launchBrowser } from '../test/support/browser'
import { stationWithJobs } from '../test/support/demo-data'

/** Chrome DevTools' "Fast 3G" preset: 562.5 ms round trips, ≈ 1.44 Mbps down, 675 kbps up. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 }
const CPU_SLOWDOWN = 4

export interface FirstScreenResult {
  url: string
  firstVisitMs: number
  returnVisitMs: number
  /** Until the app has drawn the page itself and takes taps (the server-drawn picture is gone). */
  firstVisitInteractiveMs: number
  returnVisitInteractiveMs: number
  /** Bytes over the wire for the whole first visit (until the network is idle), by kind. */
  transferred: { document: number; script: number; fetch: number; other: number }
  requestsBeforeFirstJob: string[]
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', FAST_3G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return cdp
}

/**
 * Milliseconds from asking for `url` until `text` is on screen, and until the app itself shows it
 * (the server's picture of the first screen, drawn before any script, takes no taps).
 */
async function timeUntilText(page: Page, url: string, text: string): Promise<{ shown: number; interactive: number }> {
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 })
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 60_000 })
  const shown = Date.now() - started
  await page.locator(`#${FIRST_SCREEN_SHELL_ID}`).waitFor({ state: 'detached', timeout: 60_000 })
  await page.locator('.yz-page--station').getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 60_000 })
  return { shown, interactive: Date.now() - started }
}

/**
 * A station's QR code opened on a weak connection: the time until the station's first job shows,
 * on a first visit (empty cache) and on a return visit (the same browser, a day later as far as the
 * cache is concerned: hashed bundles cached, HTML and data asked again), under Fast 3G and 4× CPU
 * slowdown — what a worker at a gig station on a cheap phone waits for.
 */
export async function stationFirstScreen(origin: string): Promise<FirstScreenResult> {
  const { station, jobs } = await stationWithJobs(origin)
  const url = `${origin}/s/${station.code}`
  const title = jobs[0]!.title
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    const cdp = await throttle(page)
    const transferred = { document: 0, script: 0, fetch: 0, other: 0 }
    const kinds = new Map<string, keyof typeof transferred>()
    const requests: string[] = []
    let done = false
    cdp.on('Network.responseReceived', (e: { requestId: string; type: string; response: { url: string } }) => {
      const kind = e.type === 'Document' ? 'document' : e.type === 'Script' ? 'script' : e.type === 'Fetch' || e.type === 'XHR' ? 'fetch' : 'other'
      kinds.set(e.requestId, kind)
      if (!done) requests.push(`${kind} ${new URL(e.response.url).pathname}`)
    })
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      const kind = kinds.get(e.requestId)
      if (kind && !done) transferred[kind] += e.encodedDataLength
    })
    const first = await timeUntilText(page, url, title)
    const beforeFirstJob = requests.length
    // What the page goes on to load counts too: the whole first page is what a phone pays for.
    await page.waitForLoadState('networkidle', { timeout: 60_000 })
    done = true
    await page.goto('about:blank')
    const back = await timeUntilText(page, url, title)
    return {
      url,
      firstVisitMs: first.shown,
      returnVisitMs: back.shown,
      firstVisitInteractiveMs: first.interactive,
      returnVisitInteractiveMs: back.interactive,
      transferred,
      requestsBeforeFirstJob: requests.slice(0, beforeFirstJob),
    }
  } finally {
    await browser.close()
  }
}
