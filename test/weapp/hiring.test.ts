import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'
import {
  ApplicationStatuses,
  CheckInCodeSchema,
  EmployerJobPageSchema,
  JobPageSchema,
  MyApplicationPageSchema,
  Settlements,
  type Job,
  type MyApplication,
} from '../../src/shared/contracts/index'
import { startApiInProcess, type InProcessApi } from '../support/api'
import { APP_STORAGE, DEMO_ACCOUNTS, FIRST_COME_JOB_TITLE, callApi, jobByTitle, signInDemo } from '../support/demo-data'
import { requireBuild } from '../support/paths'
import { WeappSandbox, type PageHandle, type RecordedRequest } from '../support/weapp-sandbox'

/**
 * The hiring loop's screens in the built mini-program, run in the sandbox without the globals WeChat
 * lacks, against the real server with its demo city: search results on the home feed, a job's detail
 * with one-tap apply, my applications, and the employer's jobs and applicants. Each check is a fresh
 * app (its own storage and query cache), signed in by putting a real session's token where the app
 * keeps it, as it would find it after a sign-in on an earlier day.
 */

/**
 * The first image drawn in the page as a data URL: Taro keeps a node's attributes under short keys
 * (an image's src under whatever key base.wxml reads it from), so any attribute value counts.
 */
function findDataImage(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined
  const n = node as Record<string, unknown> & { cn?: unknown[] }
  const own = Object.values(n).find((value) => typeof value === 'string' && value.startsWith('data:image/'))
  if (own) return own as string
  for (const child of n.cn ?? []) {
    const found = findDataImage(child)
    if (found) return found
  }
  return undefined
}

const SEARCH_PLACEHOLDER = '搜工作，如 保洁、电工、搬运'
const HOME = 'pages/home/index'

