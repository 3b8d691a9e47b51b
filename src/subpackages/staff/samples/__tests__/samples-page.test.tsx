import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { SampleAuditListSchema, SampleAuditSchema, type SampleAudit } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import SamplesPage from '../index'

const PATH = '/subpackages/staff/samples/index'
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

const sample = (n: number, title: string, rated: Partial<SampleAudit> = {}): SampleAudit =>
  SampleAuditSchema.parse({
    id: id(n),
    job: { id: id(100 + n), title, status: 'open', district: '潞州区', employerName: '惠民超市' },
    drawnAt: '2026-11-23T09:00:00+08:00',
    drawnBy: { id: id(9), displayName: '张站长' },
    compliant: null,
    note: null,
    ratedAt: null,
    ...rated,
  })

/** The month as the server holds it: drawing adds posts, rating changes one. */
function serveSamples(initial: SampleAudit[]) {
  const state = { items: initial }
  const summary = () => {
    const rated = state.items.filter((s) => s.compliant !== null)
    const bad = rated.filter((s) => s.compliant === false).length
    return { month: '2026-11', sampled: state.items.length, rated: rated.length, nonCompliant: bad, share: rated.length ? bad / rated.length : null }
  }
  serveApi({
    listSampleAudits: () => SampleAuditListSchema.parse({ summary: summary(), items: state.items }),
    drawSampleAudit: ({ body }) => {
      const size = (body as { size: number }).size
      const drawn = [sample(50, '小区保洁'), sample(51, '搬家师傅')].slice(0, size)
      state.items = [...state.items, ...drawn]
      return reply.ok({ items: drawn }, 201)
    },
    rateSampleAudit: ({ params, body }) => {
      const { compliant, note } = body as { compliant: boolean; note: string }
      state.items = state.items.map((s) => (s.id === params.id ? { ...s, compliant, note, ratedAt: '2026-11-23T11:00:00+08:00' } : s))
      return state.items.find((s) => s.id === params.id)
    },
    checkJob: ({ params }) => ({ id: params.id, status: 'open', checkedByStaff: true, staffNote: null, updatedAt: '2026-11-23T11:00:00+08:00' }),
  })
}

const rowOf = async (title: string) => (await screen.findByText(title)).closest('.yz-sample') as HTMLElement

describe('岗位抽查', () => {
  beforeEach(() => setToken('tok_0123456789abcdef0123456789'))

  it('draws 10 by default and says when fewer live posts were there; the month’s figures follow', async () => {
    serveSamples([])
    renderPage(SamplesPage, PATH)
    expect(await screen.findByText('抽查 0 条，已打分 0 条，还没有打分的')).toBeInTheDocument()
    fireEvent.click(screen.getByText('抽查'))
    expect(await screen.findByText('在招岗位不够，抽到 2 条')).toBeInTheDocument()
    expect(callsTo('drawSampleAudit')[0]?.body).toEqual({ size: 10 })
    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    expect(screen.getByText('抽查 2 条，已打分 0 条，还没有打分的')).toBeInTheDocument()
  })

  it('checks the size before drawing', async () => {
    serveSamples([])
    renderPage(SamplesPage, PATH)
    fireEvent.input(await screen.findByLabelText('抽查条数'), { target: { value: '80' } })
    fireEvent.click(screen.getByText('抽查'))
    expect(await screen.findByText('一次最多抽 50 条')).toBeInTheDocument()
    expect(callsTo('drawSampleAudit')).toHaveLength(0)
  })

  it('rates 合规 in one tap; 不合规 needs a note; the share follows', async () => {
    serveSamples([sample(1, '超市理货'), sample(2, '夜班保安')])
    renderPage(SamplesPage, PATH)

    fireEvent.click(within(await rowOf('超市理货')).getByText('合规'))
    await waitFor(() => expect(callsTo('rateSampleAudit')[0]?.body).toEqual({ compliant: true, note: '' }))

    const second = await rowOf('夜班保安')
    fireEvent.click(within(second).getByText('不合规'))
    fireEvent.click(within(second).getByText('确认不合规'))
    expect(await within(second).findByText('请写明哪里不合规')).toBeInTheDocument()
    expect(callsTo('rateSampleAudit')).toHaveLength(1)

    fireEvent.input(within(second).getByPlaceholderText('例如：要求先交押金'), { target: { value: '只招男性' } })
    fireEvent.click(within(second).getByText('确认不合规'))
    expect(await screen.findByText('不合规：只招男性')).toBeInTheDocument()
    expect(callsTo('rateSampleAudit')[1]).toEqual(expect.objectContaining({ params: { id: id(2) }, body: { compliant: false, note: '只招男性' } }))
    expect(await screen.findByText('抽查 2 条，已打分 2 条，不合规 1 条，占 50%')).toBeInTheDocument()
  })

  it('a post rated compliant can be marked 驿站已核实; one rated not compliant cannot', async () => {
    serveSamples([
      sample(1, '超市理货', { compliant: true, note: '', ratedAt: '2026-11-23T11:00:00+08:00' }),
      sample(2, '夜班保安', { compliant: false, note: '只招男性', ratedAt: '2026-11-23T11:00:00+08:00' }),
    ])
    renderPage(SamplesPage, PATH)
    expect(within(await rowOf('夜班保安')).queryByText('标记“驿站已核实”')).not.toBeInTheDocument()
    fireEvent.click(within(await rowOf('超市理货')).getByText('标记“驿站已核实”'))
    expect(await screen.findByText('✓ 已标记为驿站已核实')).toBeInTheDocument()
    expect(callsTo('checkJob')).toEqual([expect.objectContaining({ params: { id: id(101) }, body: {} })])
  })
})
