import { request } from '@/shared/api/request'
import { subsidyEndpoints, type SubsidyApplicationSummary } from '@/shared/contracts/subsidies'
import { isClosed } from '../model/timeline'

/** The contract's largest page; a person has few applications, and the open one changed recently. */
const LOOKUP_PAGE_SIZE = 50
const LOOKUP_MAX_PAGES = 4

/**
 * My open application for this policy (there is at most one), found in my list: a 409
 * APPLICATION_EXISTS does not say which it is. Null when it is not among the most recent.
 */
export async function findOpenApplication(policyId: string): Promise<SubsidyApplicationSummary | null> {
  let cursor: string | undefined
  for (let page = 0; page < LOOKUP_MAX_PAGES; page += 1) {
    const result = await request(subsidyEndpoints.listMySubsidyApplications, { query: { cursor, limit: LOOKUP_PAGE_SIZE } })
    const found = result.items.find((application) => application.policy.id === policyId && !isClosed(application.status))
    if (found) return found
    if (!result.nextCursor) return null
    cursor = result.nextCursor
  }
  return null
}
