import { ApiError, errorMessage } from '@/shared/api/errors'
import { CreateStationBodySchema, StationFieldsSchema, type CreateStationBody, type StaffStation, type UpdateStationBody } from '@/shared/contracts'

/** The fields typed as text; the location is two more (`lat`, `lng`). */
export type StationTextField = 'name' | 'code' | 'district' | 'address' | 'hours' | 'phone'
export const STATION_TEXT_FIELDS: readonly StationTextField[] = ['name', 'code', 'district', 'address', 'hours', 'phone']

/**
 * The form as typed: strings throughout, so a half-typed coordinate (`36.`) or a wrong phone number
 * stays on screen exactly as the person left it.
 */
export interface StationFormValues extends Record<StationTextField, string> {
  lat: string
  lng: string
}

/** Where a message is shown: a field, the location as a whole (`location`), or the form (`form`). */
export type StationErrorKey = StationTextField | 'lat' | 'lng' | 'location' | 'form'
export type StationErrors = Partial<Record<StationErrorKey, string>>

export function emptyStationForm(district = ''): StationFormValues {
  return { name: '', code: '', district, address: '', hours: '', phone: '', lat: '', lng: '' }
}

export function formFromStation(station: StaffStation): StationFormValues {
  return {
    name: station.name,
    code: station.code,
    district: station.district,
    address: station.address,
    hours: station.hours,
    phone: station.phone,
    lat: String(station.location.lat),
    lng: String(station.location.lng),
  }
}

/** The code is printed in capitals and compared without case: it is shown in capitals as it is typed. */
export const normaliseCode = (value: string) => value.toUpperCase()

/** A coordinate as typed; empty is missing (never 0°), anything not a plain decimal is not a number. */
function coordinate(text: string): number | undefined {
  const value = text.trim()
  if (!value) return undefined
  return /^[+-]?\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN
}

/** An empty field is missing: the contract then says 请填写… rather than that the format is wrong. */
const orMissing = (value: string) => (value.trim() ? value : undefined)

/** The body as the contract reads it (before its own trimming). */
function rawBody(values: StationFormValues): Record<keyof CreateStationBody, unknown> {
  const lat = coordinate(values.lat)
  const lng = coordinate(values.lng)
  return {
    name: values.name,
    code: orMissing(normaliseCode(values.code)),
    district: values.district,
    address: values.address,
    hours: values.hours,
    phone: orMissing(values.phone),
    location: lat === undefined && lng === undefined ? undefined : { lat, lng },
  }
}

/** A contract issue's path → where the form shows it. */
function errorKeyOf(path: readonly PropertyKey[]): StationErrorKey {
  const [first, second] = path.map(String)
  if (first === 'location') return second === 'lat' || second === 'lng' ? second : 'location'
  return first && (STATION_TEXT_FIELDS as readonly string[]).includes(first) ? (first as StationTextField) : 'form'
}

function errorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): StationErrors {
  const errors: StationErrors = {}
  // The first issue of a field is the one worth saying (the contract orders them so).
  for (const issue of issues) errors[errorKeyOf(issue.path)] ??= issue.message
  return errors
}

/** The contract's Chinese message for one text field, or null when it is fine. */
export function validateTextField(field: StationTextField, values: StationFormValues): string | null {
  const result = StationFieldsSchema.shape[field].safeParse(rawBody(values)[field])
  return result.success ? null : (result.error.issues[0]?.message ?? '填写的内容不对')
}

/** The contract's messages for the location, by where they are shown (nothing when it is fine). */
export function validateLocation(values: StationFormValues): Pick<StationErrors, 'lat' | 'lng' | 'location'> {
  const result = StationFieldsSchema.shape.location.safeParse(rawBody(values).location)
  if (result.success) return {}
  const errors = errorsOf(result.error.issues.map((issue) => ({ ...issue, path: ['location', ...issue.path] })))
  return { lat: errors.lat, lng: errors.lng, location: errors.location }
}

export type StationFormResult = { ok: true; body: CreateStationBody } | { ok: false; errors: StationErrors }

/** The whole form against the contract: the body to send (trimmed, code in capitals), or every field's message. */
export function validateStationForm(values: StationFormValues): StationFormResult {
  const result = CreateStationBodySchema.safeParse(rawBody(values))
  if (result.success) return { ok: true, body: { ...result.data, code: normaliseCode(result.data.code) } }
  return { ok: false, errors: errorsOf(result.error.issues) }
}

/**
 * Only what differs from the station as saved: the update is a PATCH, and a district staff member
 * who never touched the district must not send it. Empty when nothing changed.
 */
export function changedFields(station: StaffStation, body: CreateStationBody): UpdateStationBody {
  const changes: UpdateStationBody = {}
  for (const field of STATION_TEXT_FIELDS) {
    const before = field === 'code' ? station.code.toUpperCase() : station[field]
    if (body[field] !== before) changes[field] = body[field]
  }
  if (body.location.lat !== station.location.lat || body.location.lng !== station.location.lng) changes.location = body.location
  return changes
}

/** Whether the form says anything other than `base` (the station as saved, or an empty new form). */
export function formDiffers(values: StationFormValues, base: StationFormValues): boolean {
  return (Object.keys(base) as (keyof StationFormValues)[]).some((key) => values[key].trim() !== base[key].trim())
}

export interface StationSaveErrorView {
  fields: StationErrors
  /** Said above the save button when no field is concerned. */
  form: string | null
}

/**
 * A refusal from the server, where the person will see it: a taken code on the code field (in the
 * server's own sentence), the contract's field messages on their fields, anything else over the button.
 */
export function saveErrorView(error: unknown): StationSaveErrorView {
  if (error instanceof ApiError) {
    if (error.code === 'STATION_CODE_TAKEN') return { fields: { code: error.message }, form: null }
    if (error.code === 'VALIDATION_FAILED') {
      const fields = errorsOf(Object.entries(error.fields).map(([path, message]) => ({ path: path.split('.'), message })))
      const { form, ...rest } = fields
      return Object.keys(rest).length > 0 ? { fields: rest, form: form ?? null } : { fields: {}, form: form ?? error.message }
    }
  }
  return { fields: {}, form: errorMessage(error) }
}

/** A draft kept in storage while typing: the values, and which saved version of the station they edit. */
export interface StationDraft {
  values: StationFormValues
  /** The station's `updatedAt` when the draft began; null for a new station. */
  base: string | null
}

/** A stored draft, if it still is one (storage may hold anything: an old version, nothing). */
export function parseStationDraft(stored: unknown): StationDraft | null {
  if (typeof stored !== 'object' || stored === null) return null
  const { values, base } = stored as { values?: unknown; base?: unknown }
  if (typeof values !== 'object' || values === null) return null
  const form = emptyStationForm()
  for (const key of Object.keys(form) as (keyof StationFormValues)[]) {
    const value = (values as Record<string, unknown>)[key]
    if (typeof value !== 'string') return null
    form[key] = value
  }
  return { values: form, base: typeof base === 'string' ? base : null }
}

/** 「您负责：潞州区」 or 「您负责：全市」. */
export const scopeText = (district: string | null) => `您负责：${district ?? '全市'}`

/** The districts a city-wide staff member can pick from: those of the stations there are, in order. */
export function districtChoices(stations: readonly Pick<StaffStation, 'district'>[]): string[] {
  return [...new Set(stations.map((station) => station.district))]
}
