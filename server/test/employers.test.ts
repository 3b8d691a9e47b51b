import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { crc32, deflateSync } from 'node:zlib'
import { API_PREFIX, EmployerProfileSchema, LICENCE_MAX_BYTES, type EmployerProfile } from '../../src/shared/contracts/index'
import { loadConfig } from '../src/config'
import { createAccount, sessionFor, type TestAccount } from './accounts'
import { bodyOf, call, errorOf, forEachDatabase, request, startServer, type JsonResponse, type TestServer } from './helper'

const REAL_CODE = '91350100M000100Y43'
/** Well formed, check symbol wrong (the real one ends in 3). */
const FAILING_CODE = '91350100M000100Y44'
const UNKNOWN_ID = '3f0c1a52-9a0e-4c1e-8f5e-0d6b1c2a3b4c'

/** Valid codes made for the tests: 17 symbols from a counter, then the GB 32100 check symbol. */
const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
let codeSeq = 0
function newCreditCode(): string {
  codeSeq += 1
  const body = `91140403${String(process.pid % 1000).padStart(3, '0')}${String(codeSeq).padStart(6, '0')}`
  let sum = 0
  let weight = 1
  for (const ch of body) {
    sum += SYMBOLS.indexOf(ch) * weight
    weight = (weight * 3) % 31
  }
  return body + SYMBOLS[(31 - (sum % 31)) % 31]
}

