import { z } from 'zod/mini'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { ConditionSchema } from '@/shared/contracts/eligibility'
import {
  CreatePolicyBodySchema,
  PolicyCategorySchema,
  type CreatePolicyBody,
  type Policy,
  type PolicyCategory,
  type UpdatePolicyBody,
} from '@/shared/contracts/policies'
import { EMPLOYMENT_STATUSES, PERSON_GROUPS, REGIONS } from '@/shared/eligibility'
import { formFromBody, formToBody, type FormDraft } from './application-form'
import { blockToBody, blocksFromBody, tableProblem, type BlockDraft } from './blocks'
import { checkConditionDraft, draftOfCondition, sameJson, type ConditionDraft } from './conditions'

/** The city every policy belongs to (itself, or one of its districts and counties). */
export const CITY = '长治市'

/** 长治市 first, then its districts and counties in the table's order. */
export const REGION_CHOICES: readonly string[] = [CITY, ...Object.keys(REGIONS).filter((name) => REGIONS[name] === CITY)]

/**
 * The regions a staff member may choose: their own district only (null: city-wide, every one; undefined:
 * not known, every one, and the server's refusal says the rest). The region already chosen stays shown.
 */
export function regionChoices(scope: string | null | undefined, current: string): string[] {
  const mine = scope ? [scope] : [...REGION_CHOICES]
  return current && !mine.includes(current) ? [...mine, current] : mine
}

/** What the region field says under its label, by what is known of the scope. */
export function regionHint(scope: string | null | undefined): string {
  if (scope) return `您负责${scope}，只能发布本区县的政策；全市政策由市局发布`
  if (scope === null) return '您负责全市：可以选长治市，或其下任一区县'
  return '区县工作人员只能选本区县；全市政策由市局发布'
}

/**
 * The edit form as typed: money in 元 as typed, dates as YYYY-MM-DD ('' for none chosen), the full
 * text, conditions and application form in their editors' shapes.
 */
export interface PolicyFormValues {
  title: string
  issuer: string
  docNumber: string
  region: string
  category: PolicyCategory | null
  audience: string
  amountKind: 'fixed' | 'range' | 'formula'
  amountYuan: string
  minYuan: string
  maxYuan: string
  formulaText: string
  materials: string[]
  applyKind: 'online' | 'offline'
  applyPlace: string
  applyHours: string
  effectiveFrom: string
  expiresOn: string
  blocks: BlockDraft[]
  conditions: ConditionDraft
  applicationForm: FormDraft
}

/** A new policy's form; a district staff member's starts in their district. */
export function emptyPolicyForm(region = ''): PolicyFormValues {
  return {
    title: '',
    issuer: '',
    docNumber: '',
    region,
    category: null,
    audience: '',
    amountKind: 'fixed',
    amountYuan: '',
    minYuan: '',
    maxYuan: '',
    formulaText: '',
    materials: [''],
    applyKind: 'offline',
    applyPlace: '',
    applyHours: '',
    effectiveFrom: '',
    expiresOn: '',
    blocks: [{ id: 'b1', type: 'paragraph', text: '' }],
    conditions: { mode: 'rules', rules: [] },
    applicationForm: { fields: [], materials: [] },
  }
}

/** 元 as typed → fen: `1,500.5` is 150050. Undefined when empty, NaN when it is not a sum of money. */
export function yuanToFen(text: string): number | undefined {
  const value = text.replace(/[,，\s]/g, '')
  if (!value) return undefined
  const found = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(value)
  return found ? Number(found[1]) * 100 + Number((found[2] ?? '').padEnd(2, '0')) : Number.NaN
}

/** Fen → 元 as a person writes it: 150050 is `1500.5`, 100000 is `1000`. */
export const fenToYuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.?0+$/, '')

export function formFromPolicy(policy: Policy): PolicyFormValues {
  const { amount, applyMethod } = policy
  return {
    title: policy.title,
    issuer: policy.issuer,
    docNumber: policy.docNumber ?? '',
    region: policy.region,
    category: policy.category,
    audience: policy.audience,
    amountKind: amount.kind,
    amountYuan: amount.kind === 'fixed' ? fenToYuan(amount.fen) : '',
    minYuan: amount.kind === 'range' ? fenToYuan(amount.minFen) : '',
    maxYuan: amount.kind === 'range' ? fenToYuan(amount.maxFen) : '',
    formulaText: amount.kind === 'formula' ? amount.text : '',
    materials: policy.materials.length ? [...policy.materials] : [''],
    applyKind: applyMethod.kind,
    applyPlace: applyMethod.kind === 'offline' ? applyMethod.place : '',
    applyHours: applyMethod.kind === 'offline' ? applyMethod.hours : '',
    effectiveFrom: policy.effectiveFrom,
    expiresOn: policy.expiresOn ?? '',
    blocks: blocksFromBody(policy.fullText),
    conditions: draftOfCondition(policy.conditions),
    applicationForm: formFromBody(policy.applicationForm),
  }
}

