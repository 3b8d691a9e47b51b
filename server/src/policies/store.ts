import type {
  ApplicationForm,
  ApplyMethod,
  CreatePolicyBody,
  EligibilityCondition,
  ListPoliciesQuery,
  ListStaffPoliciesQuery,
  Policy,
  PolicyAmount,
  PolicyBlock,
  PolicyCategory,
  PolicyPage,
  PolicyStatus,
  PolicySummary,
  UpdatePolicyBody,
} from '../../../src/shared/contracts/index'
import { REGIONS, describeCondition } from '../../../src/shared/eligibility/index'
import { inScope, type StaffScope } from '../auth/roles'
import type { Db } from '../db/types'
import { afterKeyset, pageSlice } from '../http/cursor'
import { HttpError, conflict, forbidden, notFound } from '../http/errors'
import { recordStaffAction } from '../staff/audit'
import { enqueuePolicyRun } from './runs'

/** The demo city: a policy of this region applies in every district. */
export const CITY_REGION = '长治市'

/** The audit log's target kind for policies (migration 0015 allows it in the table). */
const POLICY_TARGET = 'policy'

interface PolicyRow {
  id: string
  title: string
  issuer: string
  doc_number: string | null
  region: string
  category: PolicyCategory
  audience: string
  amount: PolicyAmount
  materials: string[]
  apply_method: ApplyMethod
  effective_from: string
  expires_on: string | null
  full_text: PolicyBlock[]
  conditions: EligibilityCondition
  status: PolicyStatus
  published_at: string | null
  withdrawn_reason: string | null
  updated_at: string
  version: number
  application_form: ApplicationForm | null
}

const COLUMNS = `p.id, p.title, p.issuer, p.doc_number, p.region, p.category, p.audience, p.amount, p.materials, p.apply_method,
  p.effective_from, p.expires_on, p.full_text, p.conditions, p.status, p.published_at, p.withdrawn_reason, p.updated_at, p.version,
  p.application_form`

/** Who a policy is for in plain words: from its conditions, or as staff wrote it when they cannot be put into words. */
function audienceText(row: PolicyRow): string {
  let described = ''
  try {
    described = describeCondition(row.conditions).trim()
  } catch {
    described = ''
  }
  return described || row.audience
}

export const isExpired = (expiresOn: string | null, today: string) => expiresOn !== null && expiresOn < today

function toSummary(row: PolicyRow, today: string): PolicySummary {
  const expired = isExpired(row.expires_on, today)
  return {
    id: row.id,
    title: row.title,
    issuer: row.issuer,
    docNumber: row.doc_number,
    region: row.region,
    category: row.category,
    audienceText: audienceText(row),
    amount: row.amount,
    applyKind: row.apply_method.kind,
    effectiveFrom: row.effective_from,
    expiresOn: row.expires_on,
    status: row.status,
    open: row.status === 'published' && !expired,
    expired,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  }
}

