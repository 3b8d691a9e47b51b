import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { policyEndpoints, type CalculatorAnswers } from '@/shared/contracts/policies'
import { policyQueries } from './policy-queries'

/**
 * Policies judged against a person: the 政策计算器's answers, or the signed-in person's profile. Kept
 * apart from `policyQueries` so the 政策 tab (main package) loads only the list it shows.
 */
export const policyCheckQueries = {
  /**
   * The 政策计算器: every open policy judged on these answers, and the next question. A read, though
   * sent as a POST (the answers are the body); anyone may ask, no sign-in.
   */
  check: (answers: CalculatorAnswers) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'check', answers] as const,
      queryFn: ({ signal }) => request(policyEndpoints.checkPolicies, { body: { answers } }, { signal }),
    }),

  /** 适合我的政策: the signed-in person's profile against every open policy (409 CONSENT_REQUIRED without consent). */
  matches: () =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'matches'] as const,
      queryFn: ({ signal }) => request(policyEndpoints.listMyPolicyMatches, {}, { signal }),
    }),
}
