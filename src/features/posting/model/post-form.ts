import { z } from 'zod/mini'
import {
  EmploymentTypeSchema,
  HiringModeSchema,
  JobCategories,
  JobCategorySchema,
  PayUnitSchema,
  SettlementSchema,
  JobPostBodySchema,
  type EmployerJobView,
  type EmploymentTypes,
  type GeoPoint,
  type HiringMode,
  type JobCategory,
  type JobPostBody,
  type PayUnit,
  type ScreeningResultBody,
  type Settlements,
  type Station,
} from '@/shared/contracts'

/**
 * What the posting form holds while someone fills it in. Close to JobPostBody, except where a person
 * types something the body stores otherwise (pay in yuan as typed, not fen) or has not chosen yet.
 */
export interface PostForm {
  title: string
  category: JobCategory | null
  headcount: number
  duties: string
  requirements: string
  conditions: string
  stationId: string | null
  address: string
  district: string
  location: GeoPoint | null
  /** Yuan as typed: 180, 22.5. */
  payYuan: string
  payUnit: PayUnit
  settlement: keyof typeof Settlements
  employmentType: keyof typeof EmploymentTypes
  workDateStart: string
  workDateEnd: string
  validUntil: string
  workStartTime: string
  workEndTime: string
  /** Own words for the hours; empty: the server writes them from the two times. */
  workHours: string
  meetingPoint: string
  hiringMode: HiringMode
  welcomesOlder: boolean
}

/**
 * Where a message is shown: each field of the form, `location` for the place on the map, and `form`
 * for what concerns the post as a whole (e.g. screening's reasons about the employer).
 */
export type PostField =
  | 'title'
  | 'category'
  | 'headcount'
  | 'duties'
  | 'requirements'
  | 'conditions'
  | 'stationId'
  | 'address'
  | 'district'
  | 'location'
  | 'pay'
  | 'settlement'
  | 'employmentType'
  | 'workDateStart'
  | 'workDateEnd'
  | 'validUntil'
  | 'workStartTime'
  | 'workEndTime'
  | 'workHours'
  | 'meetingPoint'
  | 'hiringMode'
  | 'welcomesOlder'
  | 'form'
export type FieldErrors = Partial<Record<PostField, string>>

const FIELDS = new Set<string>([
  'title',
  'category',
  'headcount',
  'duties',
  'requirements',
  'conditions',
  'stationId',
  'address',
  'district',
  'location',
  'pay',
  'settlement',
  'employmentType',
  'workDateStart',
  'workDateEnd',
  'validUntil',
  'workStartTime',
  'workEndTime',
  'workHours',
  'meetingPoint',
  'hiringMode',
  'welcomesOlder',
])

/** `pay.amountFen` → `pay`, `location.lat` → `location`; anything unknown belongs to the whole form. */
export function fieldOfPath(path: string | readonly PropertyKey[]): PostField {
  const head = String((typeof path === 'string' ? path.split('.') : path)[0] ?? '')
  return FIELDS.has(head) ? (head as PostField) : 'form'
}

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`)
  at.setUTCDate(at.getUTCDate() + days)
  return at.toISOString().slice(0, 10)
}

/**
 * A new post: one worker tomorrow, 08:00–17:00, paid by the day and settled the same day, first come
 * first hired (as most 零工 work is), shown until that day. Everything a person must say is left empty.
 */
export function defaultForm(today: string): PostForm {
  const tomorrow = addDays(today, 1)
  return {
    title: '',
    category: null,
    headcount: 1,
    duties: '',
    requirements: '',
    conditions: '',
    stationId: null,
    address: '',
    district: '',
    location: null,
    payYuan: '',
    payUnit: 'day',
    settlement: 'daily',
    employmentType: 'gig',
    workDateStart: tomorrow,
    workDateEnd: tomorrow,
    validUntil: tomorrow,
    workStartTime: '08:00',
    workEndTime: '17:00',
    workHours: '',
    meetingPoint: '',
    hiringMode: 'first_come',
    welcomesOlder: false,
  }
}

/** How the server words the hours when the post gives none (08:00–17:00, 20:00–次日 06:00). */
export function workHoursFromTimes(start: string, end: string): string {
  return end <= start ? `${start}–次日 ${end}` : `${start}–${end}`
}

/** ¥ as typed → fen. Null when it is not a sum of money (letters, three decimals, nothing). */
export function yuanToFen(text: string): number | null {
  const value = text.trim().replace(/[，,]/g, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(value)) return null
  const [whole = '0', cents = ''] = value.split('.')
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'))
}

export function fenToYuan(fen: number): string {
  const whole = Math.floor(fen / 100)
  const cents = fen % 100
  if (cents === 0) return String(whole)
  return cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${String(cents).padStart(2, '0')}`
}