describe('dist/weapp hiring loop screens, without AbortController & co., against the real server', () => {
  let dir = ''
  let api: InProcessApi
  const sandboxes: WeappSandbox[] = []

  /** A fresh app; `storage` is what it finds in wx storage when it starts. */
  const sandbox = (storage: Record<string, unknown> = {}) => {
    const box = new WeappSandbox({ dir, apiOrigin: api.origin })
    sandboxes.push(box)
    const setStorageSync = box.wx.setStorageSync as (key: string, value: unknown) => void
    for (const [key, value] of Object.entries(storage)) setStorageSync(key, value)
    return box
  }

  /** The successful job list requests the app made, newest last. */
  const jobListRequests = (box: WeappSandbox): RecordedRequest[] =>
    box.requests.filter((r) => r.method === 'GET' && r.status === 200 && new URL(r.sentTo).pathname === '/api/v1/jobs')

  /** What the server answers the app's own request (same path and query, asked again by the test). */
  const serverAnswer = async (request: RecordedRequest): Promise<Job[]> => {
    const url = new URL(request.sentTo)
    return JobPageSchema.parse(await callApi(api.origin, 'GET', url.pathname + url.search)).items
  }

  /** Waits for the app's keyword search and for the jobs the server answers it with, as text. */
  const searchResults = async (box: WeappSandbox, page: PageHandle, keyword: string) => {
    await page.waitForText((t) => t.includes(`“${keyword}”的岗位`))
    let request: RecordedRequest | undefined
    await page.waitForText(() => {
      request = jobListRequests(box).find((r) => new URL(r.sentTo).searchParams.get('q') === keyword)
      return request !== undefined
    })
    const jobs = await serverAnswer(request!)
    assert.ok(jobs.length > 0, `the demo city has no open job for “${keyword}”: nothing to see`)
    const shown = jobs.slice(0, 5)
    const text = await page.waitForText((t) => shown.every((job) => t.includes(job.title)))
    return { request: request!, jobs, text }
  }

  before(async () => {
    dir = requireBuild('weapp')
    api = await startApiInProcess()
  })

  // A page can look right while something under it threw (React logs it and carries on).
  afterEach(() => {
    const errors = sandboxes.flatMap((box) => box.logs.filter((line) => line.startsWith('error:')))
    sandboxes.forEach((box) => box.logs.splice(0))
    assert.deepEqual(errors, [], 'the app logged errors')
  })

  after(async () => {
    for (const box of sandboxes) box.dispose()
    await api?.close()
  })

  it('search: a keyword typed on the home feed shows the jobs the server finds for it, and not the others', async () => {
    const box = sandbox()
    const page = box.openPage(HOME)
    // The feed before the search: near the city centre, no keyword.
    await page.waitForText((t) => t.includes('附近的岗位') && jobListRequests(box).length > 0)
    const unfiltered = await serverAnswer(jobListRequests(box)[0]!)

    page.type(SEARCH_PLACEHOLDER, '保洁')
    page.tap('搜索')
    const { jobs, text } = await searchResults(box, page, '保洁')
    assert.ok(jobs.some((job) => job.title === FIRST_COME_JOB_TITLE), `the server's “保洁” jobs miss ${FIRST_COME_JOB_TITLE}`)
    // Titles repeat across employers (维修电工): the one that must go is a title no 保洁 job has.
    const other = unfiltered.find((job) => !job.title.includes('保洁') && !jobs.some((j) => j.title === job.title))
    assert.ok(other, 'every job of the unfiltered feed is also a 保洁 job: the check could not fail')
    assert.ok(!text.includes(other.title), `“${other.title}” (not a 保洁 job) is still shown after the search:\n${text}`)
  })

  it('search: 日结 chosen in the filter sheet narrows the keyword\'s results to jobs settled daily', async () => {
    const box = sandbox()
    const page = box.openPage(HOME)
    await page.waitForText((t) => t.includes('附近的岗位'))
    page.type(SEARCH_PLACEHOLDER, '保洁', { confirm: true })
    const before = await searchResults(box, page, '保洁')
    assert.ok(before.jobs.some((job) => job.settlement !== 'daily'), 'every 保洁 job is settled daily: the filter could not be seen to work')

    page.tap('筛选')
    await page.waitForText((t) => t.includes('结算方式') && t.includes('查看岗位'))
    page.tap(Settlements.daily)
    await page.waitForText((t) => t.includes(`✓ ${Settlements.daily}`))
    page.tap('查看岗位')
    await page.waitForText((t) => t.includes('筛选 (1)') && !t.includes('查看岗位'))
    let request: RecordedRequest | undefined
    await page.waitForText(() => {
      request = jobListRequests(box).find((r) => new URL(r.sentTo).searchParams.get('settlement') === 'daily')
      return request !== undefined
    })
    assert.equal(new URL(request!.sentTo).searchParams.get('q'), '保洁', 'the filter dropped the keyword')
    const daily = await serverAnswer(request!)
    assert.ok(daily.length > 0 && daily.every((job) => job.settlement === 'daily'))
    const text = await page.waitForText((t) => daily.slice(0, 5).every((job) => t.includes(job.title)))
    // Titles repeat (小区公共区域保洁 is offered 日结 and 周结): the one that must go is a title no daily job has.
    const notDaily = before.jobs.find((job) => job.settlement !== 'daily' && !daily.some((d) => d.title === job.title))
    assert.ok(notDaily, 'every title shown before 日结 is also a daily job\'s: the filter could not be seen to work')
    assert.ok(!text.includes(notDaily.title), `“${notDaily.title}” (${Settlements[notDaily.settlement]}) is still shown with 日结 chosen:\n${text}`)
  })

  it('search: the keyword and filters survive a restart (kept in storage), and the feed asks for them again', async () => {
    const first = sandbox()
    const page = first.openPage(HOME)
    await page.waitForText((t) => t.includes('附近的岗位'))
    // The keyboard's 搜索 key, this time.
    page.type(SEARCH_PLACEHOLDER, '搬运', { confirm: true })
    await searchResults(first, page, '搬运')
    const stored = (first.wx.getStorageSync as (key: string) => unknown)(APP_STORAGE.feedFilters)
    assert.equal((stored as { q?: unknown } | null)?.q, '搬运', 'the keyword was not kept in storage')

    // A cold start with that storage, plus a filter chosen in the sheet last time (日结).
    const again = sandbox({ [APP_STORAGE.feedFilters]: { ...(stored as object), settlement: 'daily' } })
    const restarted = again.openPage(HOME)
    const { request, jobs } = await searchResults(again, restarted, '搬运')
    assert.equal(new URL(request.sentTo).searchParams.get('settlement'), 'daily', `the restarted feed did not ask for 日结: ${request.url}`)
    assert.ok(jobs.every((job) => job.settlement === 'daily'))
  })

  it('job detail with apply: a signed-in worker taps 立即报名 on a first-come job, sees 已录用, and the server has the application', async () => {
    const session = await signInDemo(api.origin, DEMO_ACCOUNTS.olderWorker)
    const job = await jobByTitle(api.origin, FIRST_COME_JOB_TITLE)
    assert.equal(job.hiringMode, 'first_come')
    const box = sandbox({ [APP_STORAGE.token]: session.token })
    const page = box.openPage('subpackages/jobs/detail/index', { id: job.id })
    await page.waitForText((t) => t.includes(job.title) && t.includes('立即报名'))

    page.tap('立即报名')
    const text = await page.waitForText((t) => t.includes(ApplicationStatuses.hired))
    assert.ok(!text.includes('立即报名'), `the button is still offered after hiring:\n${text}`)
    const posts = box.requests.filter((r) => r.method === 'POST' && r.url.endsWith(`/api/v1/jobs/${job.id}/applications`))
    assert.deepEqual(posts.map((r) => r.status), [201], 'one tap should send one application')

    const mine = MyApplicationPageSchema.parse(await callApi(api.origin, 'GET', '/api/v1/me/applications', { token: session.token })).items
    const application = mine.find((a) => a.job.id === job.id)
    assert.ok(application, `the server has no application of ${DEMO_ACCOUNTS.olderWorker} for ${job.title}`)
    assert.equal(application.status, 'hired')
  })

  it('my applications: 王师傅 sees each of his applications with its status in words', async () => {
    const session = await signInDemo(api.origin, DEMO_ACCOUNTS.worker)
    const mine = MyApplicationPageSchema.parse(await callApi(api.origin, 'GET', '/api/v1/me/applications?limit=50', { token: session.token })).items
    const statuses = new Set(mine.map((a) => a.status))
    assert.deepEqual([...statuses].sort(), Object.keys(ApplicationStatuses).sort(), 'the seed should give 王师傅 an application in every status')

    const box = sandbox({ [APP_STORAGE.token]: session.token })
    const page = box.openPage('subpackages/work/applications/index')
    const text = await page.waitForText((t) => mine.every((a) => t.includes(a.job.title)))
    // The card's title line is followed by its status tag.
    const lines = text.split('\n')
    const statusAfter = (application: MyApplication) => lines[lines.indexOf(application.job.title) + 1]
    for (const application of mine) {
      assert.equal(statusAfter(application), ApplicationStatuses[application.status], `${application.job.title} should show ${ApplicationStatuses[application.status]}`)
    }
  })

  it('my applications without a session asks to sign in instead of showing anyone\'s', async () => {
    const box = sandbox()
    const page = box.openPage('subpackages/work/applications/index')
    await page.waitForText((t) => t.includes('请先登录'))
    assert.ok(!box.requests.some((r) => r.url.includes('/me/applications')), 'the page asked for applications without a session')
  })

  it('employer: 我发布的岗位 lists the employer\'s jobs, and a job opens its applicants with the phone masked', async () => {
    const session = await signInDemo(api.origin, DEMO_ACCOUNTS.employer)
    const own = EmployerJobPageSchema.parse(await callApi(api.origin, 'GET', '/api/v1/me/jobs', { token: session.token })).items
    assert.ok(own.length > 1, 'the demo employer should own several jobs')

    const box = sandbox({ [APP_STORAGE.token]: session.token })
    const jobsPage = box.openPage('subpackages/employer/jobs/index')
    await jobsPage.waitForText((t) => own.every((item) => t.includes(item.job.title)))

    // The job 王师傅 applied to and is waiting on: his name, his phone masked until hired.
    const waiting = own.find((item) => item.counts.applied > 0)
    assert.ok(waiting, 'none of the demo employer\'s jobs has an applicant waiting')
    jobsPage.tap(waiting.job.title)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const navigation = box.navigations.at(-1)
    assert.ok(navigation, 'tapping the job did not navigate')
    assert.ok(navigation.url.includes(waiting.job.id), `tapping the job did not open its applicants: ${navigation.url}`)
    const query = Object.fromEntries(new URL(navigation.url, 'wx://app').searchParams)
    const applicants = box.openPage('subpackages/employer/applicants/index', query)
    const text = await applicants.waitForText((t) => t.includes('王师傅') && /1\d{2}\*{4}\d{4}/.test(t))
    assert.ok(!text.includes(DEMO_ACCOUNTS.worker), `王师傅's full phone is shown before he is hired:\n${text}`)
  })

  it('employer: the check-in code screen shows the six digits the server signs now, and its QR', async () => {
    const session = await signInDemo(api.origin, DEMO_ACCOUNTS.employer)
    const own = EmployerJobPageSchema.parse(await callApi(api.origin, 'GET', '/api/v1/me/jobs', { token: session.token })).items
    const job = own.find((item) => item.job.status === 'open')?.job
    assert.ok(job, 'the demo employer has no open job')
    const current = async () =>
      CheckInCodeSchema.parse(await callApi(api.origin, 'GET', `/api/v1/jobs/${job.id}/check-in-code`, { token: session.token })).code
    const before = await current()

    const box = sandbox({ [APP_STORAGE.token]: session.token })
    const page = box.openPage('subpackages/employer/check-in-code/index', { jobId: job.id })
    const text = await page.waitForText((t) => /^\d{6}$/m.test(t))
    // The code turns over every period: the one shown is the one of this moment or the one just before.
    const shown = /^(\d{6})$/m.exec(text)![1]
    assert.ok([before, await current()].includes(shown!), `the screen shows ${shown}, the server signs ${before}`)
    assert.match(findDataImage(page.data().root) ?? '', /^data:image\/gif;base64,/, 'no QR image on the check-in code screen')
  })
})
