import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Applicant } from '@/shared/contracts'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildApplicant, buildApplicantPage, buildApplicationState } from '../../../../../test/jest/employer-fixtures'
import { buildJob } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplicantsPage from '../index'

const PATH = '/subpackages/employer/applicants/index'
const job = buildJob({ title: '商场夜间保洁', headcount: 3, placesLeft: 1 })

const cardOf = async (name: string) => (await screen.findByText(name)).closest('.yz-applicant') as HTMLElement

/** The server's list, as it stands: tests change it the way the server would. */
function serveApplicants(initial: Applicant[], handlers: Parameters<typeof serveApi>[0] = {}) {
  const state = { items: initial }
  serveApi({ getJob: () => job, listJobApplications: () => buildApplicantPage(state.items), ...handlers })
  return state
}

describe('a job’s applicants', () => {
  it('shows each applicant with the phone masked until hired, their record and rating', async () => {
    serveApplicants([
      buildApplicant('applied', { worker: { displayName: '王建国', phone: '138****0001', completedCount: 7, noShowCount: 1, rating: { average: 4.8, count: 6 } } }),
      buildApplicant('hired', { worker: { displayName: '李秀英', phone: '13900000002', rating: { average: null, count: 0 } } }),
    ])

    renderPage(ApplicantsPage, PATH, { jobId: job.id })

    const applied = await cardOf('王建国')
    expect(within(applied).getByText('已报名')).toBeInTheDocument()
    expect(within(applied).getByText('手机号 138****0001（录用后显示完整号码）')).toBeInTheDocument()
    expect(within(applied).getByText('完工 7 次 · 缺席 1 次')).toBeInTheDocument()
    expect(within(applied).getByText('评分 4.8 分（6 次评价）')).toBeInTheDocument()
    expect(within(applied).queryByRole('button', { name: /打电话/ })).not.toBeInTheDocument()

    const hired = await cardOf('李秀英')
    expect(within(hired).getByText('评分 还没有评价')).toBeInTheDocument()
    fireEvent.click(within(hired).getByRole('button', { name: '打电话给 13900000002' }))
    await waitFor(() => expect(taroTest.phoneCalls).toEqual(['13900000002']))
    expect(await screen.findByText('招聘中 · 招 3 人，还剩 1 个名额')).toBeInTheDocument()
  })

  it('hires with one tap, and the list shows the server’s new state', async () => {
    const applicant = buildApplicant('applied', { worker: { displayName: '王建国' } })
    const list = serveApplicants([applicant], {
      updateApplication: () => {
        list.items = [buildApplicant('hired', { id: applicant.id, worker: { displayName: '王建国', phone: '13800000001' } })]
        return buildApplicationState(applicant, 'hired')
      },
    })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('录用'))

    expect(await screen.findByText('已录用')).toBeInTheDocument()
    expect(callsTo('updateApplication')).toEqual([expect.objectContaining({ params: { id: applicant.id }, body: { action: 'hire' } })])
    const card = await cardOf('王建国')
    expect(within(card).getByRole('button', { name: '打电话给 13800000001' })).toBeInTheDocument()
    expect(within(card).getByText('记为缺席')).toBeInTheDocument()
    // The job line (places left) is asked again too.
    expect(taroTest.requests.filter((request) => request.url.includes(`/jobs/${job.id}`) && !request.url.includes('applications'))).toHaveLength(2)
  })

  it('asks why before 不录用, sends the chosen reason, and needs one', async () => {
    const applicant = buildApplicant('applied', { worker: { displayName: '王建国' } })
    const list = serveApplicants([applicant], {
      updateApplication: () => {
        list.items = [buildApplicant('rejected', { id: applicant.id, worker: { displayName: '王建国' } })]
        return buildApplicationState(applicant, 'rejected')
      },
    })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('不录用'))

    expect(screen.getByText('不录用的原因（会告诉报名的人）')).toBeInTheDocument()
    fireEvent.click(screen.getByText('确认不录用'))
    expect(await screen.findByText('请写明不录用的原因')).toBeInTheDocument()
    expect(callsTo('updateApplication')).toHaveLength(0)

    fireEvent.click(screen.getByText('工作时间对不上'))
    fireEvent.click(screen.getByText('确认不录用'))

    expect(await screen.findByText('未录用')).toBeInTheDocument()
    expect(callsTo('updateApplication')[0]?.body).toEqual({ action: 'reject', reason: '工作时间对不上' })
  })

  it('takes a reason in the employer’s own words', async () => {
    const applicant = buildApplicant('applied', { worker: { displayName: '王建国' } })
    serveApplicants([applicant], { updateApplication: () => buildApplicationState(applicant, 'rejected') })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('不录用'))
    fireEvent.change(screen.getByPlaceholderText('也可以自己写原因'), { target: { value: '  需要会开叉车的  ' } })
    fireEvent.click(screen.getByText('确认不录用'))

    await waitFor(() => expect(callsTo('updateApplication')[0]?.body).toEqual({ action: 'reject', reason: '需要会开叉车的' }))
  })

  it('shows the server’s refusal in its words when the places are gone, and refreshes the list', async () => {
    const applicant = buildApplicant('applied', { worker: { displayName: '王建国' } })
    serveApplicants([applicant], { updateApplication: () => reply.error(409, 'JOB_FULL', '这个岗位的名额已经招满了，不能再录用') })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('录用'))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('这个岗位的名额已经招满了，不能再录用')
    await waitFor(() => expect(callsTo('listJobApplications')).toHaveLength(2))
  })

  it('shows INVALID_TRANSITION in its words too', async () => {
    const applicant = buildApplicant('checked_in', { worker: { displayName: '王建国' } })
    serveApplicants([applicant], { updateApplication: () => reply.error(409, 'INVALID_TRANSITION', '这个报名已经取消，不能确认完工') })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('确认完工'))

    expect(await screen.findByRole('alert')).toHaveTextContent('这个报名已经取消，不能确认完工')
    expect(callsTo('updateApplication')[0]?.body).toEqual({ action: 'complete' })
  })

  it('marks a no-show only after the employer confirms', async () => {
    const applicant = buildApplicant('hired', { worker: { displayName: '王建国' } })
    serveApplicants([applicant], { updateApplication: () => buildApplicationState(applicant, 'no_show') })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    taroTest.setModalConfirms(false)
    fireEvent.click(within(await cardOf('王建国')).getByText('记为缺席'))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(callsTo('updateApplication')).toHaveLength(0)

    taroTest.setModalConfirms(true)
    fireEvent.click(within(await cardOf('王建国')).getByText('记为缺席'))
    await waitFor(() => expect(callsTo('updateApplication')[0]?.body).toEqual({ action: 'no_show' }))
  })

  it('rates a worker after the work: stars and tags, once', async () => {
    const applicant = buildApplicant('completed', { worker: { displayName: '王建国' } })
    const list = serveApplicants([applicant], {
      rateApplication: ({ body }) => {
        const rating = { ...(body as object), createdAt: '2026-11-24T18:00:00+08:00' }
        list.items = [buildApplicant('completed', { id: applicant.id, worker: { displayName: '王建国' }, canRate: false, myRating: rating as Applicant['myRating'] })]
        return rating
      },
    })

    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    fireEvent.click(within(await cardOf('王建国')).getByText('评价'))
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText('请选择星级')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '4 星' }))
    fireEvent.click(screen.getByText('准时到'))
    fireEvent.click(screen.getByText('干活麻利'))
    fireEvent.click(screen.getByText('提交评价'))

    expect(await screen.findByText('您的评价 ★★★★☆ 准时到 干活麻利')).toBeInTheDocument()
    expect(callsTo('rateApplication')[0]?.body).toEqual({ stars: 4, tags: ['准时到', '干活麻利'], comment: '' })
    expect(screen.queryByText('评价')).not.toBeInTheDocument()
  })

  it('links to the check-in code screen', async () => {
    serveApplicants([])
    renderPage(ApplicantsPage, PATH, { jobId: job.id })

    expect(await screen.findByText('还没有人报名')).toBeInTheDocument()
    fireEvent.click(screen.getByText('出示签到码'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/employer/check-in-code/index?jobId=${job.id}` }])
  })

  it('says when another employer’s job is asked for', async () => {
    serveApi({ getJob: () => job, listJobApplications: () => reply.error(403, 'FORBIDDEN', '只能查看自己发布的岗位的报名') })
    renderPage(ApplicantsPage, PATH, { jobId: job.id })
    expect(await screen.findByText('只能查看自己发布的岗位的报名')).toBeInTheDocument()
  })
})
