import { ApiError, NetworkError } from '@/shared/api/errors'
import { buildProfile } from './profile-fixtures'
import { emptyProfileForm, formFromProfile, parseProfileDraft, profileErrorView, toProfileBody, draftOf } from '../model/profile-form'

const TODAY = '2026-12-02'


describe('我的资料 form', () => {
  it('an empty form sends every fact unanswered', () => {
    expect(toProfileBody(emptyProfileForm(), TODAY)).toEqual({ body: { realName: null, groups: {} } })
  })

  it('round-trips what the server has: 是/不是/不确定, 没有创业, a graduation year only for graduates', () => {
    const facts = {
      birthDate: '2002-03-04',
      groups: { graduate: true, veteran: false },
      graduationYear: 2025,
      householdRegion: '潞州区',
      residenceRegion: '太原市',
      employment: 'unemployed' as const,
      businessStartedOn: null,
      enrolledInCourse: true,
    }
    const form = formFromProfile(buildProfile({ realName: '王小明', facts: { ...facts, idNumberMasked: '110105********002X' } }))
    expect(form.groups.graduate).toBe('yes')
    expect(form.groups.veteran).toBe('no')
    expect(form.groups.disabled).toBe('unknown')
    expect(form.business).toBe('none')
    expect(form.idNumber).toBe('')
    // Everything comes back as it was; the masked number is never sent back.
    expect(toProfileBody(form, TODAY)).toEqual({ body: { realName: '王小明', ...facts } })
    // Not a graduate any more: the year is not sent.
    const notGraduate = toProfileBody({ ...form, groups: { ...form.groups, graduate: 'no' } }, TODAY)
    expect('body' in notGraduate ? notGraduate.body : null).toEqual(expect.objectContaining({ groups: { graduate: false, veteran: false } }))
    expect('body' in notGraduate ? notGraduate.body : null).not.toHaveProperty('graduationYear')
  })

  it('checks the ID number (GB 11643) and its birth date against the one chosen before sending', () => {
    const form = { ...emptyProfileForm(), idNumber: '11010519491231002x' }
    expect(toProfileBody(form, TODAY)).toEqual({ body: { realName: null, groups: {}, idNumber: '11010519491231002X' } })
    expect(toProfileBody({ ...form, idNumber: '110105194912310021' }, TODAY)).toEqual({ errors: { idNumber: '身份证号校验不通过，请逐位核对' } })
    expect(toProfileBody({ ...form, idNumber: '1101051949' }, TODAY)).toEqual({ errors: { idNumber: '身份证号是 18 位，现在是 10 位' } })
    expect(toProfileBody({ ...form, birthDate: '1950-01-01' }, TODAY)).toEqual({ errors: { birthDate: '出生日期与身份证号不一致（身份证上是 1949-12-31）' } })
  })

  it('a business started needs its date; dates after today are refused', () => {
    expect(toProfileBody({ ...emptyProfileForm(), business: 'started' }, TODAY)).toEqual({ errors: { businessStartedOn: '请选择营业执照上的成立日期，或选“没有创业”' } })
    expect(toProfileBody({ ...emptyProfileForm(), birthDate: '2027-01-01' }, TODAY)).toEqual({ errors: { birthDate: '出生日期不能晚于今天' } })
  })

  it('puts the server’s refusals on their fields', () => {
    expect(profileErrorView(new ApiError(400, 'ID_NUMBER_INVALID', '身份证号校验不通过，请逐位核对', { idNumber: '身份证号校验不通过，请逐位核对' }))).toEqual({ idNumber: '身份证号校验不通过，请逐位核对' })
    expect(profileErrorView(new ApiError(409, 'ID_NUMBER_TAKEN', '这个身份证号已在另一个账号登记'))).toEqual({ idNumber: '这个身份证号已在另一个账号登记' })
    expect(profileErrorView(new ApiError(409, 'CONSENT_REQUIRED', '保存身份证号前，请先单独同意'))).toEqual({ idNumber: '保存身份证号前，请先单独同意' })
    expect(profileErrorView(new ApiError(400, 'BIRTH_DATE_MISMATCH', '出生日期与身份证号不一致（身份证上是 1949-12-31）', { birthDate: '与身份证号上的出生日期不一致' }))).toEqual({
      birthDate: '出生日期与身份证号不一致（身份证上是 1949-12-31）',
    })
    expect(profileErrorView(new ApiError(400, 'VALIDATION_FAILED', '请检查', { 'groups.graduate': '人群类别的回答应为是或否', realName: '姓名最多 30 个字' }))).toEqual({
      groups: '人群类别的回答应为是或否',
      realName: '姓名最多 30 个字',
    })
    expect(profileErrorView(new NetworkError('x'))).toEqual({ form: '网络连接不上，请检查网络后重试' })
  })

  it('the draft on the phone never holds the ID number, and a damaged one reads safely', () => {
    const form = { ...emptyProfileForm(), realName: '李四', idNumber: '11010519491231002X', business: 'started' as const, businessStartedOn: '2025-01-02' }
    const draft = draftOf(form)
    expect(JSON.stringify(draft)).not.toContain('11010519491231002X')
    expect(parseProfileDraft(JSON.parse(JSON.stringify(draft)))).toEqual({ ...form, idNumber: '' })
    expect(parseProfileDraft({ groups: { graduate: 'maybe' }, employment: 'astronaut', birthDate: 'soon' })).toEqual(emptyProfileForm())
    expect(parseProfileDraft(null)).toBeNull()
  })
})
