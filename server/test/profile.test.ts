import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, beforeEach, describe, it, test } from 'node:test'
import { MyProfileSchema, type UpdateMyProfileBody } from '../../src/shared/contracts/index'
import { idNumberCheckChar } from '../../src/shared/lib/id-number'
import { DEV_PROFILE_KEY, loadConfig } from '../src/config'
import { FieldDecryptError, decryptField, encryptField, fieldHash, parseFieldKey } from '../src/crypto/field'
import { createAccount, type TestAccount } from './accounts'
import { expectError, get, post } from './auth-client'
import { bodyOf, call, forEachDatabase, startServer, type TestServer } from './helper'

/** A valid GB 11643 number from its first 17 digits. */
const validId = (first17: string) => first17 + idNumberCheckChar(first17)
const ID = '11010519491231002X' // born 1949-12-31
const OTHER_ID = validId('14040219900515123') // 长治 area code, born 1990-05-15

describe('field encryption (AES-256-GCM)', () => {
  const key = randomBytes(32)

  test('a value comes back from its ciphertext, which is stored as v1:<iv>:<tag>:<ciphertext>', () => {
    const stored = encryptField(ID, key)
    assert.match(stored, /^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
    assert.ok(!stored.includes('110105') && !stored.includes('1949'))
    assert.equal(decryptField(stored, key), ID)
    assert.equal(decryptField(encryptField('', key), key), '')
    assert.equal(decryptField(encryptField('张三·李四', key), key), '张三·李四')
  })

  test('two encryptions of the same value differ (a fresh IV each time)', () => {
    const a = encryptField(ID, key)
    const b = encryptField(ID, key)
    assert.notEqual(a, b)
    assert.notEqual(a.split(':')[1], b.split(':')[1])
  })

  test('a changed ciphertext, tag or IV is an error, not a wrong value', () => {
    const [v, iv, tag, body] = encryptField(ID, key).split(':') as [string, string, string, string]
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64')
      bytes[0] = bytes[0]! ^ 1
      return bytes.toString('base64')
    }
    assert.throws(() => decryptField([v, iv, tag, flip(body)].join(':'), key), FieldDecryptError)
    assert.throws(() => decryptField([v, iv, flip(tag), body].join(':'), key), FieldDecryptError)
    assert.throws(() => decryptField([v, flip(iv), tag, body].join(':'), key), FieldDecryptError)
    assert.throws(() => decryptField(['v2', iv, tag, body].join(':'), key), FieldDecryptError)
    assert.throws(() => decryptField(ID, key), FieldDecryptError)
  })

  test('another key cannot decrypt it', () => {
    assert.throws(() => decryptField(encryptField(ID, key), randomBytes(32)), FieldDecryptError)
  })

  test('keys are 32 bytes of base64; the lookup hash is keyed and per purpose', () => {
    assert.equal(parseFieldKey(DEV_PROFILE_KEY).length, 32)
    assert.throws(() => parseFieldKey(randomBytes(16).toString('base64')), /32 bytes/)
    assert.throws(() => parseFieldKey('not base64 at all!'), /32 bytes/)
    const h = fieldHash(ID, 'x'.repeat(32), 'a')
    assert.match(h, /^[0-9a-f]{64}$/)
    assert.equal(fieldHash(ID, 'x'.repeat(32), 'a'), h)
    assert.notEqual(fieldHash(ID, 'y'.repeat(32), 'a'), h)
    assert.notEqual(fieldHash(ID, 'x'.repeat(32), 'b'), h)
  })
})

test('PROFILE_KEY: production refuses to start without one of 32 bytes; elsewhere the public development key', () => {
  const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }
  const key = randomBytes(32).toString('base64')
  assert.throws(() => loadConfig(production), /PROFILE_KEY is required in production/)
  assert.throws(() => loadConfig({ ...production, PROFILE_KEY: DEV_PROFILE_KEY }), /PROFILE_KEY is required in production/)
  assert.throws(() => loadConfig({ ...production, PROFILE_KEY: randomBytes(31).toString('base64') }), /PROFILE_KEY: expected 32 bytes/)
  assert.deepEqual(loadConfig({ ...production, PROFILE_KEY: key }).profileKey, Buffer.from(key, 'base64'))

  assert.deepEqual(loadConfig({}).profileKey, Buffer.from(DEV_PROFILE_KEY, 'base64'))
  assert.deepEqual(loadConfig({ NODE_ENV: 'test' }).profileKey, Buffer.from(DEV_PROFILE_KEY, 'base64'))
  assert.throws(() => loadConfig({ PROFILE_KEY: 'short' }), /PROFILE_KEY: expected 32 bytes/)
})

