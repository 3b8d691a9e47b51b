import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import {
  ApplicationFormSchema,
  AuditLogPageSchema,
  ConditionSchema,
  PolicyFullTextSchema,
  PolicyPageSchema,
  PolicySchema,
  StaffSubsidyApplicationPageSchema,
  SubsidyApplicationPageSchema,
  SubsidyApplicationSchema,
  type ApplicationForm,
  type CreatePolicyBody,
  type EligibilityCondition,
  type Policy,
  type PolicySummary,
} from '../../src/shared/contracts/index'
import { describeCondition } from '../../src/shared/eligibility/index'
import { addDays, cityDate } from '../src/city-time'
import { seedUuid } from '../src/seed/random'
import { createAccount, sessionFor, type TestAccount } from './accounts'
import { allPages, bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'

forEachDatabase('policies', (target) => {
  let server: TestServer
  let cityStaff: TestAccount
  let luzhouStaff: TestAccount
  let shangdangStaff: TestAccount
  let worker: TestAccount
  let employer: TestAccount
  const today = cityDate(new Date())

  before(async () => {
    server = await startServer(target)
    cityStaff = await createAccount(server, 'staff')
    luzhouStaff = await createAccount(server, 'staff', { staffDistrict: '潞州区' })
    shangdangStaff = await createAccount(server, 'staff', { staffDistrict: '上党区' })
    worker = await createAccount(server, 'worker')
    employer = await createAccount(server, 'employer')
  })
  after(() => server.close())

  const marker = () => `标记${randomUUID().slice(0, 8)}`

  function policyBody(o: Partial<CreatePolicyBody> = {}): CreatePolicyBody {
    return {
      title: '一次性吸纳就业补贴',
      issuer: '长治市人力资源和社会保障局',
      docNumber: '长人社发〔2025〕99号',
      region: '长治市',
      category: 'hiring_subsidy',
      audience: '招用高校毕业生的企业',
      amount: { kind: 'fixed', fen: 150_000 },
      materials: ['营业执照', '劳动合同'],
      applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '周一至周五 9:00–17:00' },
      effectiveFrom: addDays(today, -10),
      expiresOn: addDays(today, 100),
      fullText: [
        { type: 'heading', level: 1, text: '一次性吸纳就业补贴' },
        { type: 'paragraph', text: '为鼓励企业吸纳就业，制定本办法。' },
        { type: 'list', ordered: true, items: ['营业执照', '劳动合同'] },
        { type: 'table', header: ['对象', '标准'], rows: [['高校毕业生', '1500 元']] },
      ],
      conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] },
      ...o,
    }
  }

  async function create(as: TestAccount, o: Partial<CreatePolicyBody> = {}): Promise<Policy> {
    return bodyOf(await call(server, 'POST', '/staff/policies', { as, body: policyBody(o) }), 201, PolicySchema)
  }
  async function publish(as: TestAccount, id: string): Promise<Policy> {
    return bodyOf(await call(server, 'POST', `/staff/policies/${id}/publish`, { as }), 200, PolicySchema)
  }
  async function published(o: Partial<CreatePolicyBody> = {}, as = cityStaff): Promise<Policy> {
    return publish(as, (await create(as, o)).id)
  }
  async function list(query: string): Promise<PolicySummary[]> {
    return bodyOf(await call(server, 'GET', `/policies?${query}`), 200, PolicyPageSchema).items
  }
  const ids = (items: { id: string }[]) => items.map((p) => p.id)
  async function auditOf(id: string) {
    return server.db.query<{ action: string; staff_id: string; reason: string | null; before: unknown; after: unknown }>(
      `select action, staff_id, reason, before, after from staff_audit_log where target_kind = 'policy' and target_id = $1 order by id`,
      [id],
    )
  }

  describe('the public list', () => {
    let tag: string
    let a: Policy
    let b: Policy
    let c: Policy
    let draft: Policy
    let withdrawn: Policy

    before(async () => {
      tag = marker()
      a = await published({ title: `潞州区吸纳就业${tag}`, region: '潞州区', audience: '潞州区企业，受众甲乙丙' }, luzhouStaff)
      b = await published({ title: `全市培训补贴${tag}`, category: 'training_subsidy', issuer: `发文单位${tag}` })
      // Published while open, then its expiry date moved into the past: shown only with include=expired.
      c = await published({ title: `上党区创业贷款${tag}`, category: 'startup_loan', region: '上党区', effectiveFrom: addDays(today, -400) })
      c = bodyOf(await call(server, 'PATCH', `/staff/policies/${c.id}`, { as: cityStaff, body: { expiresOn: addDays(today, -1) } }), 200, PolicySchema)
      draft = await create(cityStaff, { title: `草稿${tag}` })
      withdrawn = await published({ title: `撤回${tag}` })
      await call(server, 'POST', `/staff/policies/${withdrawn.id}/withdraw`, { as: cityStaff, body: { reason: '文件已废止' } })
    })

    it('shows open published policies only by default, newest published first', async () => {
      const items = await list(`q=${encodeURIComponent(tag)}`)
      assert.deepEqual(ids(items), [b.id, a.id])
      assert.ok(items.every((p) => p.open && !p.expired && p.status === 'published'))
      assert.ok(!ids(items).includes(draft.id) && !ids(items).includes(withdrawn.id))
    })

    it('include=expired adds expired ones, marked', async () => {
      const items = await list(`q=${encodeURIComponent(tag)}&include=expired`)
      assert.deepEqual(ids(items), [c.id, b.id, a.id])
      const expired = items.find((p) => p.id === c.id)!
      assert.equal(expired.expired, true)
      assert.equal(expired.open, false)
      assert.equal(expired.expiresOn, addDays(today, -1))
    })

    it('filters by one category or several (comma list or repeated parameter)', async () => {
      const q = `q=${encodeURIComponent(tag)}&include=expired`
      assert.deepEqual(ids(await list(`${q}&category=hiring_subsidy`)), [a.id])
      assert.deepEqual(ids(await list(`${q}&category=hiring_subsidy,startup_loan`)), [c.id, a.id])
      assert.deepEqual(ids(await list(`${q}&category=hiring_subsidy&category=training_subsidy`)), [b.id, a.id])
      errorOf(await call(server, 'GET', `/policies?category=lottery`), 400)
    })

    it('keyword matches title, issuer or audience', async () => {
      assert.deepEqual(ids(await list(`q=${encodeURIComponent(`发文单位${tag}`)}`)), [b.id])
      assert.deepEqual(ids(await list(`q=${encodeURIComponent(`受众甲乙丙 ${tag}`)}`)), [a.id])
      assert.deepEqual(ids(await list(`q=${encodeURIComponent(`没有这个词${tag}`)}`)), [])
      // LIKE wildcards are plain characters.
      assert.deepEqual(await list(`q=${encodeURIComponent('%_%')}`), [])
    })

    it('a region gets its own policies and the city-wide ones', async () => {
      const q = `q=${encodeURIComponent(tag)}&include=expired`
      assert.deepEqual(ids(await list(`${q}&region=${encodeURIComponent('潞州区')}`)), [b.id, a.id])
      assert.deepEqual(ids(await list(`${q}&region=${encodeURIComponent('上党区')}`)), [c.id, b.id])
      assert.deepEqual(ids(await list(`${q}&region=${encodeURIComponent('长治市')}`)), [b.id])
    })

    it('pages with a cursor, each policy once, in order', async () => {
      const q = `q=${encodeURIComponent(tag)}&include=expired&limit=1`
      const { items, pages } = await allPages(async (cursor) =>
        bodyOf(await call(server, 'GET', `/policies?${q}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200, PolicyPageSchema),
      )
      assert.deepEqual(ids(items), [c.id, b.id, a.id])
      assert.equal(pages, 3)
      assert.equal(errorOf(await call(server, 'GET', '/policies?cursor=not-a-cursor'), 400).code, 'INVALID_CURSOR')
      assert.equal(errorOf(await call(server, 'GET', '/policies?limit=0'), 400).code, 'VALIDATION_FAILED')
    })
  })

  describe('the detail', () => {
    it('an open policy in full, who it is for put into words', async () => {
      const p = await published()
      const got = bodyOf(await call(server, 'GET', `/policies/${p.id}`), 200, PolicySchema)
      assert.equal(got.open, true)
      assert.equal(got.expired, false)
      assert.deepEqual(got.fullText, policyBody().fullText)
      assert.deepEqual(got.conditions, policyBody().conditions)
      assert.deepEqual(got.materials, ['营业执照', '劳动合同'])
      assert.equal(got.audience, '招用高校毕业生的企业')
      assert.equal(got.audienceText, describeCondition(policyBody().conditions as EligibilityCondition))
      assert.equal(got.applyKind, 'offline')
      assert.equal(got.docNumber, '长人社发〔2025〕99号')
    })

    it('an expired policy is still readable, marked expired', async () => {
      const p = await published({ effectiveFrom: addDays(today, -300) })
      await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { expiresOn: addDays(today, -30) } })
      const got = bodyOf(await call(server, 'GET', `/policies/${p.id}`), 200, PolicySchema)
      assert.equal(got.expired, true)
      assert.equal(got.open, false)
    })

    it('a policy expiring today is still open', async () => {
      const p = await published({ expiresOn: today })
      const got = bodyOf(await call(server, 'GET', `/policies/${p.id}`), 200, PolicySchema)
      assert.equal(got.open, true)
      assert.equal(got.expired, false)
    })

    it('drafts are 404 for the public and other roles, visible to staff in scope', async () => {
      const draft = await create(luzhouStaff, { region: '潞州区' })
      for (const as of [undefined, worker, employer, shangdangStaff]) {
        assert.equal(errorOf(await call(server, 'GET', `/policies/${draft.id}`, { as }), 404).code, 'POLICY_NOT_FOUND')
      }
      for (const as of [luzhouStaff, cityStaff]) {
        assert.equal(bodyOf(await call(server, 'GET', `/policies/${draft.id}`, { as }), 200, PolicySchema).status, 'draft')
      }
      // A bad token is just the public here.
      assert.equal(errorOf(await call(server, 'GET', `/policies/${draft.id}`, { as: { token: 'nonsense' } }), 404).code, 'POLICY_NOT_FOUND')
    })

    it('unknown ids are 404, malformed ones 400', async () => {
      assert.equal(errorOf(await call(server, 'GET', `/policies/${UNKNOWN_ID}`), 404).code, 'POLICY_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', '/policies/123'), 400).code, 'VALIDATION_FAILED')
    })
  })

  describe('staff', () => {
    it('anonymous callers get 401, workers and employers 403', async () => {
      const p = await create(cityStaff)
      const attempts: [string, string, unknown][] = [
        ['GET', '/staff/policies', undefined],
        ['POST', '/staff/policies', policyBody()],
        ['PATCH', `/staff/policies/${p.id}`, { title: '改个名字' }],
        ['POST', `/staff/policies/${p.id}/publish`, undefined],
        ['POST', `/staff/policies/${p.id}/withdraw`, { reason: '不再执行' }],
      ]
      for (const [method, path, body] of attempts) {
        assert.equal(errorOf(await call(server, method, path, { body }), 401).code, 'UNAUTHORIZED', `${method} ${path}`)
        for (const as of [worker, employer]) {
          assert.equal(errorOf(await call(server, method, path, { as, body }), 403).code, 'FORBIDDEN', `${method} ${path}`)
        }
      }
      assert.equal(bodyOf(await call(server, 'GET', `/policies/${p.id}`, { as: cityStaff }), 200, PolicySchema).status, 'draft')
    })

    it('creates a draft, recorded in the audit log', async () => {
      const p = await create(cityStaff)
      assert.equal(p.status, 'draft')
      assert.equal(p.version, 1)
      assert.equal(p.open, false)
      assert.equal(p.publishedAt, null)
      const audit = await auditOf(p.id)
      assert.deepEqual(audit.map((r) => r.action), ['policy.create'])
      assert.equal(audit[0]!.staff_id, cityStaff.id)
    })

    it('district staff write only their district; city-wide staff any region', async () => {
      const own = await create(luzhouStaff, { region: '潞州区' })
      assert.equal(own.region, '潞州区')
      for (const region of ['上党区', '长治市']) {
        assert.equal(errorOf(await call(server, 'POST', '/staff/policies', { as: luzhouStaff, body: policyBody({ region }) }), 403).code, 'FORBIDDEN')
      }
      // Another district's staff can neither edit, publish nor withdraw it.
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${own.id}`, { as: shangdangStaff, body: { title: '改名' } }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${own.id}/publish`, { as: shangdangStaff }), 403).code, 'FORBIDDEN')
      // Nor move it out of their district.
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${own.id}`, { as: luzhouStaff, body: { region: '上党区' } }), 403).code, 'FORBIDDEN')
      // District staff cannot change a city-wide policy.
      const cityWide = await create(cityStaff)
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${cityWide.id}`, { as: luzhouStaff, body: { title: '改名' } }), 403).code, 'FORBIDDEN')
      // City-wide staff may.
      await create(cityStaff, { region: '上党区' })
      const renamed = bodyOf(await call(server, 'PATCH', `/staff/policies/${own.id}`, { as: cityStaff, body: { title: '市局改的名字' } }), 200, PolicySchema)
      assert.equal(renamed.title, '市局改的名字')
    })

    it('lists every status in scope: district staff see their district and the city-wide ones', async () => {
      const tag = marker()
      const lz = await create(luzhouStaff, { region: '潞州区', title: `潞州${tag}` })
      const sd = await create(shangdangStaff, { region: '上党区', title: `上党${tag}` })
      const city = await published({ title: `全市${tag}` })
      const q = `q=${encodeURIComponent(tag)}`
      const page = (as: TestAccount, extra = '') =>
        call(server, 'GET', `/staff/policies?${q}${extra}`, { as }).then((r) => ids(bodyOf(r, 200, PolicyPageSchema).items))
      assert.deepEqual(await page(cityStaff), [city.id, sd.id, lz.id])
      assert.deepEqual(await page(luzhouStaff), [city.id, lz.id])
      assert.deepEqual(await page(shangdangStaff), [city.id, sd.id])
      assert.deepEqual(await page(cityStaff, '&status=draft'), [sd.id, lz.id])
      assert.deepEqual(await page(cityStaff, '&status=published'), [city.id])
    })

    it('publish, change, withdraw: states, versions and the audit trail', async () => {
      const p = await create(cityStaff)
      // A draft changes without a new version.
      const edited = bodyOf(await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { title: '改过的草稿' } }), 200, PolicySchema)
      assert.equal(edited.version, 1)
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/withdraw`, { as: cityStaff, body: { reason: '不执行了' } }), 409).code, 'POLICY_NOT_PUBLISHED')

      const pub = await publish(cityStaff, p.id)
      assert.equal(pub.status, 'published')
      assert.equal(pub.open, true)
      assert.ok(pub.publishedAt)
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/publish`, { as: cityStaff }), 409).code, 'POLICY_NOT_DRAFT')

      // A published change is a new version; sending what is already there changes nothing.
      const changed = bodyOf(
        await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { amount: { kind: 'range', minFen: 100_000, maxFen: 200_000 } } }),
        200,
        PolicySchema,
      )
      assert.equal(changed.version, 2)
      assert.deepEqual(changed.amount, { kind: 'range', minFen: 100_000, maxFen: 200_000 })
      const same = bodyOf(await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { title: '改过的草稿' } }), 200, PolicySchema)
      assert.equal(same.version, 2)

      const gone = bodyOf(await call(server, 'POST', `/staff/policies/${p.id}/withdraw`, { as: cityStaff, body: { reason: '文件已废止' } }), 200, PolicySchema)
      assert.equal(gone.status, 'withdrawn')
      assert.equal(gone.withdrawnReason, '文件已废止')
      assert.equal(gone.open, false)
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/withdraw`, { as: cityStaff, body: { reason: '文件已废止' } }), 409).code, 'POLICY_NOT_PUBLISHED')
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/publish`, { as: cityStaff }), 409).code, 'POLICY_NOT_DRAFT')
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { title: '再改' } }), 409).code, 'POLICY_WITHDRAWN')
      assert.equal(errorOf(await call(server, 'GET', `/policies/${p.id}`), 404).code, 'POLICY_NOT_FOUND')

      const audit = await auditOf(p.id)
      assert.deepEqual(audit.map((r) => r.action), ['policy.create', 'policy.update', 'policy.publish', 'policy.update', 'policy.withdraw'])
      assert.deepEqual(audit[1]!.before, { title: '一次性吸纳就业补贴' })
      assert.deepEqual(audit[1]!.after, { title: '改过的草稿' })
      assert.deepEqual(audit[3]!.before, { amount: { kind: 'fixed', fen: 150_000 }, version: 1 })
      assert.deepEqual(audit[3]!.after, { amount: { kind: 'range', minFen: 100_000, maxFen: 200_000 }, version: 2 })
      assert.equal(audit[4]!.reason, '文件已废止')
    })

    it('policy actions appear in the staff audit log, district staff seeing their district and their own', async () => {
      const lz = await create(luzhouStaff, { region: '潞州区' })
      const sd = await create(cityStaff, { region: '上党区' })
      const entries = async (as: TestAccount, id: string) =>
        bodyOf(await call(server, 'GET', `/staff/audit-log?targetKind=policy&targetId=${id}`, { as }), 200, AuditLogPageSchema).items
      const mine = await entries(luzhouStaff, lz.id)
      assert.deepEqual(mine.map((e) => [e.action, e.targetKind]), [['policy.create', 'policy']])
      assert.equal((await entries(cityStaff, lz.id)).length, 1)
      assert.equal((await entries(luzhouStaff, sd.id)).length, 0)
      assert.equal((await entries(shangdangStaff, sd.id)).length, 1)
    })

    it('a draft past its expiry date cannot be published', async () => {
      const p = await create(cityStaff, { effectiveFrom: addDays(today, -60), expiresOn: addDays(today, -1) })
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/publish`, { as: cityStaff }), 409).code, 'POLICY_EXPIRED')
      await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { expiresOn: null } })
      assert.equal((await publish(cityStaff, p.id)).expiresOn, null)
    })

    it('unknown policies are 404 for staff actions', async () => {
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${UNKNOWN_ID}`, { as: cityStaff, body: { title: '改名' } }), 404).code, 'POLICY_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${UNKNOWN_ID}/publish`, { as: cityStaff }), 404).code, 'POLICY_NOT_FOUND')
      assert.equal(
        errorOf(await call(server, 'POST', `/staff/policies/${UNKNOWN_ID}/withdraw`, { as: cityStaff, body: { reason: '不执行了' } }), 404).code,
        'POLICY_NOT_FOUND',
      )
    })
  })

  describe('bad input', () => {
    const refused = async (body: unknown, field?: string) => {
      const err = errorOf(await call(server, 'POST', '/staff/policies', { as: cityStaff, body }), 400)
      assert.equal(err.code, 'VALIDATION_FAILED')
      if (field) assert.ok(Object.keys(err.fields ?? {}).some((k) => k.startsWith(field)), `${field} in ${JSON.stringify(err.fields)}`)
      return err
    }

    it('refuses full text that is not one of the four block kinds, or out of bounds', async () => {
      await refused(policyBody({ fullText: [{ type: 'html', text: '<p>hi</p>' }] as never }), 'fullText')
      await refused(policyBody({ fullText: [{ type: 'heading', level: 4, text: '四级标题' }] as never }), 'fullText')
      await refused(policyBody({ fullText: [] }), 'fullText')
      await refused(policyBody({ fullText: [{ type: 'paragraph', text: '字'.repeat(2001) }] }), 'fullText')
      await refused(policyBody({ fullText: [{ type: 'list', ordered: true, items: [] }] }), 'fullText')
      await refused(policyBody({ fullText: [{ type: 'table', header: ['甲', '乙'], rows: [['只有一格']] }] }), 'fullText')
      await refused(policyBody({ fullText: [{ type: 'paragraph', text: { html: '<b>x</b>' } }] as never }), 'fullText')
    })

    it('markup is kept as the characters typed, never as HTML', async () => {
      const text = '<script>alert(1)</script><b>加粗</b>'
      const p = await create(cityStaff, { title: '<i>标题</i>', fullText: [{ type: 'paragraph', text }] })
      const got = bodyOf(await call(server, 'GET', `/policies/${p.id}`, { as: cityStaff }), 200, PolicySchema)
      assert.deepEqual(got.fullText, [{ type: 'paragraph', text }])
      assert.equal(got.title, '<i>标题</i>')
    })

    it('refuses bad fields with Chinese messages', async () => {
      const err = await refused({ ...policyBody(), title: undefined }, 'title')
      assert.match(err.message, /请填写政策名称/)
      await refused(policyBody({ title: '长'.repeat(101) }), 'title')
      await refused(policyBody({ category: 'lottery' as never }), 'category')
      await refused(policyBody({ region: '太原市' }), 'region')
      await refused(policyBody({ region: '火星区' }), 'region')
      await refused(policyBody({ amount: { kind: 'range', minFen: 500, maxFen: 100 } }), 'amount')
      await refused(policyBody({ amount: { kind: 'fixed', fen: -1 } }), 'amount')
      await refused(policyBody({ applyMethod: { kind: 'offline' } as never }), 'applyMethod')
      await refused(policyBody({ effectiveFrom: '2026-02-30' }), 'effectiveFrom')
      await refused(policyBody({ effectiveFrom: addDays(today, 10), expiresOn: addDays(today, 5) }), 'expiresOn')
      await refused(policyBody({ conditions: { foo: 1 } as never }), 'conditions')
      await refused(policyBody({ conditions: { age: { min: 40, max: 30 } } }), 'conditions')
      await refused(policyBody({ materials: Array.from({ length: 31 }, (_, i) => `材料${i}`) }), 'materials')
    })

    it('an online policy needs its application form (400 applicationForm); an offline one stores none', async () => {
      const form: ApplicationForm = {
        fields: [{ key: 'bank_account', label: '银行卡号', kind: 'text', required: true }],
        materials: [{ key: 'id_card', label: '身份证正反面', required: true, maxFiles: 2 }],
      }
      const err = await refused(policyBody({ applyMethod: { kind: 'online' } }), 'applicationForm')
      assert.match(err.message, /申请表/)
      await refused(policyBody({ applyMethod: { kind: 'online' }, applicationForm: null }), 'applicationForm')
      const online = await create(cityStaff, { applyMethod: { kind: 'online' }, applicationForm: form })
      assert.deepEqual(online.applicationForm, form)
      // An offline policy ignores a form sent along, and a policy turned offline drops its form.
      assert.equal((await create(cityStaff, { applicationForm: form })).applicationForm, null)
      const [stored] = await server.db.query<{ application_form: unknown }>('select application_form from policies where id = $1', [online.id])
      assert.deepEqual(stored!.application_form, form)
      const offline = bodyOf(
        await call(server, 'PATCH', `/staff/policies/${online.id}`, { as: cityStaff, body: { applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '工作日' } } }),
        200,
        PolicySchema,
      )
      assert.equal(offline.applicationForm, null)
      // Turned online again without a form: refused, and it stays offline.
      const back = errorOf(await call(server, 'PATCH', `/staff/policies/${online.id}`, { as: cityStaff, body: { applyMethod: { kind: 'online' } } }), 400)
      assert.equal(back.fields?.applicationForm, '网上申请的政策请设置申请表（要填写的内容和要上传的材料）')
      await refused(policyBody({ applyMethod: { kind: 'online' }, applicationForm: { fields: [{ key: 'Bad Key', label: '甲', kind: 'text', required: true }], materials: [] } }), 'applicationForm.fields.0.key')
    })

    it('refuses an empty change, a merged date order that does not hold, and a withdrawal without a reason', async () => {
      const p = await create(cityStaff)
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: {} }), 400).code, 'VALIDATION_FAILED')
      const err = errorOf(await call(server, 'PATCH', `/staff/policies/${p.id}`, { as: cityStaff, body: { expiresOn: addDays(today, -20) } }), 400)
      assert.equal(err.fields?.expiresOn, '截止日期不能早于生效日期')
      await publish(cityStaff, p.id)
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/withdraw`, { as: cityStaff, body: { reason: '' } }), 400).code, 'VALIDATION_FAILED')
      assert.equal(errorOf(await call(server, 'POST', `/staff/policies/${p.id}/withdraw`, { as: cityStaff, body: {} }), 400).code, 'VALIDATION_FAILED')
      // Nothing half-written: the policy is as it was.
      const got = bodyOf(await call(server, 'GET', `/policies/${p.id}`), 200, PolicySchema)
      assert.equal(got.status, 'published')
      assert.equal(got.expiresOn, addDays(today, 100))
    })
  })
})

forEachDatabase('policies: the demo seed', (target) => {
  let server: TestServer
  let cityStaff: TestAccount
  before(async () => {
    server = await startServer(target, { seed: true })
    cityStaff = await createAccount(server, 'staff')
  })
  after(() => server.close())

  it('has ≥ 20 policies for the city and its districts, every row valid under the contract', async () => {
    const rows = await server.db.query<{
      id: string
      conditions: unknown
      full_text: unknown
      status: string
      expires_on: string | null
      region: string
      apply_method: { kind: string }
      application_form: unknown
    }>('select id, conditions, full_text, status, expires_on, region, apply_method, application_form from policies')
    assert.ok(rows.length >= 20, `${rows.length} policies`)
    const today = cityDate(new Date())
    for (const row of rows) {
      ConditionSchema.parse(row.conditions)
      // Online ones carry a valid application form, offline ones none.
      if (row.apply_method.kind === 'online') ApplicationFormSchema.parse(row.application_form)
      else assert.equal(row.application_form, null, row.id)
      const blocks = PolicyFullTextSchema.parse(row.full_text)
      assert.ok(blocks.some((b) => b.type === 'table'), `${row.id} has a table`)
      // Through the API too, with the whole contract schema.
      bodyOf(await call(server, 'GET', `/policies/${row.id}`, { as: cityStaff }), 200, PolicySchema)
    }
    const published = rows.filter((r) => r.status === 'published')
    const expired = published.filter((r) => r.expires_on !== null && r.expires_on < today)
    assert.ok(expired.length >= 2, 'a few are expired')
    assert.ok(published.length - expired.length >= 15, 'most are open')
    assert.ok(new Set(rows.map((r) => r.region)).size >= 6, 'city-wide and several districts')
    const openOnline = published.filter((r) => !expired.includes(r) && r.apply_method.kind === 'online')
    assert.ok(openOnline.length >= 4, `${openOnline.length} open policies take online applications`)

    const open = await allPages(async (cursor) =>
      bodyOf(await call(server, 'GET', `/policies?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200, PolicyPageSchema),
    )
    assert.equal(open.items.length, published.length - expired.length)
  })

  it("its demo subsidy applications read through the API: the demo staff's queue and the worker's own", async () => {
    const staff = await sessionFor(server, seedUuid('user:staff'))
    const queue = bodyOf(await call(server, 'GET', '/staff/subsidy-applications', { as: staff }), 200, StaffSubsidyApplicationPageSchema)
    assert.ok(queue.items.length >= 3, `${queue.items.length} in the queue`)
    const worker = await sessionFor(server, seedUuid('user:worker'))
    const mine = bodyOf(await call(server, 'GET', '/me/subsidy-applications', { as: worker }), 200, SubsidyApplicationPageSchema)
    assert.ok(mine.items.length >= 2)
    const asked = mine.items.find((i) => i.status === 'needs_more')!
    const detail = bodyOf(await call(server, 'GET', `/me/subsidy-applications/${asked.id}`, { as: worker }), 200, SubsidyApplicationSchema)
    assert.ok(detail.staffNote && detail.fields.length >= 3)
  })
})
