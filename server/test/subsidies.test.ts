import assert from 'node:assert/strict'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  API_PREFIX,
  AuditLogPageSchema,
  MATERIAL_MAX_BYTES,
  PolicySchema,
  StaffSubsidyApplicationPageSchema,
  StaffSubsidyApplicationSchema,
  SubsidyApplicationPageSchema,
  SubsidyApplicationSchema,
  UploadedMaterialSchema,
  type ApplicationForm,
  type CreatePolicyBody,
  type Policy,
  type SubsidyActionBody,
  type SubsidyApplication,
  type SubsidyApplicationBody,
} from '../../src/shared/contracts/index'
import { addDays, cityDate } from '../src/city-time'
import { createAccount, type TestAccount } from './accounts'
import { bodyOf, call, errorOf, forEachDatabase, request, startServer, type JsonResponse, type TestServer } from './helper'

const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff, 0xe0]
/** Bytes the server takes as a photo: it judges a file by its signature; the rest differs per call (and so the hash). */
const photo = (signature = PNG_SIGNATURE, size = 64) => Buffer.concat([Buffer.from(signature), randomBytes(size)])

const FORM: ApplicationForm = {
  fields: [
    { key: 'school', label: '毕业院校', kind: 'text', required: true },
    { key: 'graduated_on', label: '毕业时间', kind: 'date', required: true },
    { key: 'family_size', label: '家庭人口', kind: 'number', required: false, hint: '如 3' },
    { key: 'hardship', label: '困难类别', kind: 'choice', required: true, options: ['低保家庭', '脱贫家庭'] },
  ],
  materials: [
    { key: 'id_card', label: '身份证正反面', required: true, maxFiles: 2 },
    { key: 'diploma', label: '毕业证书', required: false, maxFiles: 1 },
  ],
}

