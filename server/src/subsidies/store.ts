import {
  CLOSED_SUBSIDY_STATUSES,
  type PolicyCategory,
  type StaffSubsidyApplication,
  type SubsidyApplication,
  type SubsidyApplicationSummary,
  type SubsidyEvent,
  type SubsidyStatus,
  type UploadedMaterial,
} from '../../../src/shared/contracts/index'
import { maskPhone } from '../auth/phone'
import { inScopeSql, type StaffScope } from '../auth/roles'
import type { Db } from '../db/types'
import { afterKeyset, pageSlice } from '../http/cursor'
import { notFound } from '../http/errors'
import type { FilledField, GivenMaterial } from './form'

/** Someone else's application answers as if it did not exist: its existence is not theirs to learn. */
export const applicationNotFound = () => notFound('SUBSIDY_APPLICATION_NOT_FOUND', '没有找到这份补贴申请')

export interface ApplicationRow {
  id: string
  policy_id: string
  policy_title: string
  policy_category: PolicyCategory
  person_id: string
  status: SubsidyStatus
  region: string
  fields: FilledField[] | string
  staff_note: string | null
  paid_amount_fen: number | null
  paid_on: string | null
  submitted_at: string
  updated_at: string
  real_name: string | null
  phone: string | null
}

const COLUMNS = `a.id, a.policy_id, p.title as policy_title, p.category as policy_category, a.person_id, a.status, a.region,
  a.fields, a.staff_note, a.paid_amount_fen, a.paid_on, a.submitted_at, a.updated_at, pr.real_name, u.phone`
const FROM = `subsidy_applications a join policies p on p.id = a.policy_id join users u on u.id = a.person_id
  left join profiles pr on pr.user_id = a.person_id`

/** jsonb comes back parsed from both engines; a string is parsed all the same. */
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value)

export async function applicationRow(db: Db, id: string, lock = false): Promise<ApplicationRow | null> {
  const [row] = await db.query<ApplicationRow>(`select ${COLUMNS} from ${FROM} where a.id = $1 ${lock ? 'for update of a' : ''}`, [id])
  return row ?? null
}

function toSummary(row: ApplicationRow): SubsidyApplicationSummary {
  return {
    id: row.id,
    policy: { id: row.policy_id, title: row.policy_title, category: row.policy_category },
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    paidAmountFen: row.paid_amount_fen,
    paidOn: row.paid_on,
  }
}

async function materialsOf(db: Db, ids: string[]) {
  const rows = await db.query<{
    application_id: string
    material_key: string
    material_label: string
    id: string
    mime_type: string
    size_bytes: number
    created_at: string
  }>(
    `select m.application_id, m.material_key, m.material_label, f.id, f.mime_type, f.size_bytes, f.created_at
       from subsidy_application_materials m join stored_files f on f.id = m.file_id
      where m.application_id = any($1::uuid[])
      order by m.application_id, m.material_order, m.position`,
    [ids],
  )
  const out = new Map<string, Map<string, { key: string; label: string; files: UploadedMaterial[] }>>()
  for (const r of rows) {
    const byKey = out.get(r.application_id) ?? new Map()
    out.set(r.application_id, byKey)
    const material = byKey.get(r.material_key) ?? { key: r.material_key, label: r.material_label, files: [] }
    byKey.set(r.material_key, material)
    material.files.push({ id: r.id, mimeType: r.mime_type, sizeBytes: r.size_bytes, uploadedAt: r.created_at })
  }
  return out
}

async function eventsOf(db: Db, ids: string[]): Promise<Map<string, SubsidyEvent[]>> {
  const rows = await db.query<{ application_id: string; status: SubsidyStatus; resubmitted: boolean; note: string | null; at: string }>(
    `select application_id, status, resubmitted, note, at from subsidy_application_events
      where application_id = any($1::uuid[]) order by application_id, id`,
    [ids],
  )
  const out = new Map<string, SubsidyEvent[]>()
  for (const r of rows) {
    const list = out.get(r.application_id) ?? []
    out.set(r.application_id, list)
    list.push({ status: r.status, resubmitted: r.resubmitted, at: r.at, note: r.note })
  }
  return out
}

/** Whole applications, as the person sees them, in the rows' order; materials in the order the form asks for them. */
async function toApplications(db: Db, rows: ApplicationRow[]): Promise<SubsidyApplication[]> {
  const ids = rows.map((r) => r.id)
  const [materials, events] = await Promise.all([materialsOf(db, ids), eventsOf(db, ids)])
  return rows.map((row) => ({
    ...toSummary(row),
    fields: parsed(row.fields),
    materials: [...(materials.get(row.id)?.values() ?? [])],
    events: events.get(row.id) ?? [],
    staffNote: row.staff_note,
    region: row.region,
  }))
}