/** A real PNG: signature, IHDR, IDAT and IEND chunks with their CRCs; `seed` varies the pixels (and so the hash). */
function pngBytes(seed = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(2, 0) // width
  ihdr.writeUInt32BE(2, 4) // height
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  // Each row: filter byte 0, then two RGB pixels.
  const rows = Buffer.from([0, 255, seed & 255, 0, 0, 0, 255, 0, 0, 255, 0, 255, 255])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const enterprise = (overrides: Record<string, unknown> = {}) => ({
  kind: 'enterprise',
  name: '长治市潞州区好帮手物流有限公司',
  creditCode: newCreditCode(),
  contactName: '王经理',
  contactPhone: '13912345678',
  address: '潞州区英雄南路 88 号',
  district: '潞州区',
  ...overrides,
})
const individual = (overrides: Record<string, unknown> = {}) => ({
  kind: 'individual',
  name: '李桂兰',
  contactPhone: '13912345679',
  address: '潞州区太行西街 12 号 3 单元',
  district: '潞州区',
  ...overrides,
})

forEachDatabase('employers', (target) => {
  let server: TestServer
  let filesDir: string
  let districtStaff: TestAccount
  let otherDistrictStaff: TestAccount
  let cityStaff: TestAccount

  /** Staff are written straight to the database: the scope columns are what matter here. */
  async function staff(district: string | null): Promise<TestAccount> {
    const [row] = await server.db.query<{ id: string }>(
      `insert into users (role, display_name, staff_scope, staff_district) values ('staff', '测试工作人员', $1, $2) returning id`,
      [district ? 'district' : 'city', district],
    )
    return sessionFor(server, row!.id)
  }

  before(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'yizhan-files-'))
    server = await startServer(target, { config: { filesDir } })
    districtStaff = await staff('潞州区')
    otherDistrictStaff = await staff('上党区')
    cityStaff = await staff(null)
  })
  after(async () => {
    await server.close()
    await rm(filesDir, { recursive: true, force: true })
  })

  const worker = () => createAccount(server, 'worker')
  const register = (who: { token: string } | undefined, body: unknown) => call(server, 'POST', '/employers', { as: who, body })
  const registered = async (body: unknown = enterprise()): Promise<{ account: TestAccount; profile: EmployerProfile }> => {
    const account = await worker()
    const profile = bodyOf(await register(account, body), 201, EmployerProfileSchema)
    return { account, profile }
  }
  const employerRow = async (id: string) =>
    (
      await server.db.query<{ verification_status: string; credit_code_valid: boolean | null; licence_file_id: string | null; verified_at: string | null }>(
        'select verification_status, credit_code_valid, licence_file_id, verified_at from employers where id = $1',
        [id],
      )
    )[0]!

  /** A multipart upload as wx.uploadFile sends it: one file part named `file`. */
  const upload = (who: { token: string } | undefined, bytes: Uint8Array, filename = 'licence.png', type = 'image/png', field = 'file'): Promise<JsonResponse> => {
    const form = new FormData()
    form.append(field, new Blob([bytes], { type }), filename)
    return request(server, `${API_PREFIX}/me/employer/licence`, {
      method: 'POST',
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
      body: form,
    })
  }
  const download = async (who: { token: string } | undefined, employerId: string) => {
    const res = await fetch(server.url(`${API_PREFIX}/employers/${employerId}/licence`), {
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
    })
    const bytes = Buffer.from(await res.arrayBuffer())
    return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(bytes.toString('utf8')) as unknown }
  }
  const storedFiles = async () => (await readdir(join(filesDir, 'sha256'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile())

  describe('register', () => {
    it('an enterprise with a valid credit code: unverified, cannot publish, and the worker becomes its employer user', async () => {
      const account = await worker()
      const body = enterprise({ creditCode: ' 9135 0100 m000 100y 43 ' })
      const profile = bodyOf(await register(account, body), 201, EmployerProfileSchema)
      assert.deepEqual(
        { ...profile, id: undefined },
        {
          id: undefined,
          kind: 'enterprise',
          name: '长治市潞州区好帮手物流有限公司',
          creditCode: REAL_CODE,
          creditCodeValid: true,
          contactName: '王经理',
          contactPhone: '13912345678',
          address: '潞州区英雄南路 88 号',
          district: '潞州区',
          verificationStatus: 'unverified',
          verificationNote: null,
          verifiedAt: null,
          licence: null,
          canPublish: false,
        },
      )
      const [user] = await server.db.query<{ role: string; employer_id: string }>('select role, employer_id from users where id = $1', [account.id])
      assert.deepEqual(user, { role: 'employer', employer_id: profile.id })
      // The same session now acts as the employer.
      assert.equal(bodyOf(await call(server, 'GET', '/me/employer', { as: account }), 200, EmployerProfileSchema).id, profile.id)
      const [row] = await server.db.query<{ created_by: string }>('select created_by from employers where id = $1', [profile.id])
      assert.equal(row!.created_by, account.id)
    })

    it('a code failing its checksum is accepted, flagged and sent to staff', async () => {
      const { profile } = await registered(enterprise({ creditCode: FAILING_CODE }))
      assert.deepEqual([profile.creditCode, profile.creditCodeValid, profile.verificationStatus, profile.canPublish], [FAILING_CODE, false, 'pending', false])
      assert.deepEqual(await employerRow(profile.id), { verification_status: 'pending', credit_code_valid: false, licence_file_id: null, verified_at: null })
    })

    it('a malformed code is refused with a message on the field, and nothing is created', async () => {
      const account = await worker()
      const short = errorOf(await register(account, enterprise({ creditCode: '9135010' })), 400)
      assert.deepEqual([short.code, short.fields?.creditCode], ['VALIDATION_FAILED', '统一社会信用代码是 18 位'])
      const letters = errorOf(await register(account, enterprise({ creditCode: '91350100MI00100Y43' })), 400)
      assert.deepEqual([letters.code, letters.fields?.creditCode], ['VALIDATION_FAILED', '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）'])
      const missingName = errorOf(await register(account, enterprise({ name: ' ' })), 400)
      assert.equal(missingName.fields?.name, '请输入单位名称（与营业执照一致）')
      const [user] = await server.db.query<{ role: string; employer_id: string | null }>('select role, employer_id from users where id = $1', [account.id])
      assert.deepEqual(user, { role: 'worker', employer_id: null })
    })

    it('an individual: real name as contact, no credit code, waiting for staff from the start (no licence to upload)', async () => {
      const { profile } = await registered(individual())
      assert.deepEqual(
        [profile.kind, profile.name, profile.contactName, profile.creditCode, profile.creditCodeValid, profile.verificationStatus],
        ['individual', '李桂兰', '李桂兰', null, null, 'pending'],
      )
    })

    it('an unknown kind is refused', async () => {
      const e = errorOf(await register(await worker(), { ...individual(), kind: 'company' }), 400)
      assert.equal(e.code, 'VALIDATION_FAILED')
    })

    it('someone already an employer: 409 ALREADY_EMPLOYER', async () => {
      const { account } = await registered()
      const e = errorOf(await register(account, enterprise()), 409)
      assert.equal(e.code, 'ALREADY_EMPLOYER')
      const [n] = await server.db.query<{ n: number }>('select count(*)::int as n from employers where created_by = $1', [account.id])
      assert.equal(n!.n, 1)
    })

    it('staff: 403', async () => {
      const e = errorOf(await register(cityStaff, enterprise()), 403)
      assert.equal(e.code, 'FORBIDDEN')
      const [user] = await server.db.query<{ role: string }>('select role from users where id = $1', [cityStaff.id])
      assert.equal(user!.role, 'staff')
    })

    it('a credit code already registered: 409 CREDIT_CODE_TAKEN, told whom to ask', async () => {
      const creditCode = newCreditCode()
      await registered(enterprise({ creditCode }))
      const late = await worker()
      const e = errorOf(await register(late, enterprise({ creditCode: creditCode.toLowerCase() })), 409)
      assert.equal(e.code, 'CREDIT_CODE_TAKEN')
      assert.match(e.message, /驿站/)
      const [user] = await server.db.query<{ role: string }>('select role from users where id = $1', [late.id])
      assert.equal(user!.role, 'worker')
    })

    it('anonymous: 401', async () => {
      assert.equal(errorOf(await register(undefined, enterprise()), 401).code, 'UNAUTHORIZED')
    })
  })

  describe('my employer', () => {
    it('404 EMPLOYER_NOT_REGISTERED for a worker and for staff; 401 anonymous', async () => {
      assert.equal(errorOf(await call(server, 'GET', '/me/employer', { as: await worker() }), 404).code, 'EMPLOYER_NOT_REGISTERED')
      assert.equal(errorOf(await call(server, 'GET', '/me/employer', { as: cityStaff }), 404).code, 'EMPLOYER_NOT_REGISTERED')
      assert.equal(errorOf(await call(server, 'GET', '/me/employer'), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await call(server, 'PATCH', '/me/employer', { body: { address: '某地 1 号' } }), 401).code, 'UNAUTHORIZED')
      assert.equal(errorOf(await call(server, 'PATCH', '/me/employer', { as: await worker(), body: { address: '某地 1 号' } }), 404).code, 'EMPLOYER_NOT_REGISTERED')
    })

    it('contact and address change without touching verification', async () => {
      const { account, profile } = await registered()
      await server.db.query(`update employers set verification_status = 'verified', verified_at = now() where id = $1`, [profile.id])
      const updated = bodyOf(
        await call(server, 'PATCH', '/me/employer', { as: account, body: { contactName: '赵主任', contactPhone: '13700001111', address: '潞州区紫金街 5 号' } }),
        200,
        EmployerProfileSchema,
      )
      assert.deepEqual(
        [updated.contactName, updated.contactPhone, updated.address, updated.name, updated.verificationStatus, updated.canPublish],
        ['赵主任', '13700001111', '潞州区紫金街 5 号', profile.name, 'verified', true],
      )
      assert.ok(updated.verifiedAt)
    })

    it('a verified employer changing its name goes back to pending and cannot publish', async () => {
      const { account, profile } = await registered()
      await server.db.query(`update employers set verification_status = 'verified', verified_at = now() where id = $1`, [profile.id])
      const updated = bodyOf(await call(server, 'PATCH', '/me/employer', { as: account, body: { name: '长治市好帮手供应链有限公司' } }), 200, EmployerProfileSchema)
      assert.deepEqual([updated.name, updated.verificationStatus, updated.verifiedAt, updated.canPublish], ['长治市好帮手供应链有限公司', 'pending', null, false])
    })

    it('a verified employer changing its credit code goes back to pending; the new code is checked', async () => {
      const { account, profile } = await registered()
      await server.db.query(`update employers set verification_status = 'verified', verified_at = now() where id = $1`, [profile.id])
      const updated = bodyOf(await call(server, 'PATCH', '/me/employer', { as: account, body: { creditCode: FAILING_CODE.replace('Y', 'X') } }), 200, EmployerProfileSchema)
      assert.deepEqual([updated.creditCode, updated.creditCodeValid, updated.verificationStatus], ['91350100M000100X44', false, 'pending'])
    })

    it('the same name sent again changes nothing', async () => {
      const { account, profile } = await registered()
      await server.db.query(`update employers set verification_status = 'verified', verified_at = now() where id = $1`, [profile.id])
      const updated = bodyOf(await call(server, 'PATCH', '/me/employer', { as: account, body: { name: profile.name } }), 200, EmployerProfileSchema)
      assert.equal(updated.verificationStatus, 'verified')
    })

    it('another employer’s credit code: 409; an individual sending a credit code: 400 on the field', async () => {
      const creditCode = newCreditCode()
      await registered(enterprise({ creditCode }))
      const { account } = await registered()
      assert.equal(errorOf(await call(server, 'PATCH', '/me/employer', { as: account, body: { creditCode } }), 409).code, 'CREDIT_CODE_TAKEN')
      const person = await registered(individual())
      const e = errorOf(await call(server, 'PATCH', '/me/employer', { as: person.account, body: { creditCode: newCreditCode() } }), 400)
      assert.deepEqual([e.code, e.fields?.creditCode], ['VALIDATION_FAILED', '个人招工不需要填统一社会信用代码'])
    })

    it('an individual’s new name is also the contact name', async () => {
      const { account } = await registered(individual())
      const updated = bodyOf(await call(server, 'PATCH', '/me/employer', { as: account, body: { name: '李桂芳', contactName: '别人' } }), 200, EmployerProfileSchema)
      assert.deepEqual([updated.name, updated.contactName], ['李桂芳', '李桂芳'])
    })
  })

  describe('licence upload', () => {
    it('a real PNG: stored on disk under its hash, recorded, and the employer goes to pending', async () => {
      const { account, profile } = await registered()
      const png = pngBytes(1)
      const sha256 = createHash('sha256').update(png).digest('hex')
      const res = await upload(account, png)
      const updated = bodyOf(res, 200, EmployerProfileSchema)
      assert.equal(updated.verificationStatus, 'pending')
      assert.deepEqual([updated.licence?.mimeType, updated.licence?.sizeBytes], ['image/png', png.length])
      const [file] = await server.db.query<{ id: string; sha256: string; storage_key: string; owner_id: string; purpose: string; mime_type: string }>(
        `select f.id, f.sha256, f.storage_key, f.owner_id, f.purpose, f.mime_type from stored_files f join employers e on e.licence_file_id = f.id where e.id = $1`,
        [profile.id],
      )
      assert.deepEqual(
        { ...file, id: undefined },
        { id: undefined, sha256, storage_key: join('sha256', sha256.slice(0, 2), sha256), owner_id: account.id, purpose: 'employer_licence', mime_type: 'image/png' },
      )
      assert.deepEqual(await readFile(join(filesDir, file!.storage_key)), png)
      assert.deepEqual(await readdir(join(filesDir, 'tmp')), [], 'no temporary file left behind')
    })

    it('a rejected employer uploading again goes back to pending; a verified one stays verified', async () => {
      const rejected = await registered()
      await server.db.query(`update employers set verification_status = 'rejected', verification_note = '执照模糊' where id = $1`, [rejected.profile.id])
      const again = bodyOf(await upload(rejected.account, pngBytes(2)), 200, EmployerProfileSchema)
      assert.deepEqual([again.verificationStatus, again.verificationNote], ['pending', null])
      const verified = await registered()
      await server.db.query(`update employers set verification_status = 'verified', verified_at = now() where id = $1`, [verified.profile.id])
      assert.equal(bodyOf(await upload(verified.account, pngBytes(3)), 200, EmployerProfileSchema).verificationStatus, 'verified')
    })

    it('JPEG and PDF are taken, judged by their bytes whatever the declared type', async () => {
      const { account } = await registered()
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF rest of a photo')])
      assert.equal(bodyOf(await upload(account, jpeg, 'photo.bin', 'application/octet-stream'), 200, EmployerProfileSchema).licence?.mimeType, 'image/jpeg')
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n')
      assert.equal(bodyOf(await upload(account, pdf, 'scan.png', 'image/png'), 200, EmployerProfileSchema).licence?.mimeType, 'application/pdf')
    })

    it('a text file renamed .png: 400 LICENCE_TYPE_NOT_ALLOWED, nothing stored or changed', async () => {
      const { account, profile } = await registered()
      const before = (await storedFiles()).length
      const e = errorOf(await upload(account, Buffer.from('这不是图片，只是一段文字'), 'licence.png', 'image/png'), 400)
      assert.equal(e.code, 'LICENCE_TYPE_NOT_ALLOWED')
      assert.match(e.message, /JPG、PNG、PDF/)
      assert.equal((await storedFiles()).length, before)
      assert.deepEqual(await employerRow(profile.id), { verification_status: 'unverified', credit_code_valid: true, licence_file_id: null, verified_at: null })
    })

    it('6 MB: 413 LICENCE_TOO_LARGE; exactly the limit is taken', async () => {
      const { account, profile } = await registered()
      const big = Buffer.alloc(6 * 1024 * 1024, 1)
      big.set(pngBytes(4).subarray(0, 8))
      const e = errorOf(await upload(account, big), 413)
      assert.equal(e.code, 'LICENCE_TOO_LARGE')
      assert.equal((await employerRow(profile.id)).licence_file_id, null)
      const limit = Buffer.alloc(LICENCE_MAX_BYTES, 2)
      limit.set(pngBytes(5).subarray(0, 8))
      assert.equal(bodyOf(await upload(account, limit), 200, EmployerProfileSchema).licence?.sizeBytes, LICENCE_MAX_BYTES)
    })

    it('the same bytes twice (two employers even) are stored once on disk', async () => {
      const png = pngBytes(6)
      const sha256 = createHash('sha256').update(png).digest('hex')
      const a = await registered()
      const b = await registered()
      bodyOf(await upload(a.account, png), 200, EmployerProfileSchema)
      bodyOf(await upload(a.account, png), 200, EmployerProfileSchema)
      bodyOf(await upload(b.account, png), 200, EmployerProfileSchema)
      const named = (await storedFiles()).filter((f) => f.name === sha256)
      assert.equal(named.length, 1)
      const [rows] = await server.db.query<{ n: number; keys: number }>(
        'select count(*)::int as n, count(distinct storage_key)::int as keys from stored_files where sha256 = $1',
        [sha256],
      )
      assert.deepEqual(rows, { n: 3, keys: 1 })
    })

    it('no file part, the wrong field, a JSON body: refused with codes; worker 404; anonymous 401', async () => {
      const { account } = await registered()
      const wrongField = errorOf(await upload(account, pngBytes(7), 'a.png', 'image/png', 'photo'), 400)
      assert.deepEqual([wrongField.code, wrongField.fields?.file], ['VALIDATION_FAILED', '请选择要上传的文件'])
      const json = errorOf(await call(server, 'POST', '/me/employer/licence', { as: account, body: { file: 'x' } }), 415)
      assert.equal(json.code, 'UNSUPPORTED_MEDIA_TYPE')
      assert.equal(errorOf(await upload(await worker(), pngBytes(7)), 404).code, 'EMPLOYER_NOT_REGISTERED')
      assert.equal(errorOf(await upload(cityStaff, pngBytes(7)), 404).code, 'EMPLOYER_NOT_REGISTERED')
      assert.equal(errorOf(await upload(undefined, pngBytes(7)), 401).code, 'UNAUTHORIZED')
    })

    it('other routes still refuse multipart bodies (415)', async () => {
      const form = new FormData()
      form.append('file', new Blob([pngBytes(8)], { type: 'image/png' }), 'a.png')
      const res = await request(server, `${API_PREFIX}/auth/otp`, { method: 'POST', body: form })
      assert.equal(errorOf(res, 415).code, 'UNSUPPORTED_MEDIA_TYPE')
      // Also the JSON operations of the plugin that takes uploads.
      const account = await worker()
      const asForm = await request(server, `${API_PREFIX}/employers`, { method: 'POST', headers: { authorization: `Bearer ${account.token}` }, body: form })
      assert.equal(errorOf(asForm, 415).code, 'UNSUPPORTED_MEDIA_TYPE')
    })
  })

  describe('licence download', () => {
    let owner: TestAccount
    let employerId: string
    const png = pngBytes(9)

    before(async () => {
      const r = await registered(enterprise({ district: '潞州区' }))
      owner = r.account
      employerId = r.profile.id
      bodyOf(await upload(owner, png), 200, EmployerProfileSchema)
    })

    it('the owner gets the bytes with their type, never cached', async () => {
      const res = await download(owner, employerId)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'image/png')
      assert.equal(res.headers.get('cache-control'), 'private, no-store')
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
      assert.deepEqual(res.bytes, png)
    })

    it('another user of the same employer gets it too', async () => {
      const foreman = await createAccount(server, 'employer', { employerId })
      assert.deepEqual((await download(foreman, employerId)).bytes, png)
    })

    it('staff of the employer’s district and city-wide staff get it; staff of another district: 403', async () => {
      assert.deepEqual((await download(districtStaff, employerId)).bytes, png)
      assert.deepEqual((await download(cityStaff, employerId)).bytes, png)
      const other = await download(otherDistrictStaff, employerId)
      assert.equal(other.status, 403)
      assert.deepEqual(other.json(), { error: { code: 'FORBIDDEN', message: '这个用人单位不在你负责的区县', requestId: (other.json() as { error: { requestId: string } }).error.requestId } })
      assert.match(other.headers.get('content-type') ?? '', /application\/json/)
    })

    it('another employer: 403; a worker: 403; anonymous: 401', async () => {
      const { account } = await registered()
      for (const who of [account, await worker()]) {
        const res = await download(who, employerId)
        assert.equal(res.status, 403)
        assert.equal((res.json() as { error: { code: string } }).error.code, 'FORBIDDEN')
      }
      const anonymous = await download(undefined, employerId)
      assert.equal(anonymous.status, 401)
      assert.equal((anonymous.json() as { error: { code: string } }).error.code, 'UNAUTHORIZED')
    })

    it('none uploaded, or no such employer (for staff): 404 LICENCE_NOT_FOUND', async () => {
      const { account, profile } = await registered()
      const mine = await download(account, profile.id)
      assert.deepEqual([mine.status, (mine.json() as { error: { code: string } }).error.code], [404, 'LICENCE_NOT_FOUND'])
      const unknown = await download(cityStaff, UNKNOWN_ID)
      assert.deepEqual([unknown.status, (unknown.json() as { error: { code: string } }).error.code], [404, 'LICENCE_NOT_FOUND'])
    })
  })

  describe('OpenAPI', () => {
    it('describes the upload as multipart/form-data with a binary field, and the download as file content', async () => {
      const res = await request(server, `${API_PREFIX}/openapi.json`)
      const doc = res.body as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown; encoding?: unknown }> }; responses: Record<string, { description: string; content?: Record<string, unknown> }> }>> }
      const up = doc.paths[`${API_PREFIX}/me/employer/licence`]!.post!
      assert.deepEqual(up.requestBody!.content['multipart/form-data'], {
        schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } } },
        encoding: { file: { contentType: 'image/jpeg, image/png, application/pdf' } },
      })
      assert.match(up.responses['413']!.description, /LICENCE_TOO_LARGE/)
      assert.match(up.responses['400']!.description, /LICENCE_TYPE_NOT_ALLOWED/)
      const down = doc.paths[`${API_PREFIX}/employers/{id}/licence`]!.get!
      assert.deepEqual(down.responses['200']!.content, { 'image/jpeg': {}, 'image/png': {}, 'application/pdf': {} })
    })
  })
})

describe('FILES_DIR', () => {
  const base = { NODE_ENV: 'test' } as const
  it('defaults to files in DATA_DIR, to .data/files for an in-memory database, and can be set', () => {
    assert.equal(loadConfig({ ...base, DATA_DIR: '/var/lib/yizhan' }).filesDir, join('/var/lib/yizhan', 'files'))
    assert.equal(loadConfig({ ...base, DATA_DIR: 'memory://' }).filesDir, join('.data', 'files'))
    assert.equal(loadConfig({ ...base }).filesDir, join('.data', 'files'))
    assert.equal(loadConfig({ ...base, FILES_DIR: '/srv/files' }).filesDir, '/srv/files')
  })
})
