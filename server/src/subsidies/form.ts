import { isCalendarDate, type ApplicationForm, type SubsidyApplicationBody } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'
import { HttpError } from '../http/errors'

/** A filled-in value with the label it was asked under, as stored and shown. */
export interface FilledField {
  key: string
  label: string
  value: string
}

/** One material's photos (ids of the person's own uploads), in the order given. */
export interface GivenMaterial {
  key: string
  label: string
  fileIds: string[]
}

export interface CheckedApplication {
  fields: FilledField[]
  materials: GivenMaterial[]
}

/** Whole numbers only (人数, 月数 …), written as digits. */
const WHOLE_NUMBER = /^\d{1,9}$/

function fieldProblem(field: ApplicationForm['fields'][number], value: string): string | null {
  switch (field.kind) {
    case 'text':
      return null
    case 'number':
      return WHOLE_NUMBER.test(value) ? null : `${field.label}应填整数，例如 3`
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value) ? null : `${field.label}应为日期，例如 2026-06-30`
    case 'choice':
      return field.options?.includes(value) ? null : `${field.label}请从这些选项中选一个：${(field.options ?? []).join('、')}`
  }
}

/**
 * The body against the policy's form: every required field filled and of its kind, every required
 * material with at least one photo and no more than it takes, nothing the form does not ask for.
 * A 400 names each wrong part as `fields.<key>` or `materials.<key>`.
 */
export function checkAgainstForm(form: ApplicationForm, body: Pick<SubsidyApplicationBody, 'fields' | 'materials'>): CheckedApplication {
  const problems: Record<string, string> = {}
  const known = new Set(form.fields.map((f) => f.key))
  for (const key of Object.keys(body.fields)) if (!known.has(key)) problems[`fields.${key}`] = '申请表里没有这一项，请刷新后重新填写'
  const fields: FilledField[] = []
  for (const field of form.fields) {
    const value = (body.fields[field.key] ?? '').trim()
    if (value === '') {
      if (field.required) problems[`fields.${field.key}`] = field.kind === 'choice' || field.kind === 'date' ? `请选择${field.label}` : `请填写${field.label}`
      continue
    }
    const problem = fieldProblem(field, value)
    if (problem) problems[`fields.${field.key}`] = problem
    else fields.push({ key: field.key, label: field.label, value })
  }

  const knownMaterials = new Set(form.materials.map((m) => m.key))
  for (const key of Object.keys(body.materials)) if (!knownMaterials.has(key)) problems[`materials.${key}`] = '申请表不需要这项材料，请刷新后重新上传'
  const materials: GivenMaterial[] = []
  const seen = new Set<string>()
  for (const material of form.materials) {
    const fileIds = body.materials[material.key] ?? []
    const at = `materials.${material.key}`
    if (fileIds.length === 0) {
      if (material.required) problems[at] = `请上传${material.label}的照片`
      continue
    }
    if (fileIds.length > material.maxFiles) problems[at] = `${material.label}最多 ${material.maxFiles} 张照片`
    else if (fileIds.some((id) => seen.has(id)) || new Set(fileIds).size < fileIds.length) problems[at] = '同一张照片不能用两次，请换一张'
    else materials.push({ key: material.key, label: material.label, fileIds })
    for (const id of fileIds) seen.add(id)
  }
  const first = Object.values(problems)[0]
  if (first !== undefined) throw new HttpError(400, 'VALIDATION_FAILED', first, problems)
  return { fields, materials }
}

/** Every photo must be one the person uploaded as a material: someone else's id, or one never uploaded, is refused. */
export async function requireOwnMaterials(db: Db, personId: string, materials: GivenMaterial[]): Promise<void> {
  const ids = materials.flatMap((m) => m.fileIds)
  if (ids.length === 0) return
  const rows = await db.query<{ id: string }>(
    `select id from stored_files where id = any($1::uuid[]) and owner_id = $2 and purpose = 'subsidy_material'`,
    [ids, personId],
  )
  const own = new Set(rows.map((r) => r.id))
  const problems: Record<string, string> = {}
  for (const m of materials) if (m.fileIds.some((id) => !own.has(id))) problems[`materials.${m.key}`] = `${m.label}里有照片没有找到，请重新上传`
  const first = Object.values(problems)[0]
  if (first !== undefined) throw new HttpError(400, 'MATERIAL_NOT_FOUND', first, problems)
}
