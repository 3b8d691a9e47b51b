import { fireEvent, screen, within } from '@testing-library/react'
import { AuditLogPageSchema } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { callsTo, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import AuditPage from '../index'

const PATH = '/subpackages/staff/audit/index'
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
const staff = { id: id(9), displayName: '张站长' }

const first = AuditLogPageSchema.parse({
  items: [
    {
      id: '42',
      at: '2026-11-23T10:30:00+08:00',
      staff,
      action: 'employer.verify',
      targetKind: 'employer',
      targetId: id(2),
      reason: '执照核对无误',
      before: { verificationStatus: 'pending', verificationNote: null, verifiedAt: null },
      after: { verificationStatus: 'verified', verificationNote: '执照核对无误', verifiedAt: '2026-11-23T10:30:00+08:00' },
    },
  ],
  nextCursor: 'c1',
})
const second = AuditLogPageSchema.parse({
  items: [
    {
      id: '41',
      at: '2026-11-22T16:00:00+08:00',
      staff,
      action: 'report.dismiss',
      targetKind: 'report',
      targetId: id(3),
      reason: '电话核实，没有收费',
      before: { status: 'open', outcomeNote: null },
      after: { status: 'dismissed', outcomeNote: '电话核实，没有收费' },
    },
  ],
  nextCursor: null,
})

describe('审核记录', () => {
  it('lists who did what and when, the reason and before → after, newest first, a page at a time', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listAuditLog: ({ query }) => (query.cursor === 'c1' ? second : first) })
    renderPage(AuditPage, PATH)

    const entry = (await screen.findByText('张站长 单位认证通过')).closest('.yz-audit-entry') as HTMLElement
    expect(within(entry).getByText('11月23日 10:30 · 用人单位 · 编号 00000000')).toBeInTheDocument()
    expect(within(entry).getByText('理由：执照核对无误')).toBeInTheDocument()
    expect(within(entry).getByText('认证状态：审核中 → 已认证')).toBeInTheDocument()
    expect(within(entry).getByText('认证时间：（空） → 11月23日 10:30')).toBeInTheDocument()

    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('张站长 举报不属实')).toBeInTheDocument()
    expect(screen.getByText('状态：处理中 → 经核查未发现问题')).toBeInTheDocument()
    expect(screen.getByText('共 2 条记录，没有更多了')).toBeInTheDocument()
    expect(callsTo('listAuditLog').map((call) => call.query.cursor)).toEqual([undefined, 'c1'])
  })
})
