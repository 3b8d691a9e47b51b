import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  MyPolicyMatchesSchema,
  PolicyCheckResultSchema,
  type CalculatorAnswers,
  type EligibilityQuestion,
  type PolicyCheck,
  type UpdateMyProfileBody,
} from '../../src/shared/contracts/index'
import { QuestionTexts } from '../../src/shared/eligibility/index'
import { cityDate } from '../src/city-time'
import { CALCULATOR_LIMIT, calculatorBucket } from '../src/routes/policies/calculator'
import { amountText } from '../src/policies/matching'
import { buildPolicies } from '../src/seed/policies'
import { seedUuid } from '../src/seed/random'
import { createAccount, type TestAccount } from './accounts'
import { bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

const today = cityDate(new Date())
const thisYear = Number(today.slice(0, 4))
const seeded = (key: string) => seedUuid(`policy:${key}`)
/** The seeded graduate policies a this-year graduate aged 24 from a 脱贫 family fits. */
const GRADUATE_POLICIES = ['hiring-subsidy-city', 'job-seeking-graduates', 'internship-subsidy'].map(seeded)
const RANK = { eligible: 0, maybe: 1, ineligible: 2 } as const

/** The seeded policies people can still apply for: published and not expired. */
const openSeeded = new Set(
  buildPolicies(today)
    .filter((p) => p.status === 'published' && (p.expiresOn === null || p.expiresOn >= today))
    .map((p) => p.id),
)

const assertOrdered = (checks: PolicyCheck[]) => {
  const ranks = checks.map((c) => RANK[c.verdict.result])
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'eligible first, then maybe, then ineligible')
}

const maybeQuestions = (checks: PolicyCheck[]) =>
  new Set(checks.flatMap((c) => (c.verdict.result === 'maybe' ? c.verdict.questions : [])))

/** How the graduate persona answers each question. */
function answer(facts: CalculatorAnswers, q: EligibilityQuestion): CalculatorAnswers {
  if (q.startsWith('group.')) {
    const group = q.slice('group.'.length) as keyof NonNullable<CalculatorAnswers['groups']>
    return { ...facts, groups: { ...facts.groups, [group]: group === 'graduate' || group === 'poverty_relief' } }
  }
  switch (q) {
    case 'birthDate':
      return { ...facts, birthDate: `${thisYear - 24}-01-15` }
    case 'graduationYear':
      return { ...facts, graduationYear: thisYear }
    case 'householdRegion':
      return { ...facts, householdRegion: '潞州区' }
    case 'residenceRegion':
      return { ...facts, residenceRegion: '潞州区' }
    case 'employment':
      return { ...facts, employment: 'unemployed' }
    case 'businessStartedOn':
      return { ...facts, businessStartedOn: null }
    case 'enrolledInCourse':
      return { ...facts, enrolledInCourse: false }
    default:
      throw new Error(`unexpected question ${q}`)
  }
}

