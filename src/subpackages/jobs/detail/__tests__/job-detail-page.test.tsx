import { fireEvent, screen } from '@testing-library/react'
import { reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildJob } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import JobDetailPage from '../index'

const PATH = '/subpackages/jobs/detail/index'

describe('job detail page', () => {
  const job = buildJob({
    title: '仓库装卸工',
    pay: { amountFen: 20000, unit: 'day' },
    settlement: 'daily',
    headcount: 5,
    stationName: '柳州路零工驿站',
    employer: { id: '00000000-0000-4000-8000-0000000000ee', name: '兰州顺达物流有限公司', verified: true, rating: { average: null, count: 0 } },
  })

  it('shows what the post must say, and says plainly that applying online is coming', async () => {
    serveApi({ getJob: ({ params }) => (params.id === job.id ? job : reply.error(404, 'JOB_NOT_FOUND', '没有这个岗位')) })

    renderPage(JobDetailPage, PATH, { id: job.id })

    expect(await screen.findByText('仓库装卸工')).toBeInTheDocument()
    expect(screen.getByText('¥200/天')).toBeInTheDocument()
    expect(screen.getByText('日结')).toBeInTheDocument()
    expect(screen.getByText('装卸搬运')).toBeInTheDocument()
    expect(screen.getByText('✓ 已认证')).toBeInTheDocument()
    expect(screen.getByText('5 人')).toBeInTheDocument()
    expect(screen.getByText('08:00–17:00')).toBeInTheDocument()
    expect(screen.getByText('11月24日 周二 至 11月26日 周四')).toBeInTheDocument()
    expect(screen.getByText('装卸货车上的纸箱，每箱不超过 25 公斤')).toBeInTheDocument()
    expect(screen.getByText('身体健康，能干重活')).toBeInTheDocument()
    expect(screen.getByText('管午饭，提供手套')).toBeInTheDocument()
    expect(screen.getByText('2026年11月30日前有效')).toBeInTheDocument()
    expect(screen.getByText('在线报名即将开通')).toBeInTheDocument()
    expect(screen.queryByText('立即报名')).not.toBeInTheDocument()
  })

  it('opened from a shared link, offers 回首页; opened from a list, does not', async () => {
    serveApi({ getJob: () => job })

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

  it('shares with the job title', async () => {
    serveApi({ getJob: () => job })

    renderPage(JobDetailPage, PATH, { id: job.id })
    await screen.findByText('仓库装卸工')

    expect(taroTest.shareAppMessage()).toEqual({ title: '仓库装卸工（七里河区）', path: `/subpackages/jobs/detail/index?id=${job.id}` })
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
})