/** An existing post (a draft, a live post, a copy) in the form. */
export function formFromJob(job: EmployerJobView): PostForm {
  return {
    title: job.title,
    category: job.category,
    headcount: job.headcount,
    duties: job.duties,
    requirements: job.requirements,
    conditions: job.conditions,
    stationId: job.stationId,
    address: job.address,
    district: job.district,
    location: { lat: job.location.lat, lng: job.location.lng },
    payYuan: fenToYuan(job.pay.amountFen),
    payUnit: job.pay.unit,
    settlement: job.settlement,
    employmentType: job.employmentType,
    workDateStart: job.workDateStart,
    workDateEnd: job.workDateEnd,
    validUntil: job.validUntil,
    workStartTime: job.workStartTime,
    workEndTime: job.workEndTime,
    // The server's own words for the times are left out: changing a time then changes them too.
    workHours: job.workHours === workHoursFromTimes(job.workStartTime, job.workEndTime) ? '' : job.workHours,
    meetingPoint: job.meetingPoint,
    hiringMode: job.hiringMode,
    welcomesOlder: job.welcomesOlder,
  }
}

/**
 * The body for the API. Pay typed wrongly becomes NaN, so that the contract's check answers
 * `工资应为数字`; nothing typed stays undefined (`请填写工资`).
 */
export function bodyOf(form: PostForm): Record<string, unknown> {
  const fen = form.payYuan.trim() === '' ? undefined : (yuanToFen(form.payYuan) ?? Number.NaN)
  // A required text left blank is missing (请填写…), not too short (…至少 2 个字).
  const required = (text: string) => (text.trim() === '' ? undefined : text)
  return {
    title: required(form.title),
    category: form.category ?? undefined,
    headcount: form.headcount,
    duties: required(form.duties),
    requirements: required(form.requirements),
    conditions: required(form.conditions),
    stationId: form.stationId,
    address: required(form.address),
    district: required(form.district),
    location: form.location ?? undefined,
    pay: { amountFen: fen, unit: form.payUnit },
    settlement: form.settlement,
    employmentType: form.employmentType,
    workDateStart: form.workDateStart,
    workDateEnd: form.workDateEnd,
    validUntil: form.validUntil,
    workStartTime: form.workStartTime,
    workEndTime: form.workEndTime,
    // Sent even when empty: an emptied text replaces the old one (the server then writes the hours).
    workHours: form.workHours,
    meetingPoint: form.meetingPoint,
    hiringMode: form.hiringMode,
    welcomesOlder: form.welcomesOlder,
  }
}

const PAY_TYPO = '工资请填数字，如 180 或 22.5（最多两位小数）'

export type FormCheck = { ok: true; body: JobPostBody } | { ok: false; errors: FieldErrors }

/** The whole form through the contract's own schema: its Chinese message per field, the first one each. */
export function validateForm(form: PostForm): FormCheck {
  const result = JobPostBodySchema.safeParse(bodyOf(form))
  if (result.success) return { ok: true, body: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = fieldOfPath(issue.path)
    errors[field] ??= issue.message
  }
  if (errors.pay && form.payYuan.trim() !== '' && yuanToFen(form.payYuan) === null) errors.pay = PAY_TYPO
  return { ok: false, errors }
}

/**
 * One field's message as the whole check gives it (a date is right or wrong only beside the others),
 * or undefined when it is fine.
 */
export function validateField(form: PostForm, field: PostField): string | undefined {
  const check = validateForm(form)
  return check.ok ? undefined : check.errors[field]
}

/**
 * A change that keeps the dates consistent: work cannot end before it starts, and the post is not
 * shown after the last work day. Someone moving the start later carries the end (and the validity)
 * along rather than meeting an error they did not cause.
 */
export function withChange(form: PostForm, patch: Partial<PostForm>): PostForm {
  const next = { ...form, ...patch }
  if (patch.workDateStart !== undefined && next.workDateEnd < next.workDateStart) next.workDateEnd = next.workDateStart
  if ((patch.workDateStart !== undefined || patch.workDateEnd !== undefined) && next.validUntil > next.workDateEnd) {
    next.validUntil = next.workDateEnd
  }
  return next
}

/** The station the post is listed under fills in the place: its address, district and map point. */
export function withStation(form: PostForm, station: Pick<Station, 'id' | 'address' | 'district' | 'location'> | null): PostForm {
  if (!station) return { ...form, stationId: null }
  return {
    ...form,
    stationId: station.id,
    address: station.address,
    district: station.district,
    location: { lat: station.location.lat, lng: station.location.lng },
  }
}