/** A required text left blank is missing (请填写…), not too short. */
const required = (text: string) => (text.trim() ? text : undefined)

function amountBody(values: PolicyFormValues): unknown {
  switch (values.amountKind) {
    case 'fixed':
      return { kind: 'fixed', fen: yuanToFen(values.amountYuan) }
    case 'range':
      return { kind: 'range', minFen: yuanToFen(values.minYuan), maxFen: yuanToFen(values.maxYuan) }
    case 'formula':
      return { kind: 'formula', text: required(values.formulaText) }
  }
}

/** The body as the contract reads it, before its checks. Blank material lines are left out. */
function rawBody(values: PolicyFormValues, condition: unknown): Record<keyof CreatePolicyBody, unknown> {
  const online = values.applyKind === 'online'
  return {
    title: required(values.title),
    issuer: required(values.issuer),
    docNumber: values.docNumber.trim() ? values.docNumber : null,
    region: required(values.region),
    category: values.category ?? undefined,
    audience: required(values.audience),
    amount: amountBody(values),
    materials: values.materials.filter((line) => line.trim()),
    applyMethod: online ? { kind: 'online' } : { kind: 'offline', place: required(values.applyPlace), hours: required(values.applyHours) },
    effectiveFrom: values.effectiveFrom || undefined,
    expiresOn: values.expiresOn || null,
    fullText: values.blocks.map(blockToBody),
    conditions: condition,
    applicationForm: online ? formToBody(values.applicationForm) : null,
  }
}

/**
 * Where a message is shown, from a contract or server path: `amount.maxFen`, `fullText.3` (any deeper
 * path goes to its block), `applicationForm.fields.2`, `materials.0`, `conditions` (the builder as a
 * whole); anything the form has no place for goes to `form`, over the buttons.
 */
export function errorKeyOf(path: readonly PropertyKey[] | string): string {
  const parts = (typeof path === 'string' ? path.split('.') : path.map(String)).filter((part) => part !== '')
  const [head = '', second, third] = parts
  const index = (part: string | undefined) => part !== undefined && /^\d+$/.test(part)
  switch (head) {
    case 'title':
    case 'issuer':
    case 'docNumber':
    case 'region':
    case 'category':
    case 'audience':
    case 'effectiveFrom':
    case 'expiresOn':
    case 'conditions':
      return head
    case 'amount':
      return second === 'fen' || second === 'minFen' || second === 'maxFen' || second === 'text' ? `amount.${second}` : 'amount'
    case 'applyMethod':
      return second === 'place' || second === 'hours' ? `applyMethod.${second}` : 'applyMethod'
    case 'materials':
    case 'fullText':
      return index(second) ? `${head}.${second}` : head
    case 'applicationForm':
      return (second === 'fields' || second === 'materials') && index(third) ? `applicationForm.${second}.${third}` : 'applicationForm'
    default:
      return 'form'
  }
}

export type FormErrors = Record<string, string>

const MONEY_TYPO = '金额请按元填写数字，如 1000 或 1500.50（最多两位小数）'

export type PolicyFormCheck = { ok: true; body: CreatePolicyBody } | { ok: false; errors: FormErrors }

/** The whole form through the contract: the body to send, or each place's first message. */
export function validatePolicyForm(values: PolicyFormValues): PolicyFormCheck {
  const conditions = checkConditionDraft(values.conditions)
  const result = CreatePolicyBodySchema.safeParse(rawBody(values, conditions.ok ? conditions.condition : { all: [] }))
  const errors: FormErrors = {}
  if (!result.success) for (const issue of result.error.issues) errors[errorKeyOf(issue.path)] ??= issue.message
  // Both are chosen with a tap here, not typed: the contract's words for a missing value say 填写 or 不对.
  if (errors.category && values.category === null) errors.category = '请选择政策类别'
  if (errors.region && !values.region.trim()) errors.region = '请选择适用地区'
  // The contract speaks of 分 (it stores fen); a person typed 元.
  const money = { 'amount.fen': values.amountYuan, 'amount.minFen': values.minYuan, 'amount.maxFen': values.maxYuan }
  for (const [key, typed] of Object.entries(money)) if (errors[key] && Number.isNaN(yuanToFen(typed))) errors[key] = MONEY_TYPO
  values.blocks.forEach((block, i) => {
    const problem = tableProblem(block)
    if (problem) errors[`fullText.${i}`] = problem
  })
  delete errors.conditions
  if (!conditions.ok) {
    errors.conditions = conditions.message
    conditions.ruleProblems.forEach((problem, i) => {
      if (problem) errors[`conditions.${i}`] = problem
    })
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, body: result.data }
  return { ok: false, errors }
}