forEachDatabase('policy calculator and my policy matches', (target) => {
  let server: TestServer
  const check = (body: unknown) => call(server, 'POST', '/policies/check', { body })
  const checkOk = async (answers: CalculatorAnswers) => bodyOf(await check({ answers }), 200, PolicyCheckResultSchema)

  before(async () => {
    server = await startServer(target, { seed: true, today })
  })
  after(() => server.close())

  describe('POST /policies/check', () => {
    it('with no answers: every open policy, none ruled out, and a question to start with', async () => {
      const result = bodyOf(await check({}), 200, PolicyCheckResultSchema)
      assert.deepEqual(new Set(result.policies.map((c) => c.policy.id)), openSeeded)
      assert.ok(result.policies.every((c) => c.verdict.result !== 'ineligible'))
      assert.ok(result.policies.every((c) => c.policy.open && !c.policy.expired))
      assertOrdered(result.policies)
      assert.ok(result.nextQuestion)
      assert.ok(maybeQuestions(result.policies).has(result.nextQuestion.key))
      assert.equal(result.nextQuestion.text, QuestionTexts[result.nextQuestion.key])
      // `{ answers: {} }` is the same as no answers.
      assert.deepEqual(await checkOk({}), result)
    })

    it('an expired or draft policy never appears', async () => {
      const ids = new Set((await checkOk({ groups: { veteran: true }, enrolledInCourse: true })).policies.map((c) => c.policy.id))
      assert.ok(!ids.has(seeded('veterans-training')), 'expired')
      assert.ok(!ids.has(seeded('pingshun-draft')), 'draft')
      assert.ok(ids.has(seeded('veterans-startup')))
    })

    it('asks one question at a time, each one a remaining policy waits on, until every policy is decided', async () => {
      let answers: CalculatorAnswers = {}
      const asked: EligibilityQuestion[] = []
      for (let step = 0; ; step++) {
        assert.ok(step < 20, `too many questions: ${asked.join(', ')}`)
        const result = await checkOk(answers)
        assertOrdered(result.policies)
        assert.equal(result.policies.length, openSeeded.size)
        if (result.nextQuestion === null) {
          assert.ok(result.policies.every((c) => c.verdict.result !== 'maybe'), 'no policy left undecided')
          break
        }
        const q = result.nextQuestion.key
        assert.ok(maybeQuestions(result.policies).has(q), `${q} is one an undecided policy waits on`)
        assert.ok(!asked.includes(q), `${q} asked twice`)
        asked.push(q)
        answers = answer(answers, q)
      }
      assert.ok(asked.length >= 3)
      const final = await checkOk(answers)
      const eligible = new Set(final.policies.filter((c) => c.verdict.result === 'eligible').map((c) => c.policy.id))
      for (const id of GRADUATE_POLICIES) assert.ok(eligible.has(id), `graduate policy ${id} is eligible`)
      const ineligible = final.policies.filter((c) => c.verdict.result === 'ineligible')
      assert.ok(ineligible.length > 0)
      for (const c of ineligible) assert.ok(c.verdict.result === 'ineligible' && c.verdict.reason.length > 0)
    })

    it('orders eligible, then maybe, then ineligible', async () => {
      const result = await checkOk({ groups: { graduate: true, poverty_relief: true }, graduationYear: thisYear, employment: 'unemployed' })
      assertOrdered(result.policies)
      const byId = new Map(result.policies.map((c) => [c.policy.id, c.verdict.result]))
      assert.equal(byId.get(seeded('hiring-subsidy-city')), 'eligible')
      assert.equal(byId.get(seeded('zero-family-assist')), 'maybe')
      assert.equal(byId.get(seeded('luzhou-graduate-rent')), 'ineligible') // needs employment: employed
    })

    it('says how much in plain words', async () => {
      const result = await checkOk({})
      for (const c of result.policies) assert.equal(c.amountText, amountText(c.policy.amount, c.policy.category))
      const byId = new Map(result.policies.map((c) => [c.policy.id, c.amountText]))
      assert.equal(byId.get(seeded('job-seeking-graduates')), '一次性 1,000 元')
      assert.equal(byId.get(seeded('startup-loan')), '50,000–300,000 元')
      assert.equal(amountText({ kind: 'fixed', fen: 20_000_000 }, 'startup_loan'), '最高 200,000 元')
      assert.equal(amountText({ kind: 'fixed', fen: 1250 }, 'other'), '一次性 12.50 元')
      assert.equal(amountText({ kind: 'range', minFen: 50_000, maxFen: 300_000 }, 'training_subsidy'), '500–3,000 元')
      assert.equal(amountText({ kind: 'formula', text: '按实际缴费额的 2/3 补贴' }, 'other'), '按实际缴费额的 2/3 补贴')
    })

    it('answers of the wrong type are a 400 naming each field', async () => {
      const error = errorOf(
        await check({ answers: { birthDate: 19900101, graduationYear: '2024', groups: { graduate: 'yes' }, employment: 'retired', enrolledInCourse: 'no' } }),
        400,
      )
      assert.equal(error.code, 'VALIDATION_FAILED')
      assert.ok(error.fields)
      for (const field of ['answers.birthDate', 'answers.graduationYear', 'answers.groups.graduate', 'answers.employment', 'answers.enrolledInCourse']) {
        assert.ok(error.fields[field], `${field} named`)
      }
      assert.equal(error.fields['answers.graduationYear'], '毕业年份应为数字')
      assert.equal(errorOf(await check({ answers: 'all of them' }), 400).code, 'VALIDATION_FAILED')
      assert.equal(errorOf(await check({ answers: { birthDate: '2001-02-30' } }), 400).fields?.['answers.birthDate'], '出生日期不是有效的日期')
      assert.equal(errorOf(await check({ answers: { businessStartedOn: '2025-13-01' } }), 400).fields?.['answers.businessStartedOn'], '营业执照日期不是有效的日期')
    })

    it('never takes an ID number', async () => {
      for (const idNumber of ['11010519491231002X', '']) {
        const error = errorOf(await check({ answers: { idNumber } }), 400)
        assert.equal(error.code, 'VALIDATION_FAILED')
        assert.equal(error.fields?.['answers.idNumber'], '政策计算器不需要身份证号，请填写出生日期')
      }
    })

    it(`limits each address to ${CALCULATOR_LIMIT} checks in 10 minutes: 429 with Retry-After`, async () => {
      const bucket = calculatorBucket(server.config.authSecret, '127.0.0.1')
      const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from auth_rate_events where bucket = $1', [bucket])
      assert.ok((row?.n ?? 0) > 0, 'checks are counted per address')
      await server.db.query(
        `insert into auth_rate_events (bucket, expires_at) select $1, now() + interval '10 minutes' from generate_series(1, $2::int)`,
        [bucket, CALCULATOR_LIMIT],
      )
      const res = await check({})
      assert.equal(errorOf(res, 429).code, 'RATE_LIMITED')
      const retryAfter = Number(res.headers.get('retry-after'))
      assert.ok(retryAfter >= 1 && retryAfter <= 600, `Retry-After ${retryAfter}`)
      await server.db.query('delete from auth_rate_events where bucket = $1', [bucket])
      assert.equal((await check({})).status, 200)
    })
  })

  describe('GET /me/policy-matches', () => {
    let alice: TestAccount
    let bob: TestAccount
    const matches = (who?: TestAccount) => call(server, 'GET', '/me/policy-matches', { as: who })
    const consent = (who: TestAccount, granted: boolean) =>
      call(server, 'POST', '/me/consents', { as: who, body: { purpose: 'policy_matching', granted, policyVersion: '2026-12' } })
    const graduate: UpdateMyProfileBody = {
      birthDate: `${thisYear - 24}-01-15`,
      groups: { graduate: true, poverty_relief: true },
      graduationYear: thisYear,
      employment: 'unemployed',
    }

    before(async () => {
      alice = await createAccount(server, 'worker')
      bob = await createAccount(server, 'worker')
    })

    it('needs a signed-in person', async () => {
      assert.equal(errorOf(await matches(), 401).code, 'UNAUTHORIZED')
    })

    it('needs a current policy_matching consent', async () => {
      const error = errorOf(await matches(alice), 409)
      assert.equal(error.code, 'CONSENT_REQUIRED')
      assert.match(error.message, /政策匹配/)
      assert.equal((await consent(alice, true)).status, 201)
      assert.equal((await consent(alice, false)).status, 201)
      assert.equal(errorOf(await matches(alice), 409).code, 'CONSENT_REQUIRED', 'withdrawn consent')
    })

    it('an empty profile may fit every open policy', async () => {
      await consent(bob, true)
      const result = bodyOf(await matches(bob), 200, MyPolicyMatchesSchema)
      assert.deepEqual(new Set(result.policies.map((c) => c.policy.id)), openSeeded)
      assert.ok(result.policies.every((c) => c.verdict.result === 'maybe'))
      assert.deepEqual(new Set(result.questions.map((q) => q.key)), maybeQuestions(result.policies))
    })

    it("a graduate's profile: the graduate policies are eligible, listed first; nothing ruled out is listed; only their own profile is used", async () => {
      assert.equal((await call(server, 'PUT', '/me/profile', { as: alice, body: graduate })).status, 200)
      await consent(alice, true)
      const result = bodyOf(await matches(alice), 200, MyPolicyMatchesSchema)
      assertOrdered(result.policies)
      assert.ok(result.policies.every((c) => c.verdict.result !== 'ineligible'))
      const eligible = new Set(result.policies.filter((c) => c.verdict.result === 'eligible').map((c) => c.policy.id))
      for (const id of GRADUATE_POLICIES) assert.ok(eligible.has(id), `graduate policy ${id} is eligible`)
      assert.ok(!result.policies.some((c) => c.policy.id === seeded('luzhou-graduate-rent')), 'ruled out: needs a job')
      // The questions: exactly what the maybe ones wait on, each with its words, the most-waited-on first.
      assert.deepEqual(new Set(result.questions.map((q) => q.key)), maybeQuestions(result.policies))
      for (const q of result.questions) assert.equal(q.text, QuestionTexts[q.key])
      const waiting = (key: EligibilityQuestion) => result.policies.filter((c) => c.verdict.result === 'maybe' && c.verdict.questions.includes(key)).length
      const counts = result.questions.map((q) => waiting(q.key))
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a))

      // Bob's answer is still his own empty profile's.
      const bobs = bodyOf(await matches(bob), 200, MyPolicyMatchesSchema)
      assert.ok(bobs.policies.every((c) => c.verdict.result === 'maybe'))
    })
  })
})
