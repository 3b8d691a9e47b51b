import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildMyApplication } from '../../../../../test/jest/application-fixtures'
import { callsTo, reply, serveApi, type FakeCall } from '../../../../../test/jest/fake-api'
import { buildJob, buildViewerState } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import { weappDuringEachTest } from '../../../../../test/jest/weapp-env'
import JobDetailPage from '../index'

const PATH = '/subpackages/jobs/detail/index'

// The fixtures' jobs run 24–26 November 2026: the page is looked at the day before.
beforeEach(() => {
  jest.useFakeTimers({
    now: new Date('2026-11-23T10:00:00+08:00'),
    doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'hrtime', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'],
  })
})
afterEach(() => {
  jest.useRealTimers()
})

const signIn = () => setToken('tok_0123456789abcdef0123456789')
const applyButton = () => screen.getByRole('button', { name: /报名/ })

describe('job detail page', () => {
  const job = buildJob({
    title: '仓库装卸工',
    pay: { amountFen: 20000, unit: 'day' },
    settlement: 'daily',
    headcount: 5,
    placesLeft: 3,
    hiringMode: 'first_come',
    welcomesOlder: true,
    stationName: '柳州路零工驿站',
    employer: { id: '00000000-0000-4000-8000-0000000000ee', name: '兰州顺达物流有限公司', verified: true, rating: { average: 4.6, count: 12 } },
  })
  const serveJob = (current = job) => ({ getJob: ({ params }: FakeCall) => (params.id === current.id ? current : reply.error(404, 'JOB_NOT_FOUND', '没有这个岗位')) })

  it('shows what the post must say: places left, how people are hired and paid, 欢迎大龄, the employer’s rating', async () => {
    serveApi(serveJob())

    renderPage(JobDetailPage, PATH, { id: job.id })

    expect(await screen.findByText('仓库装卸工')).toBeInTheDocument()
    expect(screen.getByText('¥200/天')).toBeInTheDocument()
    expect(screen.getByText('日结')).toBeInTheDocument()
    expect(screen.getByText('欢迎大龄')).toBeInTheDocument()
    expect(screen.getByText('装卸搬运')).toBeInTheDocument()
    expect(screen.getByText('✓ 已认证')).toBeInTheDocument()
    expect(screen.getByText('4.6 分（12 人评价）')).toBeInTheDocument()
    expect(screen.getByText('还剩 3 个名额（共招 5 人）')).toBeInTheDocument()
    expect(screen.getByText('先到先得，报名即录用')).toBeInTheDocument()
    expect(screen.getByText('日结：当天干完当天结工钱')).toBeInTheDocument()
    expect(screen.getByText('08:00–17:00')).toBeInTheDocument()
    expect(screen.getByText('11月24日 周二 至 11月26日 周四')).toBeInTheDocument()
    expect(screen.getByText('装卸货车上的纸箱，每箱不超过 25 公斤')).toBeInTheDocument()
    expect(screen.getByText('2026年11月30日前有效')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(applyButton()).toHaveTextContent('登录后报名')
  })

  it.each([
    ['a full job', { placesLeft: 0, status: 'filled' as const }, '已招满'],
    ['an expired job', { validUntil: '2026-11-22', workDateStart: '2026-11-20', workDateEnd: '2026-11-22' }, '已过期'],
    ['a closed job', { status: 'closed' as const }, '已停止招聘'],
  ])('%s says so at the top, and cannot be applied to', async (_name, overrides, words) => {
    const closed = buildJob({ ...overrides, title: '小区保洁' })
    serveApi(serveJob(closed))

    renderPage(JobDetailPage, PATH, { id: closed.id })

    await screen.findByText('小区保洁')
    const banner = screen.getByRole('status')
    expect(within(banner).getByText(words)).toBeInTheDocument()
    // Above the title.
    expect(banner.compareDocumentPosition(screen.getByText('小区保洁')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(applyButton()).toHaveTextContent(`${words}，不能报名`)
    expect(applyButton()).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(applyButton())
    expect(taroTest.navigations).toEqual([])
    expect(callsTo('applyToJob')).toHaveLength(0)
  })

  it('signed out, 报名 goes to sign-in and comes back to this job', async () => {
    serveApi(serveJob())

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('登录后报名'))

    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(`/subpackages/jobs/detail/index?id=${job.id}`)}` }])
    expect(callsTo('applyToJob')).toHaveLength(0)
  })

  it('applies with one tap: a first-come job says 已录用 and links to the application', async () => {
    signIn()
    const application = buildMyApplication({ status: 'hired' }, job)
    serveApi({ ...serveJob(), getJobViewerState: () => buildViewerState(), applyToJob: () => application })

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('立即报名'))

    expect(await screen.findByText('已录用')).toBeInTheDocument()
    expect(screen.queryByText('立即报名')).not.toBeInTheDocument()
    const [call] = callsTo('applyToJob')
    expect(call?.params.id).toBe(job.id)
    expect(call?.headers['idempotency-key']).toMatch(/^[A-Za-z0-9_-]{8,100}$/)
    // The intent is over: nothing pending is left for a later tap to reuse.
    expect([...taroTest.storage.keys()].filter((key) => key.includes('apply-intent'))).toEqual([])

    fireEvent.click(screen.getByText('查看我的报名'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/work/application/index?id=${application.id}` }])
  })

  it('a review job says 已报名 after applying', async () => {
    signIn()
    const review = buildJob({ hiringMode: 'review' })
    serveApi({ ...serveJob(review), getJobViewerState: () => buildViewerState(), applyToJob: () => buildMyApplication({ status: 'applied' }, review) })

    renderPage(JobDetailPage, PATH, { id: review.id })
    expect(await screen.findByText('用人单位挑选')).toBeInTheDocument()
    fireEvent.click(await screen.findByText('立即报名'))

    expect(await screen.findByText('已报名')).toBeInTheDocument()
    expect(screen.getByText('等用人单位挑选，有结果会通知您。')).toBeInTheDocument()
  })

  it('a job that filled up meanwhile says so in the server’s words, and the page shows it full', async () => {
    signIn()
    let current = job
    serveApi({
      getJob: () => current,
      getJobViewerState: () => buildViewerState(),
      applyToJob: () => {
        current = { ...job, placesLeft: 0, status: 'filled' }
        return reply.error(409, 'JOB_FULL', '名额已经招满了，看看别的岗位吧')
      },
    })

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('立即报名'))

    expect(await screen.findByText('名额已经招满了，看看别的岗位吧')).toBeInTheDocument()
    expect(await screen.findByText('已招满，不能报名')).toBeInTheDocument()
  })

  it('a retry after a dropped connection sends the same Idempotency-Key; the next intent gets a new one', async () => {
    signIn()
    let drop = true
    serveApi({
      ...serveJob(),
      getJobViewerState: () => buildViewerState(),
      applyToJob: () => (drop ? reply.networkError('request:fail') : buildMyApplication({ status: 'hired' }, job)),
    })

    const { unmount } = renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('立即报名'))
    expect(await screen.findByText(/报名可能没有送到/)).toBeInTheDocument()

    // Even after the page (or the app) is closed and opened again, the retry is the same request.
    unmount()
    renderPage(JobDetailPage, PATH, { id: job.id })
    drop = false
    fireEvent.click(await screen.findByText('立即报名'))
    expect(await screen.findByText('已录用')).toBeInTheDocument()

    const keys = callsTo('applyToJob').map((call) => call.headers['idempotency-key'])
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect([...taroTest.storage.keys()].filter((key) => key.includes('apply-intent'))).toEqual([])
  })

  it('signed in with an application, shows its status instead of the button, and the favourite', async () => {
    signIn()
    serveApi({ ...serveJob(), getJobViewerState: () => buildViewerState({ favorite: true, application: buildMyApplication({ status: 'hired' }, job) }) })

    renderPage(JobDetailPage, PATH, { id: job.id })

    expect(await screen.findByText('已录用')).toBeInTheDocument()
    expect(screen.getByText('★ 已收藏')).toBeInTheDocument()
    expect(screen.queryByText('立即报名')).not.toBeInTheDocument()
  })

  it('the favourite changes at once, and goes back with a message when the server refuses', async () => {
    signIn()
    let answer: (reply: unknown) => void = () => {}
    serveApi({
      ...serveJob(),
      getJobViewerState: () => buildViewerState({ favorite: false }),
      addFavorite: () => new Promise((resolve) => (answer = resolve)),
    })

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('☆ 收藏'))
    // Before the server answers, the star is filled...
    expect(await screen.findByText('★ 已收藏')).toBeInTheDocument()
    await waitFor(() => expect(callsTo('addFavorite')).toHaveLength(1))
    expect(callsTo('addFavorite')[0]?.params.jobId).toBe(job.id)

    // ...and empties again when it refuses, saying so.
    answer(reply.error(500, 'INTERNAL', '服务器暂时出了问题，请稍后再试'))
    expect(await screen.findByText('☆ 收藏')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.toasts.map((t) => t.title)).toEqual(['收藏没有成功：服务器暂时出了问题，请稍后再试']))
  })

  it('a kept favourite stays, and unsaving it works the same way', async () => {
    signIn()
    serveApi({
      ...serveJob(),
      getJobViewerState: () => buildViewerState({ favorite: true }),
      removeFavorite: () => reply.ok(undefined, 204),
    })

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByText('★ 已收藏'))

    expect(await screen.findByText('☆ 收藏')).toBeInTheDocument()
    await waitFor(() => expect(callsTo('removeFavorite')).toHaveLength(1))
    expect(screen.getByText('☆ 收藏')).toBeInTheDocument()
    expect(taroTest.toasts).toEqual([])
  })

  it('in the browser, the address opens a map site and the job’s link can be copied for someone signed out', async () => {
    serveApi(serveJob())
    const open = jest.spyOn(window, 'open').mockReturnValue({} as Window)

    renderPage(JobDetailPage, PATH, { id: job.id })
    fireEvent.click(await screen.findByRole('link', { name: /在高德地图上查看/ }))
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=103\.77,36\.05&name=/), '_blank')
    open.mockRestore()

    fireEvent.click(screen.getByText('复制岗位链接'))
    await waitFor(() => expect(taroTest.clipboard).toBe(`http://localhost/#/subpackages/jobs/detail/index?id=${job.id}`))
  })

  it('shares with the job title and a path that opens it', async () => {
    serveApi(serveJob())

    renderPage(JobDetailPage, PATH, { id: job.id })
    await screen.findByText('仓库装卸工')

    expect(taroTest.shareAppMessage()).toEqual({ title: '仓库装卸工（七里河区）', path: `/subpackages/jobs/detail/index?id=${job.id}` })
  })

  it('opened from a shared link, offers 回首页; opened from a list, does not', async () => {
    serveApi(serveJob())

    const { unmount } = renderPage(JobDetailPage, PATH, { id: job.id })
    await screen.findByText('仓库装卸工')
    fireEvent.click(screen.getByRole('link', { name: '回首页' }))
    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
    unmount()

    taroTest.setPagesBelow(['/pages/home/index'])
    renderPage(JobDetailPage, PATH, { id: job.id })
    await screen.findByText('仓库装卸工')
    expect(screen.queryByText('回首页')).not.toBeInTheDocument()
  })

  it('a job that is gone says so and points to other jobs', async () => {
    serveApi({ getJob: () => reply.error(404, 'JOB_NOT_FOUND', '没有这个岗位') })

    renderPage(JobDetailPage, PATH, { id: job.id })

    expect(await screen.findByText('这个岗位找不到了')).toBeInTheDocument()
    expect(screen.getByText('看看附近的其他岗位')).toBeInTheDocument()
  })

  it('a broken link says so without asking the server', () => {
    serveApi({})
    renderPage(JobDetailPage, PATH, { id: 'abc' })
    expect(screen.getByText('这个岗位链接不完整')).toBeInTheDocument()
    expect(taroTest.requests).toHaveLength(0)
  })

  describe('in the mini-program', () => {
    weappDuringEachTest()

    // A policy push template too: applying for a job asks only for the hiring ones.
    const templates = {
      templates: [
        { kind: 'policy_match' as const, templateId: 'tmpl-policy' },
        { kind: 'application_result' as const, templateId: 'tmpl-result' },
        { kind: 'work_reminder' as const, templateId: 'tmpl-remind' },
      ],
    }

    it('the apply tap asks to subscribe to the templates and records the answer, and applies all the same', async () => {
      signIn()
      taroTest.setSubscribeAnswer({ answer: 'accept' })
      serveApi({
        ...serveJob(),
        getJobViewerState: () => buildViewerState(),
        getSubscribeTemplates: () => templates,
        recordSubscriptions: () => reply.ok(undefined, 204),
        applyToJob: () => buildMyApplication({ status: 'hired' }, job),
      })

      renderPage(JobDetailPage, PATH, { id: job.id })
      // Templates are fetched before the tap: WeChat only shows its dialog inside the tap itself.
      await waitFor(() => expect(callsTo('getSubscribeTemplates')).toHaveLength(1))
      await new Promise((resolve) => setTimeout(resolve, 0))
      fireEvent.click(screen.getByText('立即报名'))

      expect(await screen.findByText('已录用')).toBeInTheDocument()
      expect(taroTest.subscribeRequests).toEqual([['tmpl-result', 'tmpl-remind']])
      await waitFor(() =>
        expect(callsTo('recordSubscriptions')[0]?.body).toEqual({
          results: [
            { templateId: 'tmpl-result', accepted: true },
            { templateId: 'tmpl-remind', accepted: true },
          ],
        }),
      )
      // No copy link in the mini-program: WeChat's own share does it.
      expect(screen.queryByText('复制岗位链接')).not.toBeInTheDocument()
    })

    it('a refused or failed subscribe dialog never stops the application', async () => {
      signIn()
      taroTest.setSubscribeAnswer({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' })
      serveApi({
        ...serveJob(),
        getJobViewerState: () => buildViewerState(),
        getSubscribeTemplates: () => templates,
        applyToJob: () => buildMyApplication({ status: 'hired' }, job),
      })

      renderPage(JobDetailPage, PATH, { id: job.id })
      await waitFor(() => expect(callsTo('getSubscribeTemplates')).toHaveLength(1))
      fireEvent.click(await screen.findByText('立即报名'))

      expect(await screen.findByText('已录用')).toBeInTheDocument()
      expect(callsTo('recordSubscriptions')).toHaveLength(0)
    })

    it('the address opens WeChat’s map', async () => {
      serveApi(serveJob())

      renderPage(JobDetailPage, PATH, { id: job.id })
      fireEvent.click(await screen.findByRole('link', { name: /在.*地图上查看/ }))

      await waitFor(() => expect(taroTest.openedLocations).toEqual([{ latitude: 36.05, longitude: 103.77, name: '仓库装卸工', address: '七里河区西津西路 66 号' }]))
    })
  })
})
