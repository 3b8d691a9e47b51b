import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ApplicationStatuses, EmployerJobPageSchema, JobPageSchema, MyApplicationPageSchema, type Job, type MyApplication } from '../../src/shared/contracts/index'
import { DEMO_ACCOUNTS, FIRST_COME_JOB_TITLE, callApi, jobByTitle, signInDemo } from '../support/demo-data'
import { useSimulatedApp } from '../support/weapp-simulate'

/**
 * The hiring loop's screens rendered through their real WXML (WeChat's wcc) with miniprogram-simulate,
 * in a process without AbortController & co., against the real server: search results, job detail
 * with apply, my applications. One app runs for the whole file (as on a phone), so each check puts
 * the session it needs where the app keeps its token before opening its page. Requests from this
 * process go over node:http: Node's fetch needs the AbortController removed here.
 */

const SEARCH_PLACEHOLDER = '搜工作，如 保洁、电工、搬运'

describe('dist/weapp hiring screens rendered by miniprogram-simulate (wcc + exparser), against the real server', () => {
  const app = useSimulatedApp()
  const { setToken } = app

  it('runs without the globals WeChat lacks', () => {
    assert.deepEqual(app.webGlobalsLeft(), [])
  })

  it('search results: 保洁 typed into the home feed\'s search box renders the jobs the server finds for it', async () => {
    setToken(null)
    const page = app.simulator.open('pages/home/index')
    await page.waitForText((t) => t.includes('附近的岗位') && t.includes('¥'))
    page.type(SEARCH_PLACEHOLDER, '保洁')
    // The clear button shows once the field holds a keyword: the input reached the page.
    await page.waitForText((t) => t.includes('×'))
    page.tap('搜索')
    await page.waitForText((t) => t.includes('“保洁”的岗位'))

    // Ask the server exactly what the app asked it.
    const search = () =>
      app.simulator.sandbox.requests.find((r) => r.status === 200 && new URL(r.sentTo).pathname === '/api/v1/jobs' && new URL(r.sentTo).searchParams.get('q') === '保洁')
    // The heading changes at once; the answer to the search comes after (the failure lists the requests).
    await page.waitForText(() => search() !== undefined)
    const asked = search()!
    const url = new URL(asked.sentTo)
    const jobs: Job[] = JobPageSchema.parse(await callApi(app.origin, 'GET', url.pathname + url.search)).items
    assert.ok(jobs.some((job) => job.title === FIRST_COME_JOB_TITLE), `the server's 保洁 jobs miss ${FIRST_COME_JOB_TITLE}`)
    await page.waitForText((t) => jobs.slice(0, 5).every((job) => t.includes(job.title)))
    // Rendered by wcc's templates as WeChat's <text>, not merely present in setData.
    const texts = [...page.root.dom.querySelectorAll('wx-text')].map((el) => el.textContent)
    assert.ok(texts.includes(jobs[0]!.title), `${jobs[0]!.title} is not rendered as a <text>`)
  })

  it('job detail with apply: a signed-in worker taps 立即报名 on the first-come job and sees 已录用; the server has the application', async () => {
    const session = await signInDemo(app.origin, DEMO_ACCOUNTS.graduate)
    const job = await jobByTitle(app.origin, FIRST_COME_JOB_TITLE)
    setToken(session.token)
    const page = app.simulator.open('subpackages/jobs/detail/index', { id: job.id })
    await page.waitForText((t) => t.includes(job.title) && t.includes('立即报名'))

    page.tap('立即报名')
    const text = await page.waitForText((t) => t.includes(ApplicationStatuses.hired))
    assert.ok(!text.includes('立即报名'), `立即报名 is still offered after hiring:\n${text}`)

    const mine = MyApplicationPageSchema.parse(await callApi(app.origin, 'GET', '/api/v1/me/applications', { token: session.token })).items
    const application = mine.find((a) => a.job.id === job.id)
    assert.ok(application, `the server has no application of ${DEMO_ACCOUNTS.graduate} for ${job.title}`)
    assert.equal(application.status, 'hired')
  })

  it('my applications: 王师傅\'s applications render with their status words', async () => {
    const session = await signInDemo(app.origin, DEMO_ACCOUNTS.worker)
    const mine: MyApplication[] = MyApplicationPageSchema.parse(
      await callApi(app.origin, 'GET', '/api/v1/me/applications?limit=50', { token: session.token }),
    ).items
    assert.deepEqual([...new Set(mine.map((a) => a.status))].sort(), Object.keys(ApplicationStatuses).sort(), 'the seed should give 王师傅 one application in every status')
    setToken(session.token)
    const page = app.simulator.open('subpackages/work/applications/index')
    await page.waitForText((t) => mine.every((a) => t.includes(a.job.title)))

    // Each card: its title, then its status tag, both WXML <text>s.
    // wcc prefixes classes with the component's scope (main--yz-application-card).
    const cards = [...page.root.dom.querySelectorAll('*')].filter((el) => [...el.classList].some((c) => c.replace(/^[\w-]+?--/, '') === 'yz-application-card'))
    for (const application of mine) {
      const card = cards.find((el) => [...el.querySelectorAll('wx-text')].some((t) => t.textContent === application.job.title))
      assert.ok(card, `no card renders ${application.job.title}`)
      const texts = [...card.querySelectorAll('wx-text')].map((t) => t.textContent)
      assert.ok(texts.includes(ApplicationStatuses[application.status]), `${application.job.title} should show ${ApplicationStatuses[application.status]}; its card shows ${texts.join(' | ')}`)
    }
  })

  it('employer: 我发布的岗位 renders the employer\'s jobs with their counts', async () => {
    const session = await signInDemo(app.origin, DEMO_ACCOUNTS.employer)
    const own = EmployerJobPageSchema.parse(await callApi(app.origin, 'GET', '/api/v1/me/jobs', { token: session.token })).items
    assert.ok(own.length > 1, 'the demo employer should own several jobs')
    setToken(session.token)
    const page = app.simulator.open('subpackages/employer/jobs/index')
    await page.waitForText((t) => own.every((item) => t.includes(item.job.title)))
    const texts = [...page.root.dom.querySelectorAll('wx-text')].map((el) => el.textContent)
    assert.ok(texts.includes(own[0]!.job.title), `${own[0]!.job.title} is not rendered as a <text>`)
    assert.ok(texts.includes(`共 ${own.length} 个岗位`), `the list does not end with 共 ${own.length} 个岗位`)
  })
})
