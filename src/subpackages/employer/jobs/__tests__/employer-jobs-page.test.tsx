import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { EmployerJobSchema } from '@/shared/contracts'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildEmployerJob, buildEmployerJobPage } from '../../../../../test/jest/employer-fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import EmployerJobsPage from '../index'

const PATH = '/subpackages/employer/jobs/index'

describe('我发布的岗位', () => {
  it("lists the employer's jobs with their state, places left and applicants per step", async () => {
    const cleaning = buildEmployerJob({
      job: { title: '商场夜间保洁', headcount: 4, placesLeft: 1 },
      counts: { applied: 3, hired: 2, checked_in: 1, completed: 0 },
    })
    const moving = buildEmployerJob({ job: { title: '搬家工', headcount: 2, placesLeft: 0, status: 'filled' }, counts: { completed: 2 } })
    serveApi({ listMyJobs: () => buildEmployerJobPage([cleaning, moving]) })

    renderPage(EmployerJobsPage, PATH)

    const card = (await screen.findByText('商场夜间保洁')).closest('.yz-employer-job') as HTMLElement
    expect(within(card).getByText('招聘中 · 招 4 人，还剩 1 个名额')).toBeInTheDocument()
    const count = (label: string) => within(card).getByText(label).previousElementSibling?.textContent
    expect(count('待处理')).toBe('3')
    expect(count('已录用')).toBe('2')
    expect(count('已签到')).toBe('1')
    expect(count('已完工')).toBe('0')
    expect(screen.getByText('已招满')).toBeInTheDocument()
    expect(screen.getByText('共 2 个岗位')).toBeInTheDocument()
  })

  it("opens a job's applicants", async () => {
    const item = buildEmployerJob({ job: { title: '商场夜间保洁' } })
    serveApi({ listMyJobs: () => buildEmployerJobPage([item]) })

    renderPage(EmployerJobsPage, PATH)
    fireEvent.click(await screen.findByText('商场夜间保洁'))

    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/employer/applicants/index?jobId=${item.job.id}` }])
  })

  it('asks someone not signed in to sign in, and comes back here after', async () => {
    serveApi({ listMyJobs: () => reply.error(401, 'UNAUTHORIZED', '请先登录') })

    renderPage(EmployerJobsPage, PATH)
    fireEvent.click(await screen.findByText('登录'))

    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/employer/jobs/index')}` },
    ])
  })

  it("tells a worker this is the employers' page, in the server's words", async () => {
    serveApi({ listMyJobs: () => reply.error(403, 'FORBIDDEN', '只有用人单位账号可以查看发布的岗位') })

    renderPage(EmployerJobsPage, PATH)

    expect(await screen.findByText('这里是用人单位的页面')).toBeInTheDocument()
    expect(screen.getByText('只有用人单位账号可以查看发布的岗位')).toBeInTheDocument()
  })

  it('says when there is nothing posted yet', async () => {
    serveApi({ listMyJobs: () => buildEmployerJobPage([]) })
    renderPage(EmployerJobsPage, PATH)
    expect(await screen.findByText('您还没有发布岗位')).toBeInTheDocument()
  })

  it('lists each tab by its statuses in one request (招聘中: open and filled)', async () => {
    const open = buildEmployerJob({ job: { title: '商场夜间保洁' } })
    const filled = buildEmployerJob({ job: { title: '搬家工', status: 'filled', placesLeft: 0 } })
    serveApi({
      listMyJobs: ({ query }) => buildEmployerJobPage(query.status === 'open,filled' ? [open, filled] : query.status === undefined ? [open] : []),
    })

    renderPage(EmployerJobsPage, PATH)
    await screen.findByText('共 1 个岗位')
    fireEvent.click(screen.getByText('招聘中'))

    expect(await screen.findByText('搬家工')).toBeInTheDocument()
    expect(screen.getByText('共 2 个岗位')).toBeInTheDocument()
    expect(callsTo('listMyJobs').map((c) => c.query.status ?? 'all')).toEqual(['all', 'open,filled'])
  })

  it('已结束 asks for closed and expired posts', async () => {
    const expired = buildEmployerJob({ job: { title: '秋收采摘', status: 'expired' } })
    serveApi({ listMyJobs: ({ query }) => buildEmployerJobPage(query.status === 'closed,expired' ? [expired] : []) })

    renderPage(EmployerJobsPage, PATH)
    await screen.findByText('您还没有发布岗位')
    fireEvent.click(screen.getByText('已结束'))

    expect(await screen.findByText('秋收采摘')).toBeInTheDocument()
    expect(screen.getByText('共 1 个岗位')).toBeInTheDocument()
  })

  it("shows a draft's refused check and staff's note on a taken-down post; a draft opens the form", async () => {
    const base = buildEmployerJob({ job: { title: '促销员' } })
    const draft = EmployerJobSchema.parse({
      ...base,
      job: {
        ...base.job,
        status: 'draft',
        publishedAt: null,
        screening: { verdict: 'reject', reasons: [{ code: 'gender', verdict: 'reject', message: '不得限定性别', field: 'requirements', law: '就业促进法第二十七条' }] },
      },
    })
    const takenDown = buildEmployerJob({ job: { title: '刷单兼职', status: 'closed' } })
    const down = EmployerJobSchema.parse({ ...takenDown, job: { ...takenDown.job, closeReason: 'taken_down', closedAt: takenDown.job.postedAt, staffNote: '要求先垫付货款' } })
    serveApi({ listMyJobs: () => buildEmployerJobPage([draft, down]) })

    renderPage(EmployerJobsPage, PATH)
    expect(await screen.findByText('上次发布没通过检查：不得限定性别')).toBeInTheDocument()
    expect(screen.getByText('已被驿站下架')).toBeInTheDocument()
    expect(screen.getByText('驿站意见：要求先垫付货款')).toBeInTheDocument()

    fireEvent.click(screen.getByText('促销员'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/employer/post/index?id=${draft.job.id}` }])
  })

  it('offers 编辑, 再发一次 and the check-in code on a live post, and 发布新岗位 on top', async () => {
    const item = buildEmployerJob({ job: { title: '商场夜间保洁' } })
    serveApi({ listMyJobs: () => buildEmployerJobPage([item]) })

    renderPage(EmployerJobsPage, PATH)
    const card = (await screen.findByText('商场夜间保洁')).closest('.yz-employer-job') as HTMLElement
    fireEvent.click(within(card).getByText('编辑'))
    fireEvent.click(within(card).getByText('再发一次'))
    fireEvent.click(within(card).getByText('签到码'))
    fireEvent.click(screen.getByText('发布新岗位'))

    expect(taroTest.navigations.map((n) => n.url)).toEqual([
      `/subpackages/employer/post/index?id=${item.job.id}`,
      `/subpackages/employer/post/index?copyOf=${item.job.id}`,
      `/subpackages/employer/check-in-code/index?jobId=${item.job.id}`,
      '/subpackages/employer/post/index',
    ])
  })

  it('stops hiring only once confirmed, saying who will be told, and shows the post stopped', async () => {
    const item = buildEmployerJob({ job: { title: '商场夜间保洁' }, counts: { applied: 2, hired: 1 } })
    let closed = false
    serveApi({
      listMyJobs: () => {
        if (!closed) return buildEmployerJobPage([item])
        const stopped = EmployerJobSchema.parse({ ...item, job: { ...item.job, status: 'closed', closeReason: 'employer', closedAt: item.job.postedAt } })
        return buildEmployerJobPage([stopped])
      },
      closeJob: ({ params }) => {
        closed = true
        return { ...item.job, id: params.id, status: 'closed', closeReason: 'employer', closedAt: item.job.postedAt }
      },
    })

    renderPage(EmployerJobsPage, PATH)
    taroTest.setModalConfirms(false)
    fireEvent.click(await screen.findByText('停止招聘'))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(taroTest.modals[0]).toEqual({
      title: '停止招聘「商场夜间保洁」？',
      content: '停止招聘后岗位不再显示，也不能再报名。已录用的 1 人和已报名的 2 人会收到通知，报名随之取消。已签到的人照常完工。',
      confirmText: '停止招聘',
    })
    expect(callsTo('closeJob')).toHaveLength(0)

    taroTest.setModalConfirms(true)
    fireEvent.click(screen.getByText('停止招聘'))
    expect(await screen.findByText('已停止招聘')).toBeInTheDocument()
    expect(callsTo('closeJob').map((c) => c.params.id)).toEqual([item.job.id])
  })

  it("says why stopping failed, in the server's words", async () => {
    const item = buildEmployerJob({ job: { title: '商场夜间保洁' } })
    serveApi({ listMyJobs: () => buildEmployerJobPage([item]), closeJob: () => reply.error(409, 'JOB_NOT_CLOSABLE', '这个岗位已过期，不需要停招') })

    renderPage(EmployerJobsPage, PATH)
    fireEvent.click(await screen.findByText('停止招聘'))
    expect(await screen.findByText('这个岗位已过期，不需要停招')).toBeInTheDocument()
  })
})
