import { QueueItemSchema, SampleMonthSchema, type AuditEntry, type QueueItem } from '@/shared/contracts'
import { auditChanges, auditHeading, auditTarget, changeText } from '../model/audit'
import { DECISIONS, checkDecision, queueItemView, tabCount } from '../model/queue'
import { checkDrawSize, checkRating, monthSummary, percent, shareText } from '../model/samples'

const ID = '00000000-0000-4000-8000-000000000001'
const item = (value: unknown): QueueItem => QueueItemSchema.parse(value)

describe('queue item wording', () => {
  it('a post: title, employer with its verification, district, and each screening reason with its law when it has one', () => {
    const view = queueItemView(
      item({
        kind: 'job',
        id: ID,
        title: '夜班保安',
        employer: { id: ID, name: '长治安保公司', verified: false },
        district: '潞州区',
        reasons: [
          { code: 'GENDER_RESTRICTION', message: '「限男」：招工不得限定性别', field: 'requirements', law: '就业促进法第二十七条' },
          { code: 'PAY_LURE', message: '工资远高于这个工种的一般水平', field: 'pay', law: null },
        ],
        since: '2026-11-23T09:05:00+08:00',
      }),
    )
    expect(view.kindLabel).toBe('待审岗位')
    expect(view.title).toBe('夜班保安')
    expect(view.lines).toEqual(['长治安保公司（未认证）· 潞州区', '提交于 11月23日 09:05'])
    expect(view.warnings).toEqual([])
    expect(view.reasons).toEqual([
      { message: '「限男」：招工不得限定性别', law: '就业促进法第二十七条' },
      { message: '工资远高于这个工种的一般水平', law: null },
    ])
  })

  it('an employer whose credit code failed its checksum and who has no licence gets both warnings', () => {
    const view = queueItemView(
      item({
        kind: 'employer',
        id: ID,
        name: '长治顺达物流有限公司',
        employerKind: 'enterprise',
        creditCode: '91140400MA0000000X',
        creditCodeValid: false,
        district: '潞州区',
        contactName: '赵经理',
        contactPhone: '13800000009',
        licencePath: null,
        since: '2026-11-23T09:05:00+08:00',
      }),
    )
    expect(view.lines).toEqual(['企业/单位 · 信用代码 91140400MA0000000X', '联系人 赵经理 13800000009', '所在区县：潞州区', '提交于 11月23日 09:05'])
    expect(view.warnings).toEqual(['统一社会信用代码的校验位不对（GB 32100），请对照执照仔细核对号码', '还没有上传营业执照，可以先不通过，请对方上传'])
  })

  it('an individual with a licence and no district: no warnings, says the district is missing', () => {
    const view = queueItemView(
      item({
        kind: 'employer',
        id: ID,
        name: '李阿姨',
        employerKind: 'individual',
        creditCode: null,
        creditCodeValid: null,
        district: null,
        contactName: '李阿姨',
        contactPhone: '13800000010',
        licencePath: `/api/v1/employers/${ID}/licence`,
        since: '2026-11-23T09:05:00+08:00',
      }),
    )
    expect(view.lines.slice(0, 3)).toEqual(['个人', '联系人 李阿姨 13800000010', '没有填写区县'])
    expect(view.warnings).toEqual([])
  })

  const report = (overrides: Record<string, unknown>) =>
    item({
      kind: 'report',
      id: ID,
      job: { id: ID, title: '超市理货', status: 'open', district: '潞州区', employerName: '惠民超市' },
      reason: 'fee',
      note: '让先交 200 押金',
      reporterName: '王**',
      openReportsOnJob: 3,
      answerBy: '2026-11-26',
      overdue: false,
      since: '2026-11-23T09:05:00+08:00',
      ...overrides,
    })

  it('a report: the post and its status, reason, note, reporter, other reports and the date to answer by', () => {
    const view = queueItemView(report({}))
    expect(view.title).toBe('超市理货')
    expect(view.lines).toEqual([
      '岗位在招 · 潞州区 · 惠民超市',
      '举报原因：收费、押金、培训贷',
      '补充说明：让先交 200 押金',
      '举报人：王** · 11月23日 09:05',
      '这个岗位共有 3 条举报未处理',
      '请在 11月26日 前答复',
    ])
    expect(view.warnings).toEqual([])
  })

  it('an overdue report says so as a warning instead of the date to answer by; one report alone is not counted', () => {
    const view = queueItemView(report({ overdue: true, openReportsOnJob: 1, note: '' }))
    expect(view.lines).toEqual(['岗位在招 · 潞州区 · 惠民超市', '举报原因：收费、押金、培训贷', '举报人：王** · 11月23日 09:05'])
    expect(view.warnings).toEqual(['已超过答复期限（11月26日），请尽快处理'])
  })

  it('tab counts: 全部 is the sum, each kind its own', () => {
    const counts = { job: 2, employer: 3, report: 4, overdueReports: 1 }
    expect(tabCount(counts, null)).toBe(9)
    expect(tabCount(counts, 'employer')).toBe(3)
  })
})

