import { fireEvent, screen, within } from '@testing-library/react'
import { reply, serveApi } from '../../../../../test/jest/fake-api'
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
})