/** Only what differs from the policy as saved (a PATCH). Empty when nothing changed. */
export function changedFields(policy: Policy, body: CreatePolicyBody): UpdatePolicyBody {
  const saved: Record<keyof CreatePolicyBody, unknown> = {
    title: policy.title,
    issuer: policy.issuer,
    docNumber: policy.docNumber,
    region: policy.region,
    category: policy.category,
    audience: policy.audience,
    amount: policy.amount,
    materials: policy.materials,
    applyMethod: policy.applyMethod,
    effectiveFrom: policy.effectiveFrom,
    expiresOn: policy.expiresOn,
    fullText: policy.fullText,
    conditions: policy.conditions,
    applicationForm: policy.applicationForm,
  }
  const changes: Record<string, unknown> = {}
  for (const key of Object.keys(saved) as (keyof CreatePolicyBody)[]) {
    const value = key === 'docNumber' || key === 'expiresOn' || key === 'applicationForm' ? (body[key] ?? null) : body[key]
    if (!sameJson(value, saved[key])) changes[key] = value
  }
  return changes as UpdatePolicyBody
}

export const formDiffers = (values: PolicyFormValues, base: PolicyFormValues) => !sameJson(values, base)

export interface SaveErrorView {
  fields: FormErrors
  /** Said over the buttons: what concerns no one field, or a summary. */
  form: string | null
}

/**
 * A refusal, where the person will see it: the contract's field messages on their fields (nested
 * paths included), an expired policy's on its expiry date, anything else (403 out of scope, 409)
 * in the server's own words over the buttons.
 */
export function saveErrorView(error: unknown): SaveErrorView {
  if (error instanceof ApiError) {
    if (error.code === 'VALIDATION_FAILED') {
      const fields: FormErrors = {}
      for (const [path, message] of Object.entries(error.fields)) fields[errorKeyOf(path)] ??= message
      const { form, ...rest } = fields
      const count = Object.keys(rest).length
      return count > 0 ? { fields: rest, form: form ?? `有 ${count} 处需要修改，请看红字` } : { fields: {}, form: form ?? error.message }
    }
    if (error.code === 'POLICY_EXPIRED') return { fields: { expiresOn: error.message }, form: error.message }
  }
  return { fields: {}, form: errorMessage(error) }
}

// Drafts kept in storage while typing.

const text = z.string()
const RuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('age'), min: text, max: text }),
  z.object({ kind: z.literal('groups'), groups: z.array(z.enum(PERSON_GROUPS as [string, ...string[]])) }),
  z.object({ kind: z.literal('graduatedWithinYears'), years: text }),
  z.object({ kind: z.literal('householdRegion'), regions: z.array(text) }),
  z.object({ kind: z.literal('residenceRegion'), regions: z.array(text) }),
  z.object({ kind: z.literal('employment'), statuses: z.array(z.enum(EMPLOYMENT_STATUSES as [string, ...string[]])) }),
  z.object({ kind: z.literal('businessStarted'), amount: text, unit: z.enum(['years', 'months']) }),
  z.object({ kind: z.literal('enrolledInCourse'), enrolled: z.boolean() }),
])
const StoredFormSchema = z.object({
  title: text,
  issuer: text,
  docNumber: text,
  region: text,
  category: z.nullable(PolicyCategorySchema),
  audience: text,
  amountKind: z.enum(['fixed', 'range', 'formula']),
  amountYuan: text,
  minYuan: text,
  maxYuan: text,
  formulaText: text,
  materials: z.array(text),
  applyKind: z.enum(['online', 'offline']),
  applyPlace: text,
  applyHours: text,
  effectiveFrom: text,
  expiresOn: text,
  blocks: z.array(
    z.discriminatedUnion('type', [
      z.object({ id: text, type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text }),
      z.object({ id: text, type: z.literal('paragraph'), text }),
      z.object({ id: text, type: z.literal('list'), ordered: z.boolean(), itemsText: text }),
      z.object({ id: text, type: z.literal('table'), headerText: text, rowsText: text }),
    ]),
  ),
  conditions: z.union([z.object({ mode: z.literal('rules'), rules: z.array(RuleSchema) }), z.object({ mode: z.literal('kept'), condition: ConditionSchema })]),
  applicationForm: z.object({
    fields: z.array(
      z.object({ key: text, label: text, kind: z.enum(['text', 'number', 'date', 'choice']), required: z.boolean(), hint: text, optionsText: text }),
    ),
    materials: z.array(z.object({ key: text, label: text, required: z.boolean(), maxFiles: z.number() })),
  }),
})

/** A draft kept while typing: the values, and which saved version of the policy they edit. */
export interface PolicyDraft {
  values: PolicyFormValues
  /** The policy's `updatedAt` when the draft began; null for a new policy. */
  base: string | null
}

/** A stored draft, if it still is one (an older app's, a damaged one: null). */
export function parsePolicyDraft(stored: unknown): PolicyDraft | null {
  if (typeof stored !== 'object' || stored === null) return null
  const { values, base } = stored as { values?: unknown; base?: unknown }
  const parsed = StoredFormSchema.safeParse(values)
  return parsed.success ? { values: parsed.data as PolicyFormValues, base: typeof base === 'string' ? base : null } : null
}

