import { ApiError, errorMessage, isRetryable } from '@/shared/api/errors'
import { IdSchema, IdempotencyKeySchema } from '@/shared/contracts/common'
import type { ApplicationField, ApplicationForm, ApplicationMaterial } from '@/shared/contracts/policies'
import { FIELD_VALUE_MAX, SubsidyApplicationBodySchema, type SubsidyApplication, type SubsidyApplicationBody } from '@/shared/contracts/subsidies'

/**
 * The online application form of a policy, built from what staff set up (`policy.applicationForm`):
 * fields by kind, materials as photos, the declaration. Checked here before sending, in the same
 * words the server would use; the server's own refusals are mapped back onto the same fields.
 */

/** How one field is drawn. */
export interface FieldView {
  key: string
  kind: ApplicationField['kind']
  /** The label, with 「（选填）」 when it may stay empty. */
  label: string
  required: boolean
  hint: string | null
  placeholder: string
  /** For `choice`: the options, as chips. */
  options: readonly string[]
  /** `number` brings up the digit keyboard. */
  keyboard: 'text' | 'number'
}

const PLACEHOLDERS: Record<ApplicationField['kind'], (label: string) => string> = {
  text: (label) => `请填写${label}`,
  number: () => '只填数字，如 3',
  date: () => '请选择日期',
  choice: () => '',
}

export function fieldViews(form: ApplicationForm): FieldView[] {
  return form.fields.map((field) => ({
    key: field.key,
    kind: field.kind,
    label: field.required ? field.label : `${field.label}（选填）`,
    required: field.required,
    hint: field.hint ?? null,
    placeholder: PLACEHOLDERS[field.kind](field.label),
    options: field.options ?? [],
    keyboard: field.kind === 'number' ? 'number' : 'text',
  }))
}

/** One photo of a material, uploaded: its id, and where the phone still has it (null after a restart or when prefilled). */
export interface PhotoRef {
  id: string
  localPath: string | null
}

/** Everything typed and uploaded so far, kept on the phone while the person fills the form in. */
export interface ApplyDraft {
  values: Record<string, string>
  photos: Record<string, PhotoRef[]>
  declared: boolean
  /**
   * The Idempotency-Key of a submission that may have reached the server (the answer never came):
   * the retry sends the same one, so it is done once. Null until the first tap on 提交.
   */
  submitKey: string | null
}

export function emptyDraft(): ApplyDraft {
  return { values: {}, photos: {}, declared: false, submitKey: null }
}

export const isDraftEmpty = (draft: ApplyDraft) =>
  !draft.declared && draft.submitKey === null && Object.values(draft.values).every((v) => !v.trim()) && Object.values(draft.photos).every((p) => p.length === 0)

/**
 * A stored draft, as far as it still fits the form (storage may hold anything: a form staff have
 * changed since, an old version, nothing). Values of fields no longer asked are dropped.
 */
export function parseDraft(stored: unknown, form: ApplicationForm): ApplyDraft {
  const draft = emptyDraft()
  if (typeof stored !== 'object' || stored === null) return draft
  const { values, photos, declared, submitKey } = stored as Record<string, unknown>
  if (typeof values === 'object' && values !== null) {
    for (const field of form.fields) {
      const value = (values as Record<string, unknown>)[field.key]
      if (typeof value === 'string') draft.values[field.key] = value
    }
  }
  if (typeof photos === 'object' && photos !== null) {
    for (const material of form.materials) {
      const list = (photos as Record<string, unknown>)[material.key]
      if (!Array.isArray(list)) continue
      draft.photos[material.key] = list
        .filter((photo): photo is { id: string; localPath?: unknown } => typeof photo === 'object' && photo !== null && IdSchema.safeParse((photo as { id?: unknown }).id).success)
        .map((photo) => ({ id: photo.id, localPath: typeof photo.localPath === 'string' ? photo.localPath : null }))
        .slice(0, material.maxFiles)
    }
  }
  draft.declared = declared === true
  const key = IdempotencyKeySchema.safeParse(submitKey)
  if (key.success) draft.submitKey = key.data
  return draft
}

/** Resubmitting after 需补充材料: what was sent last time, to change what staff asked for. The declaration is made again. */
export function draftFromApplication(application: SubsidyApplication, form: ApplicationForm): ApplyDraft {
  return parseDraft(
    {
      values: Object.fromEntries(application.fields.map((field) => [field.key, field.value])),
      photos: Object.fromEntries(application.materials.map((material) => [material.key, material.files.map((file) => ({ id: file.id }))])),
    },
    form,
  )
}

/** A real calendar day, YYYY-MM-DD. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const at = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value
}

/** What is wrong with one field's value, in plain words; null when it may go. */
export function fieldProblem(field: ApplicationField, raw: string): string | null {
  const value = raw.trim()
  if (!value) {
    if (!field.required) return null
    return field.kind === 'choice' || field.kind === 'date' ? `请选择${field.label}` : `请填写${field.label}`
  }
  if (value.length > FIELD_VALUE_MAX) return `${field.label}最多 ${FIELD_VALUE_MAX} 个字`
  switch (field.kind) {
    case 'number':
      return /^\d+$/.test(value) ? null : `${field.label}只填整数，如 3`
    case 'date':
      return isCalendarDate(value) ? null : `${field.label}不是有效的日期`
    case 'choice':
      return field.options?.includes(value) ? null : `请从给出的选项中选择${field.label}`
    case 'text':
      return null
  }
}