function toPolicy(row: PolicyRow, today: string): Policy {
  return {
    ...toSummary(row, today),
    audience: row.audience,
    materials: row.materials,
    applyMethod: row.apply_method,
    fullText: row.full_text,
    conditions: row.conditions,
    version: row.version,
    withdrawnReason: row.withdrawn_reason,
    applicationForm: row.apply_method.kind === 'online' ? row.application_form : null,
  }
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/** The keyword's words, each of which must appear in the title, issuer or audience. */
function keywordCondition(q: string | undefined, params: unknown[]): string {
  const words = (q ?? '').split(/\s+/).filter(Boolean)
  if (words.length === 0) return 'true'
  const patterns = words.map((w) => `%${escapeLike(w.toLowerCase())}%`)
  return `lower(p.title || ' ' || p.issuer || ' ' || p.audience) like all ($${params.push(patterns)}::text[])`
}

type PublicQuery = Omit<ListPoliciesQuery, 'limit' | 'category'> & { limit: number; category?: PolicyCategory[] }

/** The public list: published policies, open ones only unless `include=expired`, newest published first. */
export async function listPolicies(db: Db, query: PublicQuery, today: string): Promise<PolicyPage> {
  const params: unknown[] = []
  const where = [`p.status = 'published'`]
  if (query.include !== 'expired') where.push(`(p.expires_on is null or p.expires_on >= $${params.push(today)}::date)`)
  if (query.category) where.push(`p.category = any($${params.push(query.category)}::text[])`)
  if (query.region) {
    // A district's people get its own policies and the city-wide ones.
    where.push(`p.region = any($${params.push([...new Set([query.region, CITY_REGION])])}::text[])`)
  }
  where.push(keywordCondition(query.q, params))
  where.push(afterKeyset(query.cursor, ['p.published_at', 'p.id'], 'desc', params))
  const rows = await db.query<PolicyRow>(
    `select ${COLUMNS} from policies p where ${where.join(' and ')}
     order by p.published_at desc, p.id desc limit $${params.push(query.limit + 1)}`,
    params,
  )
  const page = pageSlice(rows, query.limit, (r) => ({ at: r.published_at!, id: r.id }))
  return { items: page.rows.map((r) => toSummary(r, today)), nextCursor: page.nextCursor }
}

type StaffQuery = Omit<ListStaffPoliciesQuery, 'limit' | 'category'> & { limit: number; category?: PolicyCategory[] }

/** Staff see every status: district staff their district's and the city-wide ones, city-wide staff all. */
export async function listStaffPolicies(db: Db, scope: StaffScope, query: StaffQuery, today: string): Promise<PolicyPage> {
  const params: unknown[] = []
  const where: string[] = []
  if (scope.district !== null) where.push(`p.region = any($${params.push([scope.district, CITY_REGION])}::text[])`)
  if (query.status) where.push(`p.status = $${params.push(query.status)}`)
  if (query.category) where.push(`p.category = any($${params.push(query.category)}::text[])`)
  where.push(keywordCondition(query.q, params))
  where.push(afterKeyset(query.cursor, ['p.updated_at', 'p.id'], 'desc', params))
  const rows = await db.query<PolicyRow>(
    `select ${COLUMNS} from policies p where ${where.join(' and ')}
     order by p.updated_at desc, p.id desc limit $${params.push(query.limit + 1)}`,
    params,
  )
  const page = pageSlice(rows, query.limit, (r) => ({ at: r.updated_at, id: r.id }))
  return { items: page.rows.map((r) => toSummary(r, today)), nextCursor: page.nextCursor }
}

const policyNotFound = () => notFound('POLICY_NOT_FOUND', '没有找到这条政策，可能已经撤回')

/**
 * One policy. The public sees published ones (expired ones too, marked); staff also see drafts and
 * withdrawn ones in their scope (their district's and the city-wide ones).
 */
export async function getPolicy(db: Db, id: string, scope: StaffScope | null, today: string): Promise<Policy> {
  const [row] = await db.query<PolicyRow>(`select ${COLUMNS} from policies p where p.id = $1`, [id])
  if (!row) throw policyNotFound()
  if (row.status !== 'published') {
    const staffMaySee = scope !== null && (inScope(scope, row.region) || row.region === CITY_REGION)
    if (!staffMaySee) throw policyNotFound()
  }
  return toPolicy(row, today)
}

/** District staff write only their district's policies; city-wide staff any region's, which is the city or one of its districts and counties. */
function requireRegionInScope(scope: StaffScope, region: string) {
  if (region !== CITY_REGION && REGIONS[region] !== CITY_REGION) {
    throw new HttpError(400, 'VALIDATION_FAILED', `适用地区应为${CITY_REGION}或其下辖的区县`, { region: `适用地区应为${CITY_REGION}或其下辖的区县` })
  }
  if (!inScope(scope, region)) throw forbidden('区级工作人员只能管理本区的政策，全市政策请交给市局')
}

const datesOutOfOrder = () =>
  new HttpError(400, 'VALIDATION_FAILED', '截止日期不能早于生效日期', { expiresOn: '截止日期不能早于生效日期' })

/** A new policy, saved as a draft. */
export async function createPolicy(tx: Db, scope: StaffScope, body: CreatePolicyBody, today: string): Promise<Policy> {
  requireRegionInScope(scope, body.region)
  const form = applicationFormFor(body.applyMethod, body.applicationForm ?? null)
  const [row] = await tx.query<PolicyRow>(
    `insert into policies as p (title, issuer, doc_number, region, category, audience, amount, materials, apply_method,
       effective_from, expires_on, full_text, conditions, created_by, application_form)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::text[], $9::jsonb, $10::date, $11::date, $12::jsonb, $13::jsonb, $14, $15::jsonb)
     returning ${COLUMNS}`,
    [
      body.title, body.issuer, body.docNumber ?? null, body.region, body.category, body.audience, JSON.stringify(body.amount),
      body.materials, JSON.stringify(body.applyMethod), body.effectiveFrom, body.expiresOn ?? null, JSON.stringify(body.fullText),
      JSON.stringify(body.conditions), scope.staffId, form === null ? null : JSON.stringify(form),
    ],
  )
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: 'policy.create',
    targetKind: POLICY_TARGET,
    targetId: row!.id,
    after: { title: row!.title, region: row!.region, category: row!.category, status: row!.status },
  })
  return toPolicy(row!, today)
}