forEachDatabase('Profile and consents', (target) => {
  let server: TestServer
  let alice: TestAccount
  let bob: TestAccount

  const profileOf = async (who: TestAccount) => bodyOf(await get(server, '/me/profile', who.token), 200, MyProfileSchema)
  const put = (who: TestAccount, body: UpdateMyProfileBody) => call(server, 'PUT', '/me/profile', { as: who, body })
  const consent = (who: TestAccount, purpose: string, granted: boolean) => post(server, '/me/consents', { purpose, granted, policyVersion: '2026-12' }, who.token)
  const stored = async (who: TestAccount) => {
    const [row] = await server.db.query<{ id_number_encrypted: string | null; id_number_hash: string | null; id_number_last4: string | null }>(
      'select id_number_encrypted, id_number_hash, id_number_last4 from profiles where user_id = $1',
      [who.id],
    )
    return row
  }

  const graduate: UpdateMyProfileBody = {
    realName: '王小明',
    birthDate: '2001-03-08',
    groups: { graduate: true, veteran: false },
    graduationYear: 2024,
    householdRegion: '潞州区',
    residenceRegion: '长治市',
    employment: 'unemployed',
    businessStartedOn: null,
    enrolledInCourse: false,
  }

  before(async () => {
    server = await startServer(target)
  })
  beforeEach(async () => {
    alice = await createAccount(server, 'worker')
    bob = await createAccount(server, 'worker')
  })
  after(() => server.close())

  it('is empty before it is filled', async () => {
    assert.deepEqual(await profileOf(alice), { facts: {}, realName: null, consents: [], mutedPolicyCategories: [], updatedAt: null })
  })

  it('keeps what was put and answers it back; left-out facts become unanswered', async () => {
    const saved = bodyOf(await put(alice, graduate), 200, MyProfileSchema)
    const { realName, ...facts } = graduate
    assert.deepEqual(saved.facts, facts)
    assert.equal(saved.realName, realName)
    assert.ok(saved.updatedAt)
    assert.deepEqual(await profileOf(alice), saved)

    const second = bodyOf(await put(alice, { employment: 'self_employed', businessStartedOn: '2026-06-01' }), 200, MyProfileSchema)
    assert.deepEqual(second.facts, { employment: 'self_employed', businessStartedOn: '2026-06-01' })
    assert.equal(second.realName, null)
  })

  it('refuses facts of the wrong shape with the field named', async () => {
    const res = await put(alice, { employment: 'retired' } as unknown as UpdateMyProfileBody)
    const error = expectError(res, 400, 'VALIDATION_FAILED')
    assert.ok(error.fields?.employment)
    expectError(await put(alice, { groups: { astronaut: true } } as unknown as UpdateMyProfileBody), 400, 'VALIDATION_FAILED')
  })

  it('stores a valid ID number encrypted, answers it masked, and never whole', async () => {
    assert.equal((await consent(alice, 'id_number', true)).status, 201)
    const res = await put(alice, { realName: '张三', idNumber: '11010519491231002x' })
    const saved = bodyOf(res, 200, MyProfileSchema)
    assert.equal(saved.facts.idNumberMasked, '110105********002X')
    assert.equal(saved.facts.birthDate, '1949-12-31', 'the birth date is taken from the ID number')
    assert.ok(!JSON.stringify(res.body).includes(ID))

    const row = await stored(alice)
    assert.ok(row?.id_number_encrypted?.startsWith('v1:'))
    assert.ok(!row!.id_number_encrypted!.includes('19491231') && !row!.id_number_encrypted!.includes('110105'))
    assert.equal(decryptField(row!.id_number_encrypted!, server.config.profileKey), ID)
    assert.equal(row!.id_number_hash, fieldHash(ID, server.config.authSecret, 'profile-id-number'))
    assert.equal(row!.id_number_last4, '002X')
    const [dump] = await server.db.query<{ t: string }>('select row_to_json(p)::text as t from profiles p where user_id = $1', [alice.id])
    assert.ok(!dump!.t.includes(ID) && !dump!.t.includes('110105194912'))

    // Left out: kept. A stated birth date must be the ID's.
    const kept = bodyOf(await put(alice, { birthDate: '1949-12-31', employment: 'employed' }), 200, MyProfileSchema)
    assert.equal(kept.facts.idNumberMasked, '110105********002X')
    expectError(await put(alice, { birthDate: '1950-01-01' }), 400, 'BIRTH_DATE_MISMATCH')
    // null: erased.
    const erased = bodyOf(await put(alice, { idNumber: null }), 200, MyProfileSchema)
    assert.equal(erased.facts.idNumberMasked, undefined)
    assert.deepEqual(await stored(alice), { id_number_encrypted: null, id_number_hash: null, id_number_last4: null })
  })

  it('refuses an ID number that fails its checksum, or whose birth date differs from the one given', async () => {
    await consent(alice, 'id_number', true)
    const bad = expectError(await put(alice, { idNumber: '110105194912310021' }), 400, 'ID_NUMBER_INVALID')
    assert.match(bad.message, /校验/)
    assert.ok(bad.fields?.idNumber)
    expectError(await put(alice, { idNumber: '1101051949' }), 400, 'ID_NUMBER_INVALID')
    const mismatch = expectError(await put(alice, { idNumber: ID, birthDate: '1949-12-30' }), 400, 'BIRTH_DATE_MISMATCH')
    assert.ok(mismatch.fields?.birthDate)
    assert.equal(await stored(alice), undefined, 'nothing was written')
  })

  it('needs a current id_number consent to keep an ID number', async () => {
    const refused = expectError(await put(alice, { idNumber: ID }), 409, 'CONSENT_REQUIRED')
    assert.match(refused.message, /同意/)
    await consent(alice, 'policy_matching', true)
    expectError(await put(alice, { idNumber: ID }), 409, 'CONSENT_REQUIRED')
    await consent(alice, 'id_number', false)
    expectError(await put(alice, { idNumber: ID }), 409, 'CONSENT_REQUIRED')
    assert.equal(await stored(alice), undefined)
    // Without an ID number the profile needs no such consent.
    assert.equal((await put(alice, graduate)).status, 200)
  })

  it('withdrawing the id_number consent erases the stored number at once; the history is kept', async () => {
    await consent(alice, 'id_number', true)
    await consent(alice, 'policy_matching', true)
    await put(alice, { ...graduate, birthDate: undefined, idNumber: OTHER_ID })
    assert.ok((await stored(alice))?.id_number_encrypted)

    const after = bodyOf(await consent(alice, 'id_number', false), 201, MyProfileSchema)
    assert.equal(after.facts.idNumberMasked, undefined)
    assert.equal(after.facts.graduationYear, 2024, 'the rest of the profile stays')
    assert.deepEqual(await stored(alice), { id_number_encrypted: null, id_number_hash: null, id_number_last4: null })
    const current = Object.fromEntries(after.consents.map((c) => [c.purpose, c.granted]))
    assert.deepEqual(current, { id_number: false, policy_matching: true })
    assert.equal(after.consents.find((c) => c.purpose === 'id_number')?.version, '2026-12')
    const [history] = await server.db.query<{ n: number }>(`select count(*)::int as n from consents where user_id = $1 and purpose = 'id_number'`, [alice.id])
    assert.equal(history!.n, 2)
  })

  it('refuses an unknown consent purpose', async () => {
    expectError(await consent(alice, 'marketing', true), 400, 'VALIDATION_FAILED')
  })

  it('an ID number belongs to one account', async () => {
    await consent(alice, 'id_number', true)
    await consent(bob, 'id_number', true)
    const id = validId('14040219850101001')
    assert.equal((await put(alice, { idNumber: id })).status, 200)
    expectError(await put(bob, { idNumber: id }), 409, 'ID_NUMBER_TAKEN')
    assert.equal((await put(alice, { idNumber: id, employment: 'employed' })).status, 200, 'saving one’s own again is fine')
  })

  it('nobody reaches another person’s profile: each account sees only its own', async () => {
    await consent(alice, 'id_number', true)
    await put(alice, { ...graduate, birthDate: undefined, idNumber: validId('14040219950701002') })
    assert.deepEqual(await profileOf(bob), { facts: {}, realName: null, consents: [], mutedPolicyCategories: [], updatedAt: null })
    assert.equal((await profileOf(alice)).realName, '王小明')
    // Bob saving his own leaves Alice's as it was.
    await put(bob, { employment: 'student' })
    assert.equal((await profileOf(alice)).facts.employment, 'unemployed')
  })

  it('asks to sign in first', async () => {
    expectError(await get(server, '/me/profile'), 401, 'UNAUTHORIZED')
    expectError(await call(server, 'PUT', '/me/profile', { body: graduate }), 401, 'UNAUTHORIZED')
    expectError(await post(server, '/me/consents', { purpose: 'id_number', granted: true, policyVersion: '1' }), 401, 'UNAUTHORIZED')
  })
})
