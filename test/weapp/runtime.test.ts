import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startApiInProcess, type InProcessApi } from '../support/api'
import { stationWithJobs, type Job, type Station } from '../support/demo-data'
import { NOT_FOUND_WORDS, payPattern } from '../support/expect-text'
import { requireBuild } from '../support/paths'
import { ABSENT_IN_WECHAT, WeappSandbox } from '../support/weapp-sandbox'

/**
 * The built mini-program, run in a sandbox without the globals WeChat lacks, against the real server.
 * wx.request keeps the path and query the app asked for and goes to this test's server instead of
 * the build's TARO_APP_API_BASE (the requests are recorded, so the rewrite is visible in failures).
 */

/** WeChat's performance audit flags a setData call over 256 KB (1 MB is the hard limit). */
const SET_DATA_AUDIT_BYTES = 256 * 1024

describe('dist/weapp at runtime, without AbortController & co., against the real server', () => {
  let dir = ''
  let api: InProcessApi
  let station: Station
  let stations: Station[]
  let stationJobs: Job[]
  const sandboxes: WeappSandbox[] = []

  const sandbox = (launch?: ConstructorParameters<typeof WeappSandbox>[0]['launch']) => {
    const box = new WeappSandbox({ dir, apiOrigin: api.origin, launch })
    sandboxes.push(box)
    return box
  }
  before(async () => {
    dir = requireBuild('weapp')
    api = await startApiInProcess()
    ;({ station, jobs: stationJobs, stations } = await stationWithJobs(api.origin))
  })

  after(async () => {
    for (const box of sandboxes) box.dispose()
    await api?.close()
  })

  it('the sandbox has none of the globals WeChat lacks, and refuses eval like WeChat', () => {
    const box = sandbox()
    assert.deepEqual(box.leakedGlobals(), [], `these exist in the sandbox but not in WeChat: ${ABSENT_IN_WECHAT.join(', ')}`)
    assert.equal(box.allowsEval(), false)
  })

  it('app.js and the chunks it requires evaluate, and the app launches', () => {
    const box = sandbox()
    const app = box.launch()
    assert.equal(typeof app.onLaunch, 'function', 'App() was not given an onLaunch')
    const errors = box.logs.filter((line) => line.startsWith('error:'))
    assert.deepEqual(errors, [], 'the app logged errors on launch')
  })

  it('a station QR code (scene s=CODE) opens the station page with its name and jobs from the server', async () => {
    // A cold start from a scanned code (scene 1047): WeChat passes the scene URI-encoded.
    const query = { scene: encodeURIComponent(`s=${station.code}`) }
    const box = sandbox({ path: 'pages/station/index', query, scene: 1047 })
    const page = box.openPage('pages/station/index', query)
    const newest = stationJobs[0]!
    await page.waitForText((text) => text.includes(station.name) && text.includes(newest.title))
    assert.ok(
      box.requests.some((r) => r.status === 200 && r.url.includes(`/api/v1/stations/by-code/${station.code}`)),
      'the page did not look the station up by its code',
    )
    const tooBig = page.setDataCalls.filter((call) => call.bytes > SET_DATA_AUDIT_BYTES)
    assert.deepEqual(tooBig.map((c) => c.bytes), [], 'setData calls over 256 KB')
  })

  it('a hot start from another station\'s code switches the open station page to that station', async () => {
    const other = stations.find((s) => s.id !== station.id)
    assert.ok(other, 'the seed needs two stations')
    const box = sandbox()
    const page = box.openPage('pages/station/index', { scene: encodeURIComponent(`s=${station.code}`) })
    await page.waitForText((text) => text.includes(station.name))
    box.hotStart({ path: 'pages/station/index', query: { scene: encodeURIComponent(`s=${other.code}`) } })
    await page.waitForText((text) => text.includes(other.name) && !text.includes(station.name))
  })

  it('tapping a job on the station page navigates to its detail in the jobs subpackage', async () => {
    const box = sandbox()
    const page = box.openPage('pages/station/index', { scene: encodeURIComponent(`s=${station.code}`) })
    const job = stationJobs[0]!
    await page.waitForText((text) => text.includes(job.title))
    page.tap(job.title)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const navigation = box.navigations.at(-1)
    assert.ok(navigation, `tapping "${job.title}" did not navigate`)
    assert.match(navigation.url, /^\/?subpackages\/jobs\/detail\/index\?/)
    assert.ok(navigation.url.includes(job.id), `the detail URL ${navigation.url} does not name job ${job.id}`)
  })

  it('the job detail page (subpackage) shows the job and its pay', async () => {
    const box = sandbox()
    const job = stationJobs[0]!
    const page = box.openPage('subpackages/jobs/detail/index', { id: job.id })
    await page.waitForText((t) => t.includes(job.title) && payPattern(job.pay).test(t))
  })

  it('an unknown station code says so and offers the nearby stations', async () => {
    const box = sandbox()
    const page = box.openPage('pages/station/index', { scene: encodeURIComponent('s=NOSUCH99') })
    const text = await page.waitForText((t) => stations.slice(0, 3).some((s) => t.includes(s.name)))
    const line = text.split('\n').find((l) => l.includes('NOSUCH99'))
    assert.ok(line, `the page does not name the unknown code; it shows:\n${text}`)
    assert.match(line, NOT_FOUND_WORDS)
  })

  it('home shows nearby stations without location permission', async () => {
    const box = sandbox()
    const page = box.openPage('pages/home/index')
    await page.waitForText((t) => stations.slice(0, 3).some((s) => t.includes(s.name)))
  })
})
