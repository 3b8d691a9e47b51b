import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { policyEndpoints } from '@/shared/contracts/policies'
import { policyQueries } from './policy-queries'

/**
 * One policy, whole (conditions, full text, application form). Apart from `policyQueries` so that the
 * 政策 tab (main package) carries only the list's part of the contract.
 */
export const policyDetailQuery = (id: string) =>
  queryOptions({
    queryKey: [...policyQueries.details(), id] as const,
    queryFn: ({ signal }) => request(policyEndpoints.getPolicy, { params: { id } }, { signal }),
  })
