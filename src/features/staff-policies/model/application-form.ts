import type { ApplicationField, ApplicationForm, ApplicationMaterial } from '@/shared/contracts/policies'

/**
 * The online application form's editor. Keys are given once, when an item is added (f1, f2 … for
 * fields, m1, m2 … for materials), and never change with moves or removals: applications already
 * made keep their answers under them (with the label they were given, so a key given again later
 * does not change what an old answer says).
 */
export interface FieldDraft {
  key: string
  label: string
  kind: ApplicationField['kind']
  required: boolean
  hint: string
  /** One option a line (choice only). */
  optionsText: string
}

export interface MaterialDraft {
  key: string
  label: string
  required: boolean
  maxFiles: number
}

export interface FormDraft {
  fields: FieldDraft[]
  materials: MaterialDraft[]
}

export const FIELD_KIND_LABELS: Record<ApplicationField['kind'], string> = { text: '文字', number: '数字', date: '日期', choice: '选项' }

export const emptyFormDraft = (): FormDraft => ({ fields: [], materials: [] })

/** One past the largest `prefix`N in the form: moving or removing an item never changes another's key. */
function freeKey(form: FormDraft, prefix: 'f' | 'm'): string {
  const numbers = [...form.fields, ...form.materials].map((item) => (item.key.startsWith(prefix) ? Number(item.key.slice(1)) : 0))
  return `${prefix}${Math.max(0, ...numbers.filter(Number.isInteger)) + 1}`
}

export function addField(form: FormDraft): FormDraft {
  return { ...form, fields: [...form.fields, { key: freeKey(form, 'f'), label: '', kind: 'text', required: true, hint: '', optionsText: '' }] }
}

export function addMaterial(form: FormDraft): FormDraft {
  return { ...form, materials: [...form.materials, { key: freeKey(form, 'm'), label: '', required: true, maxFiles: 1 }] }
}

type Part = 'fields' | 'materials'
type ItemOf<P extends Part> = FormDraft[P][number]

export function updateItem<P extends Part>(form: FormDraft, part: P, key: string, patch: Partial<Omit<ItemOf<P>, 'key'>>): FormDraft {
  return { ...form, [part]: (form[part] as ItemOf<P>[]).map((item) => (item.key === key ? { ...item, ...patch } : item)) }
}

export function removeItem(form: FormDraft, part: Part, key: string): FormDraft {
  return { ...form, [part]: (form[part] as { key: string }[]).filter((item) => item.key !== key) }
}

export function moveItem(form: FormDraft, part: Part, key: string, step: -1 | 1): FormDraft {
  const items = [...(form[part] as { key: string }[])]
  const from = items.findIndex((item) => item.key === key)
  const to = from + step
  if (from < 0 || to < 0 || to >= items.length) return form
  ;[items[from], items[to]] = [items[to]!, items[from]!]
  return { ...form, [part]: items }
}

const optionLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean)

/** The form as the contract takes it: a hint left empty is no hint, options only for a choice. */
export function formToBody(form: FormDraft): ApplicationForm {
  return {
    fields: form.fields.map((field) => ({
      key: field.key,
      label: field.label,
      kind: field.kind,
      required: field.required,
      ...(field.hint.trim() ? { hint: field.hint } : {}),
      ...(field.kind === 'choice' ? { options: optionLines(field.optionsText) } : {}),
    })),
    materials: form.materials.map((material: ApplicationMaterial) => ({ ...material })),
  }
}

export function formFromBody(form: ApplicationForm | null): FormDraft {
  if (!form) return emptyFormDraft()
  return {
    fields: form.fields.map((field) => ({
      key: field.key,
      label: field.label,
      kind: field.kind,
      required: field.required,
      hint: field.hint ?? '',
      optionsText: (field.options ?? []).join('\n'),
    })),
    materials: form.materials.map((material) => ({ ...material })),
  }
}
