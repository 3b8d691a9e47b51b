import { infiniteQueryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { policyListEndpoints, type PolicyCategory } from '@/shared/contracts/policy-list'

/** What the policy list is narrowed by; part of the query key. */
export interface PolicyListFilters {
  /** No category chosen: every category. */
  categories: PolicyCategory[]
  /** Trimmed keyword; '' for none. */
  q: string
}

export const POLICY_PAGE_SIZE = 20

export const policyQueries = {
  all: () => ['policies'] as const,
  lists: () => [...policyQueries.all(), 'list'] as const,

  /** Open policies, newest first, a page at a time (the server's opaque cursor). */
  list: (filters: PolicyListFilters) =>
    infiniteQueryOptions({
      queryKey: [...policyQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        request(
          policyListEndpoints.listPolicies,
          {
            query: {
              // The query string carries a list as `a,b` (the contract splits it).
              category: filters.categories.length ? filters.categories.join(',') : undefined,
              q: filters.q || undefined,
              cursor: pageParam ?? undefined,
              limit: POLICY_PAGE_SIZE,
            },
          },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  details: () => [...policyQueries.all(), 'detail'] as const,
}
