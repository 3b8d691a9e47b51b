import { MyProfileSchema, type ConsentPurpose, type MyProfile } from '@/shared/contracts/profile'
import { PolicyCheckResultSchema, MyPolicyMatchesSchema, type PolicyCheck, type PolicyCheckResult, type PolicyQuestion } from '@/shared/contracts/policies'
import { QuestionTexts, type Question } from '@/shared/eligibility'
import type { Policy } from '@/shared/contracts/policies'
import { summaryOf } from './policy-fixtures'

/** My profile as GET /me/profile answers (checked against the contract). */
export function buildProfile(overrides: Partial<MyProfile> = {}): MyProfile {
  return MyProfileSchema.parse({ facts: {}, realName: null, consents: [], mutedPolicyCategories: [], updatedAt: null, ...overrides })
}

/** A current consent decision. */
export function consent(purpose: ConsentPurpose, granted = true) {
  return { purpose, granted, version: '2026-12', at: '2026-12-01T02:00:00.000Z' }
}

export const question = (key: Question): PolicyQuestion => ({ key, text: QuestionTexts[key] })

export const eligible = (policy: Policy, amountText: string): PolicyCheck => ({ policy: summaryOf(policy), verdict: { result: 'eligible' }, amountText })
export const maybe = (policy: Policy, amountText: string, questions: Question[]): PolicyCheck => ({ policy: summaryOf(policy), verdict: { result: 'maybe', questions }, amountText })
export const ineligible = (policy: Policy, amountText: string, reason: string): PolicyCheck => ({ policy: summaryOf(policy), verdict: { result: 'ineligible', reason }, amountText })

export function checkResult(next: Question | null, policies: PolicyCheck[]): PolicyCheckResult {
  return PolicyCheckResultSchema.parse({ nextQuestion: next ? question(next) : null, policies })
}

export function matchesOf(policies: PolicyCheck[], questions: Question[] = []) {
  return MyPolicyMatchesSchema.parse({ policies, questions: questions.map(question) })
}
