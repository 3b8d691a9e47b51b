import { ApiError, NetworkError } from '@/shared/api/errors'
import { MATERIAL_MAX_BYTES } from '@/shared/contracts/subsidies'
import {
  draftFromApplication,
  emptyDraft,
  fieldProblem,
  fieldViews,
  parseDraft,
  submitErrorView,
  toApplicationBody,
  SUBMIT_MAYBE_SENT,
  type ApplyDraft,
} from '../model/application-form'
import { applyAvailability } from '../model/availability'
import { materialFileProblem } from '../model/material-file'
import { FORM, buildApplication, buildPolicy, uuidOf } from './subsidy-fixtures'

const field = (key: string) => FORM.fields.find((f) => f.key === key)!

const filled = (overrides: Partial<ApplyDraft> = {}): ApplyDraft => ({
  values: { bank_account: '6222020200112233445', employees: '3', started_on: '2025-06-01', business_kind: '个体工商户', remark: '' },
  photos: { id_card: [{ id: uuidOf(1), localPath: 'wxfile://front.jpg' }, { id: uuidOf(2), localPath: null }] },
  declared: true,
  submitKey: null,
  ...overrides,
})

describe('the form built from the policy', () => {
  test('each field by its kind: keyboard, placeholder, options; optional ones say 选填', () => {
    expect(fieldViews(FORM).map((v) => [v.key, v.kind, v.label, v.keyboard, v.placeholder, v.options])).toEqual([
      ['bank_account', 'text', '银行卡号', 'text', '请填写银行卡号', []],
      ['employees', 'number', '带动就业人数', 'number', '只填数字，如 3', []],
      ['started_on', 'date', '营业执照日期', 'text', '请选择日期', []],
      ['business_kind', 'choice', '经营类型', 'text', '', ['个体工商户', '小微企业']],
      ['remark', 'text', '备注（选填）', 'text', '请填写备注', []],
    ])
    expect(fieldViews(FORM)[0]?.hint).toBe('请填写本人一类银行卡号')
  })

  test.each([
    ['bank_account', '', '请填写银行卡号'],
    ['bank_account', '   ', '请填写银行卡号'],
    ['employees', '', '请填写带动就业人数'],
    ['employees', '3.5', '带动就业人数只填整数，如 3'],
    ['employees', '三', '带动就业人数只填整数，如 3'],
    ['started_on', '', '请选择营业执照日期'],
    ['started_on', '2025-02-30', '营业执照日期不是有效的日期'],
    ['business_kind', '', '请选择经营类型'],
    ['business_kind', '合伙企业', '请从给出的选项中选择经营类型'],
    ['remark', '201 个字'.padEnd(201, '字'), '备注最多 200 个字'],
  ])('%s = %j: %s', (key, value, message) => {
    expect(fieldProblem(field(key), value)).toBe(message)
  })

  test('good values and an empty optional field pass', () => {
    expect(fieldProblem(field('employees'), ' 12 ')).toBeNull()
    expect(fieldProblem(field('started_on'), '2024-02-29')).toBeNull()
    expect(fieldProblem(field('business_kind'), '小微企业')).toBeNull()
    expect(fieldProblem(field('remark'), '')).toBeNull()
  })

  test('a filled form becomes the body: trimmed values, photo ids, empty optional parts left out', () => {
    const result = toApplicationBody(FORM, filled({ values: { ...filled().values, bank_account: ' 6222020200112233445 ' } }))
    expect(result).toEqual({
      body: {
        fields: { bank_account: '6222020200112233445', employees: '3', started_on: '2025-06-01', business_kind: '个体工商户' },
        materials: { id_card: [uuidOf(1), uuidOf(2)] },
        declaration: true,
      },
    })
  })

  test('an empty form says what is missing on each part, the declaration in the contract’s words', () => {
    expect(toApplicationBody(FORM, emptyDraft())).toEqual({
      errors: {
        fields: { bank_account: '请填写银行卡号', employees: '请填写带动就业人数', started_on: '请选择营业执照日期', business_kind: '请选择经营类型' },
        materials: { id_card: '请上传身份证的照片' },
        declaration: '请阅读并勾选承诺',
      },
    })
  })

  test('the declaration is never assumed', () => {
    const result = toApplicationBody(FORM, filled({ declared: false }))
    expect(result).toEqual({ errors: { fields: {}, materials: {}, declaration: '请阅读并勾选承诺' } })
  })

  test('more photos than the material takes are refused', () => {
    const three = [1, 2, 3].map((n) => ({ id: uuidOf(n), localPath: null }))
    const result = toApplicationBody(FORM, filled({ photos: { id_card: three } }))
    expect('errors' in result && result.errors.materials).toEqual({ id_card: '身份证最多 2 张照片' })
  })
})

describe('a material photo before it is sent', () => {
  test('a JPG or PNG up to 5 MB goes; one of unknown type too (the server reads the bytes)', () => {
    expect(materialFileProblem({ sizeBytes: MATERIAL_MAX_BYTES, mimeType: 'image/jpeg' })).toBeNull()
    expect(materialFileProblem({ sizeBytes: 1000, mimeType: 'image/png' })).toBeNull()
    expect(materialFileProblem({ sizeBytes: 1000, mimeType: null })).toBeNull()
  })

  test('too big says its size and what to do', () => {
    expect(materialFileProblem({ sizeBytes: 7.4 * 1024 * 1024, mimeType: 'image/jpeg' })).toBe(
      '这张照片有 7.4 MB，超过了 5 MB。请重新拍一张，或选照片时不要勾“原图”',
    )
    expect(materialFileProblem({ sizeBytes: MATERIAL_MAX_BYTES + 1, mimeType: 'image/png' })).not.toBeNull()
  })

  test.each(['image/heic', 'image/gif', 'application/pdf', 'image/webp'])('%s is refused', (mimeType) => {
    expect(materialFileProblem({ sizeBytes: 1000, mimeType })).toBe('这张不是 JPG 或 PNG 照片，请换一张（截图、HEIC 或 PDF 文件传不上去）')
  })
})

