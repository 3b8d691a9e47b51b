import { ApiError, errorMessage } from '@/shared/api/errors'
import { UpdateMyProfileBodySchema, type MyProfile, type UpdateMyProfileBody } from '@/shared/contracts/profile'
import { EMPLOYMENT_STATUSES, PERSON_GROUPS, type EmploymentStatus, type PersonGroup } from '@/shared/eligibility'
import { checkIdNumber } from '@/shared/lib/id-number'

/** 是 / 不是 / 不确定 (left unanswered). */
export type Tri = 'yes' | 'no' | 'unknown'

/**
 * 我的资料 as the form holds it: every fact can stay unanswered. The ID number field is only a new
 * number being typed; the stored one is never sent back to the phone whole.
 */
export interface ProfileForm {
  realName: string
  /** YYYY-MM-DD, '' unanswered. */
  birthDate: string
  groups: Record<PersonGroup, Tri>
  /** Only sent while 高校毕业生 is 是. */
  graduationYear: number | null
  householdRegion: string
  residenceRegion: string
  employment: EmploymentStatus | null
  /** 不确定, 没有创业, or started on `businessStartedOn`. */
  business: 'unknown' | 'none' | 'started'
  businessStartedOn: string
  enrolledInCourse: Tri
  idNumber: string
}

export type ProfileField = Exclude<keyof ProfileForm, 'groups'> | 'groups' | 'form'
export type ProfileErrors = Partial<Record<ProfileField, string>>

const tri = (value: boolean | undefined): Tri => (value === undefined ? 'unknown' : value ? 'yes' : 'no')
const fromTri = (value: Tri): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes')

export function emptyProfileForm(): ProfileForm {
  return {
    realName: '',
    birthDate: '',
    groups: Object.fromEntries(PERSON_GROUPS.map((g) => [g, 'unknown'])) as Record<PersonGroup, Tri>,
    graduationYear: null,
    householdRegion: '',
    residenceRegion: '',
    employment: null,
    business: 'unknown',
    businessStartedOn: '',
    enrolledInCourse: 'unknown',
    idNumber: '',
  }
}

/** The form filled from what the server has. */
export function formFromProfile(profile: MyProfile): ProfileForm {
  const { facts } = profile
  const empty = emptyProfileForm()
  return {
    realName: profile.realName ?? '',
    birthDate: facts.birthDate ?? '',
    groups: Object.fromEntries(PERSON_GROUPS.map((g) => [g, tri(facts.groups?.[g])])) as Record<PersonGroup, Tri>,
    graduationYear: facts.graduationYear ?? null,
    householdRegion: facts.householdRegion ?? '',
    residenceRegion: facts.residenceRegion ?? '',
    employment: facts.employment ?? null,
    business: facts.businessStartedOn === undefined ? 'unknown' : facts.businessStartedOn === null ? 'none' : 'started',
    businessStartedOn: facts.businessStartedOn ?? '',
    enrolledInCourse: tri(facts.enrolledInCourse),
    idNumber: empty.idNumber,
  }
}

/** The field a server or schema path belongs to (`groups.graduate` → groups). */
function fieldOfPath(path: string): ProfileField | null {
  const head = path.split('.')[0] ?? ''
  const known: ProfileField[] = ['realName', 'birthDate', 'groups', 'graduationYear', 'householdRegion', 'residenceRegion', 'employment', 'businessStartedOn', 'enrolledInCourse', 'idNumber']
  return (known as string[]).includes(head) ? (head as ProfileField) : null
}

/**
 * The PUT body for the form, or what is wrong field by field. The ID number goes only when one is
 * typed (left out, the stored one is kept); `today` (YYYY-MM-DD) bounds the birth dates.
 */
