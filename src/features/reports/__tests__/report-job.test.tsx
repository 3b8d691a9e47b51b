import { fireEvent, screen, waitFor } from '@testing-library/react'
import { ReportReceiptSchema } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
import { renderWithClient } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import { ReportJob } from '../components/report-job'

const JOB_ID = '00000000-0000-4000-8000-0000000000a1'
const receipt = ReportReceiptSchema.parse({
  id: '00000000-0000-4000-8000-0000000000b1',
  status: 'open',
  answerBy: '2026-11-26',
  message: '已收到您的举报，驿站会在 11月26日 前核查并答复您。',
  createdAt: '2026-11-23T09:00:00+08:00',
})

const signedIn = () => setToken('tok_0123456789abcdef0123456789')

describe('举报 under a post', () => {
  it('signed out, the tap signs in first and comes back to the post with the sheet to open', () => {
    serveApi({})
    renderWithClient(<ReportJob jobId={JOB_ID} signedIn={false} />)
    fireEvent.click(screen.getByText('⚠ 举报这个岗位'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(`/subpackages/jobs/detail/index?id=${JOB_ID}&report=1`)}` },
    ])
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('back from signing in to report, the sheet is open; signed out, startOpen opens nothing', () => {
    serveApi({})
    const { unmount } = renderWithClient(<ReportJob jobId={JOB_ID} signedIn={false} startOpen />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    unmount()
    signedIn()
    renderWithClient(<ReportJob jobId={JOB_ID} signedIn startOpen />)
    expect(screen.getByRole('dialog', { name: '举报这个岗位' })).toBeInTheDocument()
  })

  it('asks for a reason, then sends it with the note and shows the server’s acknowledgement with the date', async () => {
    signedIn()
    serveApi({ reportJob: () => reply.ok(receipt, 201) })
    renderWithClient(<ReportJob jobId={JOB_ID} signedIn />)

    fireEvent.click(screen.getByText('⚠ 举报这个岗位'))
    expect(screen.getByRole('dialog', { name: '举报这个岗位' })).toBeInTheDocument()
    fireEvent.click(screen.getByText('提交举报'))
    expect(await screen.findByText('请选择举报原因')).toBeInTheDocument()
    expect(callsTo('reportJob')).toHaveLength(0)

    fireEvent.click(screen.getByText('收费、押金、培训贷'))
    expect(screen.queryByText('请选择举报原因')).not.toBeInTheDocument()
    fireEvent.input(screen.getByPlaceholderText('例如：让先交 200 元押金'), { target: { value: ' 面试要交 200 元服装费 ' } })
    fireEvent.click(screen.getByText('提交举报'))

    expect(await screen.findByText('已收到您的举报')).toBeInTheDocument()
    expect(screen.getByText('已收到您的举报，驿站会在 11月26日 前核查并答复您。')).toBeInTheDocument()
    expect(callsTo('reportJob')).toEqual([expect.objectContaining({ params: { id: JOB_ID }, body: { reason: 'fee', note: '面试要交 200 元服装费' } })])

    fireEvent.click(screen.getByText('查看我的举报'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: '/subpackages/work/reports/index' }])
  })

  it('a reason alone is a whole report (no note needed)', async () => {
    signedIn()
    serveApi({ reportJob: () => reply.ok(receipt, 201) })
    renderWithClient(<ReportJob jobId={JOB_ID} signedIn />)
    fireEvent.click(screen.getByText('⚠ 举报这个岗位'))
    fireEvent.click(screen.getByText('只让私下联系'))
    fireEvent.click(screen.getByText('提交举报'))
    await waitFor(() => expect(callsTo('reportJob')[0]?.body).toEqual({ reason: 'contact', note: '' }))
  })

  it('shows the server’s refusal in its words and keeps what was chosen and typed', async () => {
    signedIn()
    serveApi({ reportJob: () => reply.error(409, 'CANNOT_REPORT_OWN_JOB', '不能举报自己发布的岗位') })
    renderWithClient(<ReportJob jobId={JOB_ID} signedIn />)
    fireEvent.click(screen.getByText('⚠ 举报这个岗位'))
    fireEvent.click(screen.getByText('其他问题'))
    fireEvent.input(screen.getByPlaceholderText('例如：让先交 200 元押金'), { target: { value: '电话打不通' } })
    fireEvent.click(screen.getByText('提交举报'))

    expect(await screen.findByRole('alert')).toHaveTextContent('不能举报自己发布的岗位')
    expect(screen.getByText('✓ 其他问题')).toBeInTheDocument()
    expect(screen.getByPlaceholderText('例如：让先交 200 元押金')).toHaveValue('电话打不通')
  })
})