/** 潞州区 out of 山西省长治市潞州区英雄中路 1 号: the 区/县/县级市 after the city, when the address names one. */
export function districtOfAddress(address: string): string | null {
  const found = /市(.{1,6}?(?:区|县|市))/.exec(address.replace(/\s/g, ''))
  return found?.[1] ?? null
}

/** A place picked on the map: its point, its address (with the place's name when it adds to it), its district. */
export function withMapPlace(form: PostForm, place: { lat: number; lng: number; name: string; address: string }): PostForm {
  const words = place.name && !place.address.includes(place.name) ? `${place.address}${place.name}` : place.address || place.name
  return {
    ...form,
    location: { lat: place.lat, lng: place.lng },
    address: words.slice(0, 100) || form.address,
    district: districtOfAddress(place.address) ?? form.district,
  }
}

/** The trades a new post may take, in list order: the shared list's live ones, else the built-in list. */
export function tradeOptions(trades: readonly { id: string; name: string; aliases: string[]; retired: boolean; sortOrder: number }[] | undefined) {
  const known = Object.keys(JobCategories) as JobCategory[]
  if (!trades || trades.length === 0) return known.map((id) => ({ id, name: JobCategories[id] as string, aliases: [] as string[] }))
  return [...trades]
    .filter((t): t is typeof t & { id: JobCategory } => !t.retired && known.includes(t.id as JobCategory))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((t) => ({ id: t.id, name: t.name, aliases: t.aliases }))
}

/** Districts to pick from: those of the stations, and the one already in the form. */
export function districtOptions(stations: readonly Pick<Station, 'district'>[], current: string): string[] {
  const names = [...new Set(stations.map((s) => s.district).filter(Boolean))]
  if (current && !names.includes(current)) names.push(current)
  return names
}

// Screening

export interface ScreeningNote {
  code: string
  verdict: 'review' | 'reject'
  message: string
  /** Which part of the form to fix; `form` when it is about the post as a whole or the employer. */
  field: PostField
  law: string | null
}

/** Screening's field names are the body's; `employer` (open reports) has no field in the form. */
export function screeningField(field: string | null): PostField {
  if (!field || field === 'employer') return 'form'
  return fieldOfPath(field)
}

export function screeningNotes(result: ScreeningResultBody): ScreeningNote[] {
  return result.reasons.map((r) => ({ code: r.code, verdict: r.verdict, message: r.message, field: screeningField(r.field), law: r.law }))
}

const LAW_SUFFIX = /（依据：([^）]+)）$/

/**
 * A 422 JOB_POST_REJECTED carries its reasons in `fields` (field → `message（依据：law）`, several joined
 * by `；`): the same notes as a screening, so that both show alike.
 */
export function notesFromRejection(fields: Record<string, string>): ScreeningNote[] {
  return Object.entries(fields).flatMap(([path, text]) =>
    text.split('；').map((line, i) => {
      const law = LAW_SUFFIX.exec(line)
      return {
        code: `${path}-${i}`,
        verdict: 'reject' as const,
        message: law ? line.slice(0, law.index) : line,
        field: screeningField(path === '_' ? null : path),
        law: law?.[1] ?? null,
      }
    }),
  )
}

/** The rejected notes by field, for the fields to show in red with their reason. */
export function rejectionsByField(notes: readonly ScreeningNote[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const note of notes) {
    if (note.verdict !== 'reject') continue
    errors[note.field] = errors[note.field] ? `${errors[note.field]}；${note.message}` : note.message
  }
  return errors
}

/** The whole form as one string, to tell whether it changed since it was last screened or saved. */
export const formFingerprint = (form: PostForm) => JSON.stringify(form)

const StoredFormSchema = z.object({
  title: z.string(),
  category: z.nullable(JobCategorySchema),
  headcount: z.number(),
  duties: z.string(),
  requirements: z.string(),
  conditions: z.string(),
  stationId: z.nullable(z.string()),
  address: z.string(),
  district: z.string(),
  location: z.nullable(z.object({ lat: z.number(), lng: z.number() })),
  payYuan: z.string(),
  payUnit: PayUnitSchema,
  settlement: SettlementSchema,
  employmentType: EmploymentTypeSchema,
  workDateStart: z.string(),
  workDateEnd: z.string(),
  validUntil: z.string(),
  workStartTime: z.string(),
  workEndTime: z.string(),
  workHours: z.string(),
  meetingPoint: z.string(),
  hiringMode: HiringModeSchema,
  welcomesOlder: z.boolean(),
})

/** A form from storage, or null when it is not one (a draft from an older app, a damaged one). */
export function parseStoredForm(value: unknown): PostForm | null {
  const parsed = StoredFormSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