describe('decision validation', () => {
  it('offers the contract’s decisions per kind and asks to confirm only a take-down', () => {
    expect(DECISIONS.job.map((d) => [d.label, d.confirm !== null])).toEqual([
      ['通过，发布', false],
      ['退回修改', false],
      ['下架', true],
    ])
    expect(DECISIONS.employer.map((d) => d.label)).toEqual(['认证通过', '不通过'])
    expect(DECISIONS.report.map((d) => [d.decision, d.confirm !== null])).toEqual([
      ['uphold', true],
      ['dismiss', false],
    ])
  })

  it('needs a decision and a reason of at least 2 characters, trimmed', () => {
    expect(checkDecision('job', null, '')).toEqual({ errors: { decision: '请选择通过、退回或下架', reason: '理由至少 2 个字，对方会看到' } })
    expect(checkDecision('report', 'uphold', ' 好 ')).toEqual({ errors: { reason: '理由至少 2 个字，对方会看到' } })
    expect(checkDecision('employer', 'verify', '  执照核对无误 ')).toEqual({ body: { decision: 'verify', reason: '执照核对无误' } })
  })

  it('refuses a decision of another kind', () => {
    expect(checkDecision('employer', 'take_down', '理由写清楚')).toEqual({ errors: { decision: '请选择通过或不通过' } })
  })
})

describe('audit log wording', () => {
  const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
    id: '41',
    at: '2026-11-23T10:30:00+08:00',
    staff: { id: ID, displayName: '张站长' },
    action: 'job.take_down',
    targetKind: 'job',
    targetId: ID,
    reason: '收押金',
    before: null,
    after: null,
    ...overrides,
  })

  it('a take-down reads as who did what, and only the fields that changed, before → after in words', () => {
    const e = entry({
      before: { status: 'open', closeReason: null, closedAt: null, staffNote: null, publishedAt: '2026-11-20T08:00:00+08:00' },
      after: { status: 'closed', closeReason: 'taken_down', closedAt: '2026-11-23T10:30:00+08:00', staffNote: '收押金', publishedAt: '2026-11-20T08:00:00+08:00' },
    })
    expect(auditHeading(e)).toBe('张站长 下架岗位')
    expect(auditTarget(e)).toBe('岗位 · 编号 00000000')
    expect(auditChanges(e).map(changeText)).toEqual(['状态：在招 → 已停招', '停招原因：（空） → 驿站下架', '停招时间：（空） → 11月23日 10:30', '驿站说明：（空） → 收押金'])
  })

  it('a report’s status uses the report words; an employer’s its verification words', () => {
    expect(auditChanges(entry({ targetKind: 'report', before: { status: 'open' }, after: { status: 'dismissed' } })).map(changeText)).toEqual([
      '状态：处理中 → 经核查未发现问题',
    ])
    expect(
      auditChanges(entry({ targetKind: 'employer', before: { verificationStatus: 'pending' }, after: { verificationStatus: 'verified' } })).map(changeText),
    ).toEqual(['认证状态：审核中 → 已认证'])
  })

  it('something new has no before: each field as it was set; a rating reads 合规 / 不合规; an unknown action as recorded', () => {
    const created = entry({ action: 'station.create', targetKind: 'station', before: null, after: { name: '东关驿站', location: { lat: 36.19, lng: 113.11 } } })
    expect(auditHeading(created)).toBe('张站长 新建驿站')
    expect(auditChanges(created).map(changeText)).toEqual(['名称：东关驿站', '位置：36.19, 113.11'])
    expect(auditChanges(entry({ targetKind: 'sample_audit', before: { compliant: null }, after: { compliant: false } })).map(changeText)).toEqual([
      '是否合规：（空） → 不合规',
    ])
    expect(auditHeading(entry({ action: 'setting.update' }))).toBe('张站长 setting.update')
  })
})

describe('sample audit figures', () => {
  const month = (value: object) => SampleMonthSchema.parse({ month: '2026-11', sampled: 10, rated: 8, nonCompliant: 1, share: 0.125, ...value })

  it('states the month with its non-compliant share', () => {
    expect(monthSummary(month({}))).toBe('抽查 10 条，已打分 8 条，不合规 1 条，占 12.5%')
    expect(monthSummary(month({ rated: 0, nonCompliant: 0, share: null }))).toBe('抽查 10 条，已打分 0 条，还没有打分的')
    expect(percent(0.07)).toBe('7%')
    expect(shareText(month({ share: null }))).toBe('—')
    expect(shareText(undefined)).toBe('—')
  })

  it('checks the draw size with the contract', () => {
    expect(checkDrawSize(' 10 ')).toEqual({ size: 10 })
    expect(checkDrawSize('')).toEqual({ error: '请填抽查条数' })
    expect(checkDrawSize('0')).toEqual({ error: '至少抽 1 条' })
    expect(checkDrawSize('51')).toEqual({ error: '一次最多抽 50 条' })
    expect(checkDrawSize('2.5')).toEqual({ error: '抽查条数是整数' })
  })

  it('不合规 needs a note; 合规 does not', () => {
    expect(checkRating(true, '')).toEqual({ body: { compliant: true, note: '' } })
    expect(checkRating(false, ' ')).toEqual({ error: '请写明哪里不合规' })
    expect(checkRating(false, ' 收押金 ')).toEqual({ body: { compliant: false, note: '收押金' } })
  })
})
