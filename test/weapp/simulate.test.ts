import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { JSDOM } from 'jsdom'
import { stationWithJobs, type Job, type Station } from '../support/demo-data'
import { payPattern } from '../support/expect-text'
import { requireBuild } from '../support/paths'
import { startServer, type RunningServer } from '../support/server'
import { ABSENT_IN_WECHAT } from '../support/weapp-sandbox'
import { WeappSimulator } from '../support/weapp-simulate'

/**
 * The built pages rendered through their real WXML (compiled by WeChat's wcc) with miniprogram-simulate,
 * in a process without AbortController & co., against the real server (a child process, so that
 * removing those globals here cannot touch it).
 */

describe('dist/weapp rendered by miniprogram-simulate (wcc + exparser), against the real server', () => {
  let server: RunningServer
  let simulator: WeappSimulator
  let station: Station
  let jobs: Job[]

  before(async () => {
    const dir = requireBuild('weapp')
    server = await startServer()
    // Read what to expect while this process still has fetch.
    ;({ station, jobs } = await stationWithJobs(server.origin))
    simulator = new WeappSimulator(dir, server.origin)
    simulator.launch(new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true }) as unknown as { window: Window & typeof globalThis })
  })

  after(async () => {
    simulator?.dispose()
    await server?.stop()
  })

  it('runs without the globals WeChat lacks', () => {
    const present = ABSENT_IN_WECHAT.filter((name) => (globalThis as Record<string, unknown>)[name] !== undefined)
    assert.deepEqual(present, [])
  })

  it('the station page, opened by its QR scene, renders the station and its jobs through its WXML', async () => {
    const page = simulator.open('pages/station/index', { scene: encodeURIComponent(`s=${station.code}`) })
    await page.waitForText((text) => text.includes(station.name) && jobs.slice(0, 3).every((job) => text.includes(job.title)))
    // Rendered by wcc's templates into WeChat's components, not merely present in setData.
    const titles = page.root.dom.querySelectorAll('wx-text')
    assert.ok([...titles].some((el) => el.textContent === station.name), 'the station name is not rendered as a <text>')
  })

  it('tapping a job title bubbles to its card and opens the job in the jobs subpackage', async () => {
    const page = simulator.open('pages/station/index', { scene: encodeURIComponent(`s=${station.code}`) })
    const job = jobs[0]!
    await page.waitForText((text) => text.includes(job.title))
    const before = simulator.sandbox.navigations.length
    page.tap(job.title)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const navigation = simulator.sandbox.navigations.slice(before).at(-1)
    assert.ok(navigation, `tapping "${job.title}" did not navigate`)
    assert.match(navigation.url, /^\/?subpackages\/jobs\/detail\/index\?id=/)
    assert.ok(navigation.url.includes(job.id))
  })

  it('the job detail page renders the job and its pay', async () => {
    const job = jobs[0]!
    const page = simulator.open('subpackages/jobs/detail/index', { id: job.id })
    await page.waitForText((text) => text.includes(job.title) && payPattern(job.pay).test(text))
  })
})