/** What is wrong with one material's photos; null when they may go. */
export function materialProblem(material: ApplicationMaterial, photos: readonly PhotoRef[]): string | null {
  if (photos.length === 0) return material.required ? `请上传${material.label}的照片` : null
  if (photos.length > material.maxFiles) return `${material.label}最多 ${material.maxFiles} 张照片`
  return null
}

export interface FormErrors {
  fields: Record<string, string>
  materials: Record<string, string>
  declaration: string | null
}

export const noErrors = (): FormErrors => ({ fields: {}, materials: {}, declaration: null })

export const hasErrors = (errors: FormErrors) =>
  errors.declaration !== null || Object.keys(errors.fields).length > 0 || Object.keys(errors.materials).length > 0

/**
 * The body to send, or what is wrong, by field. Empty optional fields and materials are left out;
 * the declaration is judged by the contract's own schema (its words: 请阅读并勾选承诺).
 */
export function toApplicationBody(form: ApplicationForm, draft: ApplyDraft): { body: SubsidyApplicationBody } | { errors: FormErrors } {
  const errors = noErrors()
  const fields: Record<string, string> = {}
  const materials: Record<string, string[]> = {}
  for (const field of form.fields) {
    const value = (draft.values[field.key] ?? '').trim()
    const problem = fieldProblem(field, value)
    if (problem) errors.fields[field.key] = problem
    else if (value) fields[field.key] = value
  }
  for (const material of form.materials) {
    const photos = draft.photos[material.key] ?? []
    const problem = materialProblem(material, photos)
    if (problem) errors.materials[material.key] = problem
    else if (photos.length) materials[material.key] = photos.map((photo) => photo.id)
  }
  const parsed = SubsidyApplicationBodySchema.safeParse({ fields, materials, declaration: draft.declared })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [part, key] = issue.path.map(String)
      if (part === 'declaration') errors.declaration ??= issue.message
      else if (part === 'fields' && key) errors.fields[key] ??= issue.message
      else if (part === 'materials' && key) errors.materials[key] ??= issue.message
    }
  }
  if (hasErrors(errors) || !parsed.success) return { errors }
  return { body: { fields, materials, declaration: true } }
}

/** Where to go from a refusal that no change to the form can fix. */
export type RefusalLink = 'existing' | 'policy' | 'application' | 'mine'

/** A refusal of the whole application, said in plain words with one way on. */
export interface Refusal {
  title: string
  message: string
  link: RefusalLink | null
}

/** What to show after a failed submission: messages on fields, a line over the button, or a refusal. */
export interface SubmitErrorView {
  errors: FormErrors
  form: string | null
  refusal: Refusal | null
}

const REFUSALS: Record<string, (message: string) => Refusal> = {
  APPLICATION_EXISTS: () => ({
    title: '您已经申请过这项补贴',
    message: '同一项补贴同时只能有一份在办的申请。您之前提交的申请还在办理中，可以去看看办到哪一步了。',
    link: 'existing',
  }),
  NOT_ELIGIBLE: (message) => ({ title: '暂时不符合申请条件', message, link: 'policy' }),
  POLICY_EXPIRED: () => ({ title: '这项政策已过申请期限', message: '已经过了申请截止日期，网上不能再申请了。', link: 'policy' }),
  POLICY_NOT_ONLINE: () => ({
    title: '这项政策不在网上申请',
    message: '请按政策详情里写的地点和时间，带上材料到窗口办理。',
    link: 'policy',
  }),
  POLICY_NOT_FOUND: () => ({ title: '这项政策找不到了', message: '可能已经撤回了。', link: null }),
  IDEMPOTENCY_KEY_REUSED: () => ({
    title: '这份申请已经提交过了',
    message: '刚才网络不好时，您的申请其实已经送到了，内容以第一次提交的为准。',
    link: 'mine',
  }),
  INVALID_TRANSITION: () => ({
    title: '这份申请现在不需要补充材料了',
    message: '工作人员可能已经处理过了，请看看申请现在的进度。',
    link: 'application',
  }),
  SUBSIDY_APPLICATION_NOT_FOUND: () => ({ title: '没有找到这份申请', message: '它可能不是用这个账号提交的。', link: 'mine' }),
}

/** Said when the answer never came: the retry is safe, and saying so keeps people from giving up or worrying. */
export const SUBMIT_MAYBE_SENT = '网络不好，申请可能没有送到。请检查网络后再点一次提交，不会重复提交。'

/**
 * Where a refused submission's message goes. The server names fields as `fields.<key>` and
 * `materials.<key>` (or deeper: `materials.<key>.0`); 409s and a gone policy are refusals.
 */
export function submitErrorView(error: unknown): SubmitErrorView {
  const errors = noErrors()
  if (!(error instanceof ApiError)) return { errors, form: isRetryable(error) ? SUBMIT_MAYBE_SENT : errorMessage(error), refusal: null }
  const refusal = REFUSALS[error.code]
  if (refusal) return { errors, form: null, refusal: refusal(error.message) }
  if (isRetryable(error)) return { errors, form: SUBMIT_MAYBE_SENT, refusal: null }
  let unplaced = false
  for (const [path, message] of Object.entries(error.fields)) {
    const [part, key] = path.split('.')
    if (part === 'fields' && key) errors.fields[key] ??= message
    else if (part === 'materials' && key) errors.materials[key] ??= message
    else if (part === 'declaration') errors.declaration ??= message
    else unplaced = true
  }
  // A photo the server no longer has (MATERIAL_NOT_FOUND) without a field: say it over the button.
  return { errors, form: hasErrors(errors) && !unplaced ? null : error.message, refusal: null }
}