export function toProfileBody(form: ProfileForm, today: string): { body: UpdateMyProfileBody } | { errors: ProfileErrors } {
  const errors: ProfileErrors = {}
  const groups: Partial<Record<PersonGroup, boolean>> = {}
  for (const group of PERSON_GROUPS) {
    const value = fromTri(form.groups[group])
    if (value !== undefined) groups[group] = value
  }
  const graduate = form.groups.graduate === 'yes'
  const body: UpdateMyProfileBody = {
    realName: form.realName.trim() === '' ? null : form.realName.trim(),
    ...(form.birthDate ? { birthDate: form.birthDate } : {}),
    groups,
    ...(graduate && form.graduationYear !== null ? { graduationYear: form.graduationYear } : {}),
    ...(form.householdRegion ? { householdRegion: form.householdRegion } : {}),
    ...(form.residenceRegion ? { residenceRegion: form.residenceRegion } : {}),
    ...(form.employment ? { employment: form.employment } : {}),
    ...(form.business === 'none' ? { businessStartedOn: null } : form.business === 'started' ? { businessStartedOn: form.businessStartedOn } : {}),
    ...(fromTri(form.enrolledInCourse) !== undefined ? { enrolledInCourse: fromTri(form.enrolledInCourse) } : {}),
  }
  if (form.birthDate && form.birthDate > today) errors.birthDate = '出生日期不能晚于今天'
  if (form.business === 'started' && !form.businessStartedOn) errors.businessStartedOn = '请选择营业执照上的成立日期，或选“没有创业”'
  if (form.business === 'started' && form.businessStartedOn > today) errors.businessStartedOn = '营业执照日期不能晚于今天'
  if (form.idNumber.trim() !== '') {
    const id = checkIdNumber(form.idNumber, today)
    if (id.status === 'invalid') errors.idNumber = id.message
    else if (id.status === 'ok') {
      body.idNumber = id.idNumber
      if (form.birthDate && form.birthDate !== id.birthDate) errors.birthDate = `出生日期与身份证号不一致（身份证上是 ${id.birthDate}）`
    }
  }
  const parsed = UpdateMyProfileBodySchema.safeParse(body)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path.map(String).join('.')) ?? 'form'
      errors[field] ??= issue.message
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { body }
}

/** Where a failed save's message belongs: the ID number's, the birth date's, a field's, or the form's. */
export function profileErrorView(error: unknown): ProfileErrors {
  if (!(error instanceof ApiError)) return { form: errorMessage(error) }
  switch (error.code) {
    case 'ID_NUMBER_INVALID':
    case 'ID_NUMBER_TAKEN':
    case 'CONSENT_REQUIRED':
      return { idNumber: error.message }
    case 'BIRTH_DATE_MISMATCH':
      return { birthDate: error.message }
  }
  const errors: ProfileErrors = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const field = fieldOfPath(path)
    if (field) errors[field] ??= message
  }
  return Object.keys(errors).length > 0 ? errors : { form: error.message }
}

/** What was typed and kept on the phone, checked; the ID number is never kept there. Null: nothing usable. */
export function parseProfileDraft(stored: unknown): ProfileForm | null {
  if (typeof stored !== 'object' || stored === null) return null
  const s = stored as Record<string, unknown>
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  const triOf = (v: unknown): Tri => (v === 'yes' || v === 'no' ? v : 'unknown')
  const rawGroups = (typeof s.groups === 'object' && s.groups !== null ? s.groups : {}) as Record<string, unknown>
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '')
  return {
    realName: text(s.realName),
    birthDate: date(s.birthDate),
    groups: Object.fromEntries(PERSON_GROUPS.map((g) => [g, triOf(rawGroups[g])])) as Record<PersonGroup, Tri>,
    graduationYear: typeof s.graduationYear === 'number' && Number.isInteger(s.graduationYear) ? s.graduationYear : null,
    householdRegion: text(s.householdRegion),
    residenceRegion: text(s.residenceRegion),
    employment: EMPLOYMENT_STATUSES.includes(s.employment as EmploymentStatus) ? (s.employment as EmploymentStatus) : null,
    business: s.business === 'none' || s.business === 'started' ? s.business : 'unknown',
    businessStartedOn: date(s.businessStartedOn),
    enrolledInCourse: triOf(s.enrolledInCourse),
    idNumber: '',
  }
}

/** The draft as kept on the phone: everything but the ID number (sensitive; typed again if the page is left). */
export function draftOf(form: ProfileForm): Omit<ProfileForm, 'idNumber'> {
  const { idNumber: _idNumber, ...rest } = form
  return rest
}
