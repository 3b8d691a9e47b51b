import { LICENCE_MAX_BYTES } from '@/shared/contracts'
import { licenceFileProblem, licenceFileText } from '../model/licence'
import { contactChanges, contactErrorView, verificationView, NOTHING_CHANGED } from '../model/profile'
import { ApiError } from '@/shared/api/errors'
import { buildEmployerProfile } from './employer-profile-fixture'

describe('a licence photo before it is sent', () => {
  test('a JPG or PNG up to 5 MB may go; of unknown type too (the server reads the bytes)', () => {
    expect(licenceFileProblem({ sizeBytes: LICENCE_MAX_BYTES, mimeType: 'image/jpeg' })).toBeNull()
    expect(licenceFileProblem({ sizeBytes: 1000, mimeType: 'image/png' })).toBeNull()
    expect(licenceFileProblem({ sizeBytes: 1000, mimeType: null })).toBeNull()
  })

  test('one byte over 5 MB is too big, with its size', () => {
    expect(licenceFileProblem({ sizeBytes: 7.4 * 1024 * 1024, mimeType: 'image/jpeg' })).toBe(
      '照片太大了（7.4 MB），最大 5 MB。请重新拍一张，或选照片时不要选“原图”',
    )
    expect(licenceFileProblem({ sizeBytes: LICENCE_MAX_BYTES + 1, mimeType: 'image/jpeg' })).not.toBeNull()
  })

  test.each(['image/heic', 'image/gif', 'application/pdf', 'video/mp4'])('%s is refused on the phone', (mimeType) => {
    expect(licenceFileProblem({ sizeBytes: 1000, mimeType })).toBe('只能上传 JPG 或 PNG 格式的照片，请换一张')
  })

  test('what is on file, in a line', () => {
    expect(licenceFileText({ mimeType: 'image/jpeg', sizeBytes: 2.5 * 1024 * 1024 })).toBe('照片，2.5 MB')
    expect(licenceFileText({ mimeType: 'application/pdf', sizeBytes: 300 * 1024 })).toBe('PDF 文件，300 KB')
  })
})

describe('verification in plain words', () => {
  test('each status says what happens next', () => {
    expect(verificationView(buildEmployerProfile({ verificationStatus: 'unverified' }))).toEqual({
      title: '未认证',
      detail: '上传营业执照后由驿站核实',
      tone: 'waiting',
    })
    expect(verificationView(buildEmployerProfile({ kind: 'individual', creditCode: null, creditCodeValid: null })).detail).toBe('上传身份证明后由驿站核实')
    expect(verificationView(buildEmployerProfile({ verificationStatus: 'verified' })).title).toBe('已认证')
    expect(verificationView(buildEmployerProfile({ verificationStatus: 'rejected', verificationNote: '照片看不清' }))).toEqual({
      title: '未通过',
      detail: '照片看不清。请按说明改好后重新上传营业执照',
      tone: 'bad',
    })
  })

  test('审核中 without a licence asks for one', () => {
    expect(verificationView(buildEmployerProfile({ verificationStatus: 'pending', licence: null })).detail).toBe(
      '驿站工作人员正在核实您的资料。上传营业执照能让核实更快',
    )
  })
})

describe('contact changes', () => {
  const profile = buildEmployerProfile()
  const values = { contactName: profile.contactName, contactPhone: profile.contactPhone, address: profile.address, district: profile.district ?? '' }

  test('only the changed fields are sent', () => {
    expect(contactChanges(profile, { ...values, contactPhone: '13900000009' })).toEqual({ body: { contactPhone: '13900000009' } })
  })

  test('nothing changed is said, not sent', () => {
    expect(contactChanges(profile, { ...values, address: ` ${values.address} ` })).toEqual({ unchanged: true })
    expect(NOTHING_CHANGED).toBe('没有修改任何内容')
  })

  test('a bad change gets the contract’s message on its field', () => {
    expect(contactChanges(profile, { ...values, contactPhone: '12345', address: '潞' })).toEqual({
      errors: { contactPhone: '请输入 11 位手机号', address: '请输入地址' },
    })
  })

  test('an individual’s contact name is not theirs to change here', () => {
    const person = buildEmployerProfile({ kind: 'individual', creditCode: null, creditCodeValid: null })
    expect(contactChanges(person, { ...values, contactName: '别人' })).toEqual({ unchanged: true })
  })

  test('server field messages go on their field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '填写的内容有误', { contactPhone: '请输入 11 位手机号' })
    expect(contactErrorView(error)).toEqual({ fields: { contactPhone: '请输入 11 位手机号' }, form: null })
  })
})
