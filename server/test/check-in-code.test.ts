import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CheckInCodeSchema } from '../../src/shared/contracts/index'
import { CHECK_IN_PERIOD_SECONDS, checkInKey, issueCheckInCode, verifyCheckInCode } from '../src/routes/applications/check-in-code'

const JOB = '6a1b1e2c-3d4e-4f50-8a6b-7c8d9e0f1a2b'
const OTHER_JOB = '0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b'
const key = checkInKey('a-test-secret-that-is-long-enough-for-config')
/** 12:00:10 UTC on a fixed day: ten seconds into a window. */
const T0 = new Date(Date.UTC(2026, 5, 1, 12, 0, 10))
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

describe('check-in code (pure, fixed clock)', () => {
  it('six digits and a QR that fit the contract; the same job and minute give the same code', () => {
    const a = issueCheckInCode(key, JOB, T0)
    assert.match(a.code, /^\d{6}$/)
    assert.ok(CheckInCodeSchema.safeParse({ ...a, expiresAt: a.expiresAt.toISOString() }).success)
    assert.ok(a.qr.length <= 300)
    assert.equal(a.periodSeconds, CHECK_IN_PERIOD_SECONDS)
    assert.equal(a.expiresAt.toISOString(), '2026-06-01T12:01:00.000Z')
    assert.deepEqual(issueCheckInCode(key, JOB, later(40)), a)
  })

  it('changes every minute, differs per job and per secret', () => {
    const codes = new Set(Array.from({ length: 30 }, (_, i) => issueCheckInCode(key, JOB, later(i * 60)).code))
    assert.ok(codes.size >= 29, 'thirty minutes give (nearly) thirty codes')
    assert.notEqual(issueCheckInCode(key, JOB, T0).qr, issueCheckInCode(key, JOB, later(60)).qr)
    assert.notEqual(issueCheckInCode(key, OTHER_JOB, T0).qr, issueCheckInCode(key, JOB, T0).qr)
    const otherKey = checkInKey('another-secret-that-is-long-enough-for-config')
    assert.notEqual(issueCheckInCode(otherKey, JOB, T0).qr, issueCheckInCode(key, JOB, T0).qr)
  })

  it('the key is domain-separated from the secret itself', () => {
    assert.notDeepEqual(checkInKey('s'.repeat(40)), Buffer.from('s'.repeat(40)))
    assert.equal(checkInKey('s'.repeat(40)).length, 32)
  })

  for (const kind of ['code', 'qr'] as const) {
    const proofAt = (at: Date) => {
      const issued = issueCheckInCode(key, JOB, at)
      return kind === 'code' ? { code: issued.code } : { qr: issued.qr }
    }

    it(`${kind}: accepted in its minute and the next, expired after`, () => {
      const proof = proofAt(T0)
      assert.equal(verifyCheckInCode(key, JOB, proof, T0), 'ok')
      assert.equal(verifyCheckInCode(key, JOB, proof, later(49)), 'ok', 'end of the same window')
      assert.equal(verifyCheckInCode(key, JOB, proof, later(50)), 'ok', 'the next window')
      assert.equal(verifyCheckInCode(key, JOB, proof, later(109)), 'ok', 'end of the next window')
      assert.equal(verifyCheckInCode(key, JOB, proof, later(110)), 'expired', 'two windows on')
      assert.equal(verifyCheckInCode(key, JOB, proof, later(5 * 60)), 'expired')
    })

    it(`${kind}: another job's is invalid`, () => {
      const issued = issueCheckInCode(key, OTHER_JOB, T0)
      const proof = kind === 'code' ? { code: issued.code } : { qr: issued.qr }
      // Six digits can collide by chance (one in a million); the QR never does.
      if (kind === 'qr' || issued.code !== issueCheckInCode(key, JOB, T0).code) assert.equal(verifyCheckInCode(key, JOB, proof, T0), 'invalid')
    })

    it(`${kind}: one from a future window is not accepted`, () => {
      const proof = proofAt(later(120))
      assert.notEqual(verifyCheckInCode(key, JOB, proof, T0), 'ok')
    })
  }

  it('wrong digits are invalid', () => {
    const right = issueCheckInCode(key, JOB, T0).code
    const prev = issueCheckInCode(key, JOB, later(-60)).code
    const wrong = ['000000', '123456', '999999'].find((c) => c !== right && c !== prev)!
    assert.equal(verifyCheckInCode(key, JOB, { code: wrong }, T0), 'invalid')
    assert.equal(verifyCheckInCode(key, JOB, { code: '12345' }, T0), 'invalid')
  })

  it('a tampered or forged QR is invalid, also when it claims the current minute', () => {
    const { qr } = issueCheckInCode(key, JOB, T0)
    const parts = qr.split(':')
    const window = Number(parts[3])
    const sig = parts[4]!
    const flipped = sig.slice(0, -2) + (sig.at(-2) === 'A' ? 'B' : 'A') + sig.at(-1)
    const forgedKey = checkInKey('an-attacker-guess-of-the-secret-xxxxxxxxxx')
    const cases = [
      [parts[0], parts[1], parts[2], parts[3], flipped].join(':'),
      [parts[0], parts[1], OTHER_JOB, parts[3], sig].join(':'),
      [parts[0], parts[1], parts[2], String(window + 1), sig].join(':'),
      issueCheckInCode(forgedKey, JOB, T0).qr,
      qr.replace('yizhan-checkin:v1', 'yizhan-checkin:v2'),
      `${qr}:extra`,
      sig,
      '',
      'yizhan-checkin:v1:::',
    ]
    for (const forged of cases) assert.equal(verifyCheckInCode(key, JOB, { qr: forged }, T0), 'invalid', forged)
  })

  it('an old QR with a forged signature reads as invalid, not expired', () => {
    const old = issueCheckInCode(key, JOB, later(-600)).qr
    assert.equal(verifyCheckInCode(key, JOB, { qr: old }, T0), 'expired')
    const forged = old.replace(/:[^:]+$/, ':AAAAAAAAAAAAAAAAAAAAAA')
    assert.equal(verifyCheckInCode(key, JOB, { qr: forged }, T0), 'invalid')
  })
})