forEachDatabase('subsidy applications', (target) => {
  let server: TestServer
  let filesDir: string
  let cityStaff: TestAccount
  let luzhouStaff: TestAccount
  let shangdangStaff: TestAccount
  let employer: TestAccount
  let policy: Policy
  const today = cityDate(new Date())
  const thisYear = Number(today.slice(0, 4))

  function policyBody(o: Partial<CreatePolicyBody> = {}): CreatePolicyBody {
    return {
      title: `高校毕业生求职创业补贴${randomUUID().slice(0, 6)}`,
      issuer: '长治市人力资源和社会保障局',
      region: '长治市',
      category: 'job_seeking_subsidy',
      audience: '毕业 2 年内的高校毕业生',
      amount: { kind: 'fixed', fen: 100_000 },
      materials: ['身份证', '毕业证书'],
      applyMethod: { kind: 'online' },
      applicationForm: FORM,
      effectiveFrom: addDays(today, -10),
      expiresOn: addDays(today, 100),
      fullText: [{ type: 'paragraph', text: '为帮助高校毕业生求职创业，制定本办法。' }],
      conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] },
      ...o,
    }
  }
  async function published(o: Partial<CreatePolicyBody> = {}, as = cityStaff): Promise<Policy> {
    const created = bodyOf(await call(server, 'POST', '/staff/policies', { as, body: policyBody(o) }), 201, PolicySchema)
    return bodyOf(await call(server, 'POST', `/staff/policies/${created.id}/publish`, { as }), 200, PolicySchema)
  }

  /** A worker whose profile says what matching reads: a graduate of this year living in `residence`, unless told otherwise. */
  async function person(o: { graduate?: boolean; residence?: string | null; household?: string | null; realName?: string } = {}): Promise<TestAccount> {
    const account = await createAccount(server, 'worker', { phone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` })
    await server.db.query(
      `insert into profiles (user_id, real_name, groups, graduation_year, residence_region, household_region) values ($1, $2, $3::jsonb, $4, $5, $6)`,
      [account.id, o.realName ?? '陈晓明', JSON.stringify({ graduate: o.graduate ?? true }), thisYear, o.residence === undefined ? '潞州区' : o.residence, o.household ?? null],
    )
    return account
  }

  const upload = (who: { token: string } | undefined, bytes: Uint8Array, filename = 'id.png', type = 'image/png'): Promise<JsonResponse> => {
    const form = new FormData()
    form.append('file', new Blob([bytes], { type }), filename)
    return request(server, `${API_PREFIX}/me/subsidy-materials`, { method: 'POST', headers: who ? { authorization: `Bearer ${who.token}` } : {}, body: form })
  }
  const uploaded = async (who: TestAccount, signature = PNG_SIGNATURE) => bodyOf(await upload(who, photo(signature)), 201, UploadedMaterialSchema).id

  async function body(who: TestAccount, o: Partial<SubsidyApplicationBody> = {}): Promise<SubsidyApplicationBody> {
    return {
      fields: { school: '太原理工大学', graduated_on: `${thisYear}-06-30`, hardship: '脱贫家庭', family_size: '4' },
      materials: { id_card: [await uploaded(who), await uploaded(who, JPEG_SIGNATURE)] },
      declaration: true,
      ...o,
    }
  }
  const apply = async (who: TestAccount, policyId: string, b: unknown, key?: string) => call(server, 'POST', `/policies/${policyId}/applications`, { as: who, body: b, key })
  async function applied(who: TestAccount, p = policy): Promise<SubsidyApplication> {
    return bodyOf(await apply(who, p.id, await body(who)), 201, SubsidyApplicationSchema)
  }
  const act = (as: TestAccount, id: string, b: SubsidyActionBody) => call(server, 'POST', `/staff/subsidy-applications/${id}/actions`, { as, body: b })
  const acted = async (as: TestAccount, id: string, b: SubsidyActionBody) => bodyOf(await act(as, id, b), 200, StaffSubsidyApplicationSchema)

  /** What a refusal must leave untouched: the person's applications, their timelines, photo links and messages. */
  async function written(who: TestAccount) {
    const [row] = await server.db.query<{ apps: number; events: number; materials: number; messages: number }>(
      `select (select count(*)::int from subsidy_applications where person_id = $1) as apps,
              (select count(*)::int from subsidy_application_events e join subsidy_applications a on a.id = e.application_id where a.person_id = $1) as events,
              (select count(*)::int from subsidy_application_materials m join subsidy_applications a on a.id = m.application_id where a.person_id = $1) as materials,
              (select count(*)::int from messages where user_id = $1) as messages`,
      [who.id],
    )
    return row!
  }
  const nothingWritten = { apps: 0, events: 0, materials: 0, messages: 0 }

  before(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'yizhan-subsidy-files-'))
    server = await startServer(target, { config: { filesDir } })
    cityStaff = await createAccount(server, 'staff')
    luzhouStaff = await createAccount(server, 'staff', { staffDistrict: '潞州区' })
    shangdangStaff = await createAccount(server, 'staff', { staffDistrict: '上党区' })
    employer = await createAccount(server, 'employer')
    policy = await published()
  })
  after(async () => {
    await server.close()
    await rm(filesDir, { recursive: true, force: true })
  })

  describe('material uploads', () => {
    it('a PNG and a JPEG are taken, judged by their bytes, and owned by the uploader', async () => {
      const who = await person()
      const png = bodyOf(await upload(who, photo()), 201, UploadedMaterialSchema)
      assert.equal(png.mimeType, 'image/png')
      const jpeg = bodyOf(await upload(who, photo(JPEG_SIGNATURE, 100), 'scan.bin', 'application/octet-stream'), 201, UploadedMaterialSchema)
      assert.deepEqual([jpeg.mimeType, jpeg.sizeBytes], ['image/jpeg', 104])
      const [row] = await server.db.query<{ purpose: string; owner_id: string }>('select purpose, owner_id from stored_files where id = $1', [png.id])
      assert.deepEqual(row, { purpose: 'subsidy_material', owner_id: who.id })
    })

    it('a text file named .png is 400 MATERIAL_TYPE_NOT_ALLOWED; over 5 MB is 413; no file is 400; nothing is recorded', async () => {
      const who = await person()
      const text = errorOf(await upload(who, Buffer.from('这不是照片，只是一段文字'), 'id.png', 'image/png'), 400)
      assert.equal(text.code, 'MATERIAL_TYPE_NOT_ALLOWED')
      assert.match(text.message, /JPG、PNG/)
      const big = Buffer.alloc(MATERIAL_MAX_BYTES + 1, 1)
      big.set(PNG_SIGNATURE)
      assert.equal(errorOf(await upload(who, big), 413).code, 'MATERIAL_TOO_LARGE')
      const empty = errorOf(await upload(who, Buffer.alloc(0)), 400)
      assert.equal(empty.code, 'MATERIAL_TYPE_NOT_ALLOWED')
      const form = new FormData()
      form.append('note', '没有文件')
      const missing = errorOf(await request(server, `${API_PREFIX}/me/subsidy-materials`, { method: 'POST', headers: who.auth, body: form }), 400)
      assert.deepEqual([missing.code, missing.fields], ['VALIDATION_FAILED', { file: '请选择要上传的文件' }])
      const [n] = await server.db.query<{ n: number }>('select count(*)::int as n from stored_files where owner_id = $1', [who.id])
      assert.equal(n!.n, 0)
      assert.equal(errorOf(await upload(undefined, photo()), 401).code, 'UNAUTHORIZED')
    })

    it('the photo itself: its uploader gets the bytes, not cached; another person gets 404', async () => {
      const who = await person()
      const bytes = photo(JPEG_SIGNATURE)
      const { id } = bodyOf(await upload(who, bytes), 201, UploadedMaterialSchema)
      const res = await fetch(server.url(`${API_PREFIX}/subsidy-materials/${id}`), { headers: who.auth })
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'image/jpeg')
      assert.match(res.headers.get('cache-control') ?? '', /no-store/)
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes)
      const other = await person()
      assert.equal(errorOf(await call(server, 'GET', `/subsidy-materials/${id}`, { as: other }), 404).code, 'MATERIAL_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/subsidy-materials/${UNKNOWN_ID}`, { as: who }), 404).code, 'MATERIAL_NOT_FOUND')
    })
  })

  describe('applying', () => {
    it('with the form and photos: 201, 已提交 with the labels, the photos and a first timeline step; a message for the record', async () => {
      const who = await person({ residence: '潞州区' })
      const b = await body(who)
      const app = bodyOf(await apply(who, policy.id, b), 201, SubsidyApplicationSchema)
      assert.equal(app.status, 'submitted')
      assert.deepEqual(app.policy, { id: policy.id, title: policy.title, category: 'job_seeking_subsidy' })
      assert.deepEqual(app.fields, [
        { key: 'school', label: '毕业院校', value: '太原理工大学' },
        { key: 'graduated_on', label: '毕业时间', value: `${thisYear}-06-30` },
        { key: 'family_size', label: '家庭人口', value: '4' },
        { key: 'hardship', label: '困难类别', value: '脱贫家庭' },
      ])
      assert.deepEqual(app.materials.map((m) => [m.key, m.label, m.files.map((f) => f.id)]), [['id_card', '身份证正反面', b.materials.id_card]])
      assert.deepEqual(app.materials[0]!.files.map((f) => f.mimeType), ['image/png', 'image/jpeg'])
      assert.deepEqual(app.events.map((e) => [e.status, e.resubmitted, e.note]), [['submitted', false, null]])
      assert.equal(app.region, '潞州区')
      assert.deepEqual([app.paidAmountFen, app.paidOn, app.staffNote], [null, null, null])
      const [message] = await server.db.query<{ kind: string; title: string; link_kind: string; link_id: string }>(
        'select kind, title, link_kind, link_id from messages where user_id = $1',
        [who.id],
      )
      assert.deepEqual(message, { kind: 'subsidy_progress', title: '补贴申请已提交', link_kind: 'subsidy_application', link_id: app.id })
      const mine = bodyOf(await call(server, 'GET', '/me/subsidy-applications', { as: who }), 200, SubsidyApplicationPageSchema)
      assert.deepEqual(mine.items.map((i) => i.id), [app.id])
      assert.deepEqual(bodyOf(await call(server, 'GET', `/me/subsidy-applications/${app.id}`, { as: who }), 200, SubsidyApplicationSchema), app)
    })

    it('the same Idempotency-Key again: the same application, 201 and the same body; on another policy: 409 IDEMPOTENCY_KEY_REUSED', async () => {
      const who = await person()
      const key = randomUUID()
      const b = await body(who)
      const first = await apply(who, policy.id, b, key)
      const again = await apply(who, policy.id, b, key)
      assert.equal(again.status, 201)
      assert.deepEqual(again.body, first.body)
      const other = await published()
      assert.equal(errorOf(await apply(who, other.id, b, key), 409).code, 'IDEMPOTENCY_KEY_REUSED')
      assert.equal((await written(who)).apps, 1)
    })

    it('a second open application for the policy: 409 APPLICATION_EXISTS; after a rejection a new one is taken', async () => {
      const who = await person()
      const first = await applied(who)
      const before = await written(who)
      assert.equal(errorOf(await apply(who, policy.id, await body(who)), 409).code, 'APPLICATION_EXISTS')
      assert.deepEqual(await written(who), before)
      await acted(cityStaff, first.id, { action: 'reject', note: '材料与本人不符' })
      assert.equal((await applied(who)).status, 'submitted')
    })

    it('two submissions at once: with different keys one is taken and one is APPLICATION_EXISTS; with the same key both answer the one application', async () => {
      const who = await person()
      const b = await body(who)
      const racing = await Promise.all([apply(who, policy.id, b, randomUUID()), apply(who, policy.id, b, randomUUID())])
      assert.deepEqual(racing.map((r) => r.status).sort(), [201, 409])
      assert.equal(errorOf(racing.find((r) => r.status === 409)!, 409).code, 'APPLICATION_EXISTS')
      const other = await person()
      const ob = await body(other)
      const key = randomUUID()
      const same = await Promise.all([apply(other, policy.id, ob, key), apply(other, policy.id, ob, key)])
      assert.deepEqual(same.map((r) => r.status), [201, 201])
      assert.equal(bodyOf(same[0]!, 201, SubsidyApplicationSchema).id, bodyOf(same[1]!, 201, SubsidyApplicationSchema).id)
      assert.deepEqual(await written(other), { apps: 1, events: 1, materials: 2, messages: 1 })
    })

    it('refusals: unknown, draft, offline, expired policy; not eligible — with nothing written', async () => {
      const who = await person()
      const b = await body(who)
      assert.equal(errorOf(await apply(who, UNKNOWN_ID, b), 404).code, 'POLICY_NOT_FOUND')
      const draft = bodyOf(await call(server, 'POST', '/staff/policies', { as: cityStaff, body: policyBody() }), 201, PolicySchema)
      assert.equal(errorOf(await apply(who, draft.id, b), 404).code, 'POLICY_NOT_FOUND')
      const offline = await published({ applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '周一至周五' } })
      assert.equal(errorOf(await apply(who, offline.id, b), 409).code, 'POLICY_NOT_ONLINE')
      const expiring = await published({ effectiveFrom: addDays(today, -30) })
      bodyOf(await call(server, 'PATCH', `/staff/policies/${expiring.id}`, { as: cityStaff, body: { expiresOn: addDays(today, -1) } }), 200, PolicySchema)
      assert.equal(errorOf(await apply(who, expiring.id, b), 409).code, 'POLICY_EXPIRED')

      const notGraduate = await person({ graduate: false })
      const e = errorOf(await apply(notGraduate, policy.id, await body(notGraduate)), 409)
      assert.equal(e.code, 'NOT_ELIGIBLE')
      assert.match(e.message, /暂不符合/)
      assert.deepEqual(await written(who), nothingWritten)
      assert.deepEqual(await written(notGraduate), nothingWritten)
    })

    it('a person the profile cannot decide yet (maybe) may apply', async () => {
      const who = await createAccount(server, 'worker')
      assert.equal((await applied(who)).status, 'submitted')
    })

    it('the form: missing, unknown, wrong kinds, too many photos, a required material left out — each named, in plain Chinese', async () => {
      const who = await person()
      const [a, b, c] = [await uploaded(who), await uploaded(who), await uploaded(who)]
      const e = errorOf(
        await apply(who, policy.id, {
          fields: { graduated_on: '2026-02-30', family_size: '三口人', hardship: '其他', favourite_colour: '蓝' },
          materials: { id_card: [a, b, c], photo_of_cat: [a] },
          declaration: true,
        }),
        400,
      )
      assert.equal(e.code, 'VALIDATION_FAILED')
      assert.deepEqual(e.fields, {
        'fields.favourite_colour': '申请表里没有这一项，请刷新后重新填写',
        'fields.school': '请填写毕业院校',
        'fields.graduated_on': '毕业时间应为日期，例如 2026-06-30',
        'fields.family_size': '家庭人口应填整数，例如 3',
        'fields.hardship': '困难类别请从这些选项中选一个：低保家庭、脱贫家庭',
        'materials.photo_of_cat': '申请表不需要这项材料，请刷新后重新上传',
        'materials.id_card': '身份证正反面最多 2 张照片',
      })
      const none = errorOf(await apply(who, policy.id, await body(who, { materials: {} })), 400)
      assert.deepEqual(none.fields, { 'materials.id_card': '请上传身份证正反面的照片' })
      const twice = errorOf(await apply(who, policy.id, await body(who, { materials: { id_card: [a], diploma: [a] } })), 400)
      assert.deepEqual(twice.fields, { 'materials.diploma': '同一张照片不能用两次，请换一张' })
      const undeclared = errorOf(await apply(who, policy.id, { ...(await body(who)), declaration: false }), 400)
      assert.deepEqual(undeclared.fields, { declaration: '请阅读并勾选承诺' })
      assert.deepEqual(await written(who), nothingWritten)
    })

    it("another person's photo, or one never uploaded: 400 MATERIAL_NOT_FOUND, nothing written", async () => {
      const who = await person()
      const other = await person()
      const theirs = await uploaded(other)
      const e = errorOf(await apply(who, policy.id, await body(who, { materials: { id_card: [await uploaded(who)], diploma: [theirs] } })), 400)
      assert.equal(e.code, 'MATERIAL_NOT_FOUND')
      assert.deepEqual(e.fields, { 'materials.diploma': '毕业证书里有照片没有找到，请重新上传' })
      assert.equal(errorOf(await apply(who, policy.id, await body(who, { materials: { id_card: [UNKNOWN_ID] } })), 400).code, 'MATERIAL_NOT_FOUND')
      assert.deepEqual(await written(who), nothingWritten)
    })

    it('region: a district policy is its district; a city-wide one goes by residence, then household, then the city', async () => {
      const district = await published({ region: '屯留区' })
      assert.equal((await applied(await person({ residence: '潞州区' }), district)).region, '屯留区')
      assert.equal((await applied(await person({ residence: '太原市', household: '上党区' }))).region, '上党区')
      assert.equal((await applied(await person({ residence: null, household: '山西省' }))).region, '长治市')
    })
  })

  describe('the timeline', () => {
    it('submitted → accepted → reviewing → needs_more → resubmitted → accepted → reviewing → approved → paid, a message and an audit entry per step', async () => {
      const who = await person({ residence: '潞州区', realName: '陈晓明' })
      const app = await applied(who)
      const steps: [SubsidyActionBody, string][] = [
        [{ action: 'accept' }, 'accepted'],
        [{ action: 'start_review' }, 'reviewing'],
        [{ action: 'request_more', note: '毕业证书照片看不清，请重新拍一张' }, 'needs_more'],
      ]
      for (const [action, status] of steps) assert.equal((await acted(luzhouStaff, app.id, action)).status, status)

      const asked = bodyOf(await call(server, 'GET', `/me/subsidy-applications/${app.id}`, { as: who }), 200, SubsidyApplicationSchema)
      assert.equal(asked.staffNote, '毕业证书照片看不清，请重新拍一张')
      const [needsMore] = await server.db.query<{ body: string }>(`select body from messages where user_id = $1 and title = '补贴申请需要补充材料'`, [who.id])
      assert.equal(needsMore!.body, '您的补贴申请需要补充材料：毕业证书照片看不清，请重新拍一张。请在申请详情里补充后重新提交。')

      const diploma = await uploaded(who)
      const resubmitted = bodyOf(
        await call(server, 'PUT', `/me/subsidy-applications/${app.id}`, { as: who, body: await body(who, { materials: { id_card: [await uploaded(who)], diploma: [diploma] } }) }),
        200,
        SubsidyApplicationSchema,
      )
      assert.equal(resubmitted.status, 'submitted')
      assert.equal(resubmitted.staffNote, null)
      assert.deepEqual(resubmitted.materials.map((m) => [m.key, m.files.length]), [['id_card', 1], ['diploma', 1]])
      assert.equal(resubmitted.events.at(-1)!.resubmitted, true)

      await acted(luzhouStaff, app.id, { action: 'accept' })
      await acted(luzhouStaff, app.id, { action: 'start_review' })
      await acted(luzhouStaff, app.id, { action: 'approve' })
      const paid = await acted(luzhouStaff, app.id, { action: 'mark_paid', amountFen: 100_000, paidOn: '2026-12-03' })
      assert.deepEqual([paid.status, paid.paidAmountFen, paid.paidOn], ['paid', 100_000, '2026-12-03'])
      assert.deepEqual(paid.applicant, { realName: '陈晓明', phoneMasked: `137****${(await phoneOf(who)).slice(-4)}` })
      assert.deepEqual(
        paid.events.map((e) => [e.status, e.resubmitted]),
        [
          ['submitted', false], ['accepted', false], ['reviewing', false], ['needs_more', false], ['submitted', true],
          ['accepted', false], ['reviewing', false], ['approved', false], ['paid', false],
        ],
      )

      const messages = await server.db.query<{ title: string; body: string; link_id: string }>(
        'select title, body, link_id from messages where user_id = $1 order by created_at, id',
        [who.id],
      )
      assert.equal(messages.length, 9, 'one per step: two submissions and seven staff steps')
      assert.ok(messages.every((m) => m.link_id === app.id))
      const last = messages.find((m) => m.title === '补贴已发放')!
      assert.equal(last.body, `「${policy.title}」已发放 1,000 元（2026年12月3日），请留意银行卡或社保卡到账。`)
      // Staff steps are pushed (where consented): an outbox row each, with the policy, status and note by name.
      const pushes = await server.db.query<{ template_kind: string; payload: Record<string, string> | string }>(
        `select o.template_kind, o.payload from outbox o where o.user_id = $1 order by o.id`,
        [who.id],
      )
      assert.equal(pushes.length, 7)
      const payload = (p: Record<string, string> | string) => (typeof p === 'string' ? (JSON.parse(p) as Record<string, string>) : p)
      assert.ok(pushes.every((p) => p.template_kind === 'subsidy_progress'))
      assert.deepEqual(Object.keys(payload(pushes[6]!.payload)).sort(), ['note', 'policy', 'status'])
      assert.equal(payload(pushes[6]!.payload).status, '已发放')

      const audit = await server.db.query<{ action: string; staff_id: string; reason: string | null }>(
        `select action, staff_id, reason from staff_audit_log where target_kind = 'subsidy_application' and target_id = $1 order by id`,
        [app.id],
      )
      assert.deepEqual(audit.map((a) => a.action), [
        'subsidy_application.accept', 'subsidy_application.start_review', 'subsidy_application.request_more', 'subsidy_application.accept',
        'subsidy_application.start_review', 'subsidy_application.approve', 'subsidy_application.mark_paid',
      ])
      assert.ok(audit.every((a) => a.staff_id === luzhouStaff.id))
      assert.equal(audit[2]!.reason, '毕业证书照片看不清，请重新拍一张')
      // The staff audit log reads these entries, and district staff see their district's.
      const log = bodyOf(await call(server, 'GET', '/staff/audit-log?targetKind=subsidy_application', { as: luzhouStaff }), 200, AuditLogPageSchema)
      assert.ok(log.items.some((e) => e.targetId === app.id))
    })

    it('moves out of order are 409 INVALID_TRANSITION and change nothing; a note is required to ask for more or reject', async () => {
      const who = await person()
      const app = await applied(who)
      const e = errorOf(await act(cityStaff, app.id, { action: 'approve' }), 409)
      assert.equal(e.code, 'INVALID_TRANSITION')
      assert.match(e.message, /已提交/)
      assert.equal(errorOf(await act(cityStaff, app.id, { action: 'mark_paid', amountFen: 100, paidOn: today }), 409).code, 'INVALID_TRANSITION')
      assert.equal(errorOf(await act(cityStaff, app.id, { action: 'reject' } as never), 400).code, 'VALIDATION_FAILED')
      // Only needs_more can be resubmitted.
      assert.equal(errorOf(await call(server, 'PUT', `/me/subsidy-applications/${app.id}`, { as: who, body: await body(who) }), 409).code, 'INVALID_TRANSITION')
      await acted(cityStaff, app.id, { action: 'reject', note: '不是本市户籍' })
      assert.equal(errorOf(await act(cityStaff, app.id, { action: 'accept' }), 409).code, 'INVALID_TRANSITION')
      const audit = await server.db.query(`select 1 from staff_audit_log where target_id = $1`, [app.id])
      assert.equal(audit.length, 1)
      assert.equal((await written(who)).events, 2)
    })

    it('a resubmission is checked whole, like the first submission', async () => {
      const who = await person()
      const app = await applied(who)
      await acted(cityStaff, app.id, { action: 'request_more', note: '请补充毕业证书' })
      const e = errorOf(await call(server, 'PUT', `/me/subsidy-applications/${app.id}`, { as: who, body: await body(who, { fields: { school: '长治学院' } }) }), 400)
      assert.deepEqual(Object.keys(e.fields ?? {}).sort(), ['fields.graduated_on', 'fields.hardship'])
      const mine = bodyOf(await call(server, 'GET', `/me/subsidy-applications/${app.id}`, { as: who }), 200, SubsidyApplicationSchema)
      assert.equal(mine.status, 'needs_more')
    })
  })

  describe('who sees what', () => {
    let who: TestAccount
    let app: SubsidyApplication
    before(async () => {
      who = await person({ residence: '潞州区' })
      app = await applied(who)
    })

    it("another person: 404 on get, resubmit and the photos; their own list doesn't show it", async () => {
      const other = await person()
      assert.equal(errorOf(await call(server, 'GET', `/me/subsidy-applications/${app.id}`, { as: other }), 404).code, 'SUBSIDY_APPLICATION_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'PUT', `/me/subsidy-applications/${app.id}`, { as: other, body: await body(other) }), 404).code, 'SUBSIDY_APPLICATION_NOT_FOUND')
      const fileId = app.materials[0]!.files[0]!.id
      assert.equal(errorOf(await call(server, 'GET', `/subsidy-materials/${fileId}`, { as: other }), 404).code, 'MATERIAL_NOT_FOUND')
      assert.deepEqual(bodyOf(await call(server, 'GET', '/me/subsidy-applications', { as: other }), 200, SubsidyApplicationPageSchema).items, [])
    })

    it("staff of the application's district and city-wide staff see it and its photos; another district's staff do not", async () => {
      const fileId = app.materials[0]!.files[0]!.id
      for (const staff of [luzhouStaff, cityStaff]) {
        const got = bodyOf(await call(server, 'GET', `/staff/subsidy-applications/${app.id}`, { as: staff }), 200, StaffSubsidyApplicationSchema)
        assert.equal(got.applicant.realName, '陈晓明')
        assert.match(got.applicant.phoneMasked, /^137\*{4}\d{4}$/)
        const res = await fetch(server.url(`${API_PREFIX}/subsidy-materials/${fileId}`), { headers: staff.auth })
        assert.equal(res.status, 200)
      }
      assert.equal(errorOf(await call(server, 'GET', `/staff/subsidy-applications/${app.id}`, { as: shangdangStaff }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await act(shangdangStaff, app.id, { action: 'accept' }), 403).code, 'FORBIDDEN')
      assert.equal(errorOf(await call(server, 'GET', `/subsidy-materials/${fileId}`, { as: shangdangStaff }), 404).code, 'MATERIAL_NOT_FOUND')
      const theirs = bodyOf(await call(server, 'GET', '/staff/subsidy-applications?limit=50', { as: shangdangStaff }), 200, StaffSubsidyApplicationPageSchema)
      assert.ok(theirs.items.every((i) => i.region === '上党区'))
      assert.ok(!theirs.items.some((i) => i.id === app.id))
      assert.equal(errorOf(await call(server, 'GET', `/staff/subsidy-applications/${UNKNOWN_ID}`, { as: cityStaff }), 404).code, 'SUBSIDY_APPLICATION_NOT_FOUND')
      assert.equal((await written(who)).events, 1, 'the refused action left no trace')
    })

    it('workers and employers on staff operations: 403; nobody signed in: 401', async () => {
      for (const as of [who, employer]) {
        assert.equal(errorOf(await call(server, 'GET', '/staff/subsidy-applications', { as }), 403).code, 'FORBIDDEN')
        assert.equal(errorOf(await call(server, 'GET', `/staff/subsidy-applications/${app.id}`, { as }), 403).code, 'FORBIDDEN')
        assert.equal(errorOf(await act(as, app.id, { action: 'accept' }), 403).code, 'FORBIDDEN')
      }
      for (const [method, path] of [
        ['GET', '/me/subsidy-applications'],
        ['GET', `/me/subsidy-applications/${app.id}`],
        ['GET', '/staff/subsidy-applications'],
        ['GET', `/subsidy-materials/${app.materials[0]!.files[0]!.id}`],
      ] as const) {
        assert.equal(errorOf(await call(server, method, path), 401).code, 'UNAUTHORIZED', path)
      }
      assert.equal(errorOf(await apply({ token: 'nobody' } as TestAccount, policy.id, await body(who)), 401).code, 'UNAUTHORIZED')
    })
  })

  describe('the staff queue', () => {
    it('filters by status, the longest waiting first, page by page, with the applicant', async () => {
      const district = await published({ region: '武乡县' })
      const wuxiangStaff = await createAccount(server, 'staff', { staffDistrict: '武乡县' })
      const apps: SubsidyApplication[] = []
      for (let i = 0; i < 3; i += 1) apps.push(await applied(await person({ realName: `申请人${i}` }), district))
      await acted(wuxiangStaff, apps[0]!.id, { action: 'accept' })
      const page = async (query: string) => bodyOf(await call(server, 'GET', `/staff/subsidy-applications?${query}`, { as: wuxiangStaff }), 200, StaffSubsidyApplicationPageSchema)
      const first = await page('status=submitted&limit=1')
      assert.deepEqual(first.items.map((i) => i.id), [apps[1]!.id])
      assert.equal(first.items[0]!.applicant.realName, '申请人1')
      const second = await page(`status=submitted&limit=1&cursor=${first.nextCursor}`)
      assert.deepEqual(second.items.map((i) => i.id), [apps[2]!.id])
      assert.equal(second.nextCursor, null)
      // The one just accepted has waited least since its last change: last in the whole queue.
      assert.deepEqual((await page('status=submitted,accepted')).items.map((i) => i.id), [apps[1]!.id, apps[2]!.id, apps[0]!.id])
      assert.equal(errorOf(await call(server, 'GET', '/staff/subsidy-applications?cursor=nonsense', { as: wuxiangStaff }), 400).code, 'INVALID_CURSOR')
      assert.equal(errorOf(await call(server, 'GET', '/staff/subsidy-applications?status=lost', { as: wuxiangStaff }), 400).code, 'VALIDATION_FAILED')
    })
  })

  it('the OpenAPI document lists every subsidy operation with its error codes', async () => {
    const res = await request(server, `${API_PREFIX}/openapi.json`)
    const doc = res.body as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { description: string }> }>> }
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops))
    const ids = new Set(operations.map((o) => o.operationId))
    for (const id of [
      'uploadSubsidyMaterial', 'applyForSubsidy', 'listMySubsidyApplications', 'getMySubsidyApplication', 'resubmitSubsidyApplication',
      'getSubsidyMaterial', 'listStaffSubsidyApplications', 'getStaffSubsidyApplication', 'actOnSubsidyApplication',
    ]) {
      assert.ok(ids.has(id), id)
    }
    const applyOp = doc.paths[`${API_PREFIX}/policies/{id}/applications`]!.post!
    assert.match(applyOp.responses['409']!.description, /NOT_ELIGIBLE/)
    assert.match(applyOp.responses['400']!.description, /MATERIAL_NOT_FOUND/)
  })

  async function phoneOf(who: TestAccount): Promise<string> {
    const [row] = await server.db.query<{ phone: string }>('select phone from users where id = $1', [who.id])
    return row!.phone
  }
})