const withApplicant = (app: SubsidyApplication, row: ApplicationRow): StaffSubsidyApplication => ({
  ...app,
  applicant: { realName: row.real_name, phoneMasked: row.phone ? maskPhone(row.phone) : '未绑定手机号' },
})

export async function toApplication(db: Db, row: ApplicationRow): Promise<SubsidyApplication> {
  return (await toApplications(db, [row]))[0]!
}

export async function toStaffApplication(db: Db, row: ApplicationRow): Promise<StaffSubsidyApplication> {
  return withApplicant(await toApplication(db, row), row)
}

/** The person's own application, or 404 (someone else's included). */
export async function myApplicationRow(db: Db, personId: string, id: string, lock = false): Promise<ApplicationRow> {
  const row = await applicationRow(db, id, lock)
  if (!row || row.person_id !== personId) throw applicationNotFound()
  return row
}

/** The person's applications, the most recently changed first. */
export async function listMine(db: Db, personId: string, query: { cursor?: string; limit: number }) {
  const params: unknown[] = [personId]
  const after = afterKeyset(query.cursor, ['a.updated_at', 'a.id'], 'desc', params)
  const rows = await db.query<ApplicationRow>(
    `select ${COLUMNS} from ${FROM} where a.person_id = $1 and ${after}
      order by a.updated_at desc, a.id desc limit $${params.push(query.limit + 1)}`,
    params,
  )
  const page = pageSlice(rows, query.limit, (r) => ({ at: r.updated_at, id: r.id }))
  return { items: page.rows.map(toSummary), nextCursor: page.nextCursor }
}

/** The staff queue of the caller's region (city-wide staff: all), the longest waiting first. */
export async function listForStaff(db: Db, scope: StaffScope, query: { status?: SubsidyStatus[]; cursor?: string; limit: number }) {
  const params: unknown[] = [scope.district]
  const where = [inScopeSql('a.region')]
  if (query.status) where.push(`a.status = any($${params.push(query.status)}::text[])`)
  where.push(afterKeyset(query.cursor, ['a.updated_at', 'a.id'], 'asc', params))
  const rows = await db.query<ApplicationRow>(
    `select ${COLUMNS} from ${FROM} where ${where.join(' and ')}
      order by a.updated_at, a.id limit $${params.push(query.limit + 1)}`,
    params,
  )
  const page = pageSlice(rows, query.limit, (r) => ({ at: r.updated_at, id: r.id }))
  const apps = await toApplications(db, page.rows)
  return { items: apps.map((app, i) => withApplicant(app, page.rows[i]!)), nextCursor: page.nextCursor }
}

export const isOpen = (status: SubsidyStatus) => !CLOSED_SUBSIDY_STATUSES.includes(status)

/** Replaces the application's photos with `materials`, in the form's order (a resubmission sends the whole set again). */
export async function writeMaterials(tx: Db, applicationId: string, materials: GivenMaterial[]): Promise<void> {
  await tx.query('delete from subsidy_application_materials where application_id = $1', [applicationId])
  const rows = materials.flatMap((m, order) => m.fileIds.map((fileId, position) => ({ m, order, position, fileId })))
  if (rows.length === 0) return
  await tx.query(
    `insert into subsidy_application_materials (application_id, material_key, material_label, material_order, position, file_id)
     select $1, k, l, o, p, f from unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::uuid[]) as t(k, l, o, p, f)`,
    [
      applicationId,
      rows.map((r) => r.m.key),
      rows.map((r) => r.m.label),
      rows.map((r) => r.order),
      rows.map((r) => r.position),
      rows.map((r) => r.fileId),
    ],
  )
}

/** One step of the timeline; its id names the notice sent for it. */
export async function recordEvent(
  tx: Db,
  e: { applicationId: string; status: SubsidyStatus; resubmitted?: boolean; note?: string | null; staffId?: string | null },
): Promise<string> {
  const [row] = await tx.query<{ id: number }>(
    `insert into subsidy_application_events (application_id, status, resubmitted, note, staff_id) values ($1, $2, $3, $4, $5) returning id`,
    [e.applicationId, e.status, e.resubmitted ?? false, e.note ?? null, e.staffId ?? null],
  )
  return String(row!.id)
}