describe('the draft kept on the phone', () => {
  test('what still fits the form comes back; the rest (a field staff removed, a bad id, too many photos) is dropped', () => {
    const stored = {
      values: { bank_account: '6222', gone_field: 'x', employees: 3 },
      photos: { id_card: [{ id: uuidOf(1), localPath: 'wxfile://a.jpg' }, { id: 'not-an-id' }, { id: uuidOf(2) }, { id: uuidOf(3) }], old: [{ id: uuidOf(4) }] },
      declared: true,
      submitKey: 'subsidy-abc-0123456789abcdef',
    }
    expect(parseDraft(stored, FORM)).toEqual({
      values: { bank_account: '6222' },
      photos: { id_card: [{ id: uuidOf(1), localPath: 'wxfile://a.jpg' }, { id: uuidOf(2), localPath: null }] },
      declared: true,
      submitKey: 'subsidy-abc-0123456789abcdef',
    })
  })

  test('anything else in storage is an empty draft', () => {
    expect(parseDraft(null, FORM)).toEqual(emptyDraft())
    expect(parseDraft('junk', FORM)).toEqual(emptyDraft())
    expect(parseDraft({ submitKey: 'bad key!' }, FORM).submitKey).toBeNull()
  })

  test('resubmitting starts from what was sent, photos included, the declaration to be made again', () => {
    expect(draftFromApplication(buildApplication({ status: 'needs_more' }), FORM)).toEqual({
      values: { bank_account: '6222020200112233445', employees: '3', started_on: '2025-06-01', business_kind: '个体工商户' },
      photos: { id_card: [{ id: uuidOf(0x301), localPath: null }, { id: uuidOf(0x302), localPath: null }], licence: [] },
      declared: false,
      submitKey: null,
    })
  })

})

describe('a refused submission', () => {
  test('the server’s field messages land on their fields and materials', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '银行卡号格式不对', {
      'fields.bank_account': '银行卡号格式不对',
      'materials.id_card.0': '这张照片找不到了，请重新上传',
      declaration: '请阅读并勾选承诺',
    })
    expect(submitErrorView(error)).toEqual({
      errors: { fields: { bank_account: '银行卡号格式不对' }, materials: { id_card: '这张照片找不到了，请重新上传' }, declaration: '请阅读并勾选承诺' },
      form: null,
      refusal: null,
    })
  })

  test('a 400 without fields is said over the button', () => {
    const view = submitErrorView(new ApiError(400, 'MATERIAL_NOT_FOUND', '有照片找不到了，请重新上传'))
    expect(view.form).toBe('有照片找不到了，请重新上传')
  })

  test.each([
    ['APPLICATION_EXISTS', '您已经申请过这项补贴', 'existing'],
    ['POLICY_EXPIRED', '这项政策已过申请期限', 'policy'],
    ['POLICY_NOT_ONLINE', '这项政策不在网上申请', 'policy'],
    ['IDEMPOTENCY_KEY_REUSED', '这份申请已经提交过了', 'mine'],
    ['INVALID_TRANSITION', '这份申请现在不需要补充材料了', 'application'],
  ])('409 %s: %s, with a way on', (code, title, link) => {
    const view = submitErrorView(new ApiError(409, code, 'server words'))
    expect(view.refusal).toMatchObject({ title, link })
    expect(view.form).toBeNull()
  })

  test('NOT_ELIGIBLE carries the server’s reason', () => {
    const view = submitErrorView(new ApiError(409, 'NOT_ELIGIBLE', '年龄超过 35 周岁，不符合申请条件'))
    expect(view.refusal).toEqual({ title: '暂时不符合申请条件', message: '年龄超过 35 周岁，不符合申请条件', link: 'policy' })
  })

  test('no answer, or the server’s own trouble: the retry is safe and the page says so', () => {
    expect(submitErrorView(new NetworkError('request:fail')).form).toBe(SUBMIT_MAYBE_SENT)
    expect(submitErrorView(new ApiError(503, 'UNKNOWN', '服务器暂时出了问题')).form).toBe(SUBMIT_MAYBE_SENT)
  })
})

describe('whether the form can be filled in', () => {
  test('an open online policy gives its form', () => {
    expect(applyAvailability(buildPolicy(), null)).toEqual({ form: FORM })
  })

  test('an offline policy, an expired one, a resubmission that was not asked for', () => {
    const offline = buildPolicy({ applyKind: 'offline', applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '工作日 9:00–17:00' }, applicationForm: null })
    expect(applyAvailability(offline, null)).toMatchObject({ refusal: { title: '这项政策不在网上申请' } })
    expect(applyAvailability(buildPolicy({ open: false, expired: true }), null)).toMatchObject({ refusal: { title: '这项政策已过申请期限' } })
    expect(applyAvailability(buildPolicy(), buildApplication({ status: 'reviewing' }))).toMatchObject({
      refusal: { title: '这份申请现在不需要补充材料', message: '它现在是「审核中」，请看看申请的进度。', link: 'application' },
    })
  })

  test('a resubmission may finish after the deadline: it was made in time', () => {
    expect(applyAvailability(buildPolicy({ open: false, expired: true }), buildApplication({ status: 'needs_more' }))).toEqual({ form: FORM })
  })
})