/** An online policy needs its application form; an offline one keeps none. */
function applicationFormFor(applyMethod: ApplyMethod, form: ApplicationForm | null): ApplicationForm | null {
  if (applyMethod.kind === 'offline') return null
  if (form === null) {
    throw new HttpError(400, 'VALIDATION_FAILED', '网上申请的政策请设置申请表（要填写的内容和要上传的材料）', {
      applicationForm: '网上申请的政策请设置申请表（要填写的内容和要上传的材料）',
    })
  }
  return form
}

async function lockedPolicy(tx: Db, scope: StaffScope, id: string): Promise<PolicyRow> {
  const [row] = await tx.query<PolicyRow>(`select ${COLUMNS} from policies p where p.id = $1 for update`, [id])
  if (!row) throw policyNotFound()
  requireRegionInScope(scope, row.region)
  return row
}

/** Body field → column, with how its value is written. */
const FIELDS = {
  title: { column: 'title', cast: '', json: false },
  issuer: { column: 'issuer', cast: '', json: false },
  docNumber: { column: 'doc_number', cast: '', json: false },
  region: { column: 'region', cast: '', json: false },
  category: { column: 'category', cast: '', json: false },
  audience: { column: 'audience', cast: '', json: false },
  amount: { column: 'amount', cast: '::jsonb', json: true },
  materials: { column: 'materials', cast: '::text[]', json: false },
  applyMethod: { column: 'apply_method', cast: '::jsonb', json: true },
  effectiveFrom: { column: 'effective_from', cast: '::date', json: false },
  expiresOn: { column: 'expires_on', cast: '::date', json: false },
  fullText: { column: 'full_text', cast: '::jsonb', json: true },
  conditions: { column: 'conditions', cast: '::jsonb', json: true },
  applicationForm: { column: 'application_form', cast: '::jsonb', json: true },
} as const satisfies Record<keyof UpdatePolicyBody, unknown>

const ROW_KEY: Record<keyof typeof FIELDS, keyof PolicyRow> = {
  title: 'title', issuer: 'issuer', docNumber: 'doc_number', region: 'region', category: 'category', audience: 'audience',
  amount: 'amount', materials: 'materials', applyMethod: 'apply_method', effectiveFrom: 'effective_from',
  expiresOn: 'expires_on', fullText: 'full_text', conditions: 'conditions', applicationForm: 'application_form',
}

/**
 * Changes the fields sent. A withdrawn policy stays as it was withdrawn; a published one gets a new
 * version (what push will compare with what a person was sent). Moving a policy to another region
 * needs that region in scope too.
 */
export async function updatePolicy(tx: Db, scope: StaffScope, id: string, body: UpdatePolicyBody, today: string): Promise<Policy> {
  const row = await lockedPolicy(tx, scope, id)
  if (row.status === 'withdrawn') throw conflict('POLICY_WITHDRAWN', '这条政策已经撤回，不能再修改；请新建一条')
  if (body.region !== undefined) requireRegionInScope(scope, body.region)
  const effectiveFrom = body.effectiveFrom ?? row.effective_from
  const expiresOn = body.expiresOn === undefined ? row.expires_on : body.expiresOn
  if (expiresOn !== null && expiresOn < effectiveFrom) throw datesOutOfOrder()
  if (body.applyMethod !== undefined || body.applicationForm !== undefined) {
    const form = applicationFormFor(body.applyMethod ?? row.apply_method, body.applicationForm === undefined ? row.application_form : body.applicationForm)
    body = { ...body, applicationForm: form }
  }

  const params: unknown[] = [id]
  const sets: string[] = []
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (!(key in body) || body[key] === undefined) continue
    const field = FIELDS[key]
    const value = key === 'docNumber' || key === 'expiresOn' ? (body[key] ?? null) : body[key]
    const old = row[ROW_KEY[key]]
    if (JSON.stringify(old) === JSON.stringify(value)) continue
    sets.push(`${field.column} = $${params.push(field.json ? JSON.stringify(value) : value)}${field.cast}`)
    before[key] = old
    after[key] = value
  }
  if (sets.length === 0) return toPolicy(row, today)
  if (row.status === 'published') {
    sets.push('version = version + 1')
    before.version = row.version
    after.version = row.version + 1
  }
  const [updated] = await tx.query<PolicyRow>(
    `update policies p set ${sets.join(', ')}, updated_at = now() where p.id = $1 returning ${COLUMNS}`,
    params,
  )
  await recordStaffAction(tx, { staffId: scope.staffId, action: 'policy.update', targetKind: POLICY_TARGET, targetId: id, before, after })
  // Whoever the changed policy now fits hears of it (those told of it before are not told again).
  if (updated!.status === 'published') await enqueuePolicyRun(tx, id, updated!.version)
  return toPolicy(updated!, today)
}

/** Publishes a draft; one already past its expiry date would be published expired, so it is refused. */
export async function publishPolicy(tx: Db, scope: StaffScope, id: string, today: string): Promise<Policy> {
  const row = await lockedPolicy(tx, scope, id)
  if (row.status !== 'draft') {
    throw conflict('POLICY_NOT_DRAFT', row.status === 'published' ? '这条政策已经发布了' : '这条政策已经撤回，不能再发布；请新建一条')
  }
  if (isExpired(row.expires_on, today)) throw conflict('POLICY_EXPIRED', '这条政策已过截止日期，请先修改截止日期再发布')
  const [updated] = await tx.query<PolicyRow>(
    `update policies p set status = 'published', published_at = now(), updated_at = now() where p.id = $1 returning ${COLUMNS}`,
    [id],
  )
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: 'policy.publish',
    targetKind: POLICY_TARGET,
    targetId: id,
    before: { status: row.status },
    after: { status: 'published', version: updated!.version },
  })
  await enqueuePolicyRun(tx, id, updated!.version)
  return toPolicy(updated!, today)
}

/** Takes a published policy back: no longer shown to the public; the reason is kept. */
export async function withdrawPolicy(tx: Db, scope: StaffScope, id: string, reason: string, today: string): Promise<Policy> {
  const row = await lockedPolicy(tx, scope, id)
  if (row.status !== 'published') {
    throw conflict('POLICY_NOT_PUBLISHED', row.status === 'draft' ? '这条政策还是草稿，没有发布，不用撤回' : '这条政策已经撤回了')
  }
  const [updated] = await tx.query<PolicyRow>(
    `update policies p set status = 'withdrawn', withdrawn_reason = $2, updated_at = now() where p.id = $1 returning ${COLUMNS}`,
    [id, reason],
  )
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: 'policy.withdraw',
    targetKind: POLICY_TARGET,
    targetId: id,
    reason,
    before: { status: row.status },
    after: { status: 'withdrawn' },
  })
  return toPolicy(updated!, today)
}
