import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { policyEndpoints, type PolicyCategory, type PolicyStatus } from '@/shared/contracts/policies'
import { reviewEndpoints } from '@/shared/contracts/reviews'

/** What the staff list is narrowed by; part of the query key. */
export interface StaffPolicyFilters {
  status: PolicyStatus
  /** None chosen: every category. */
  categories: PolicyCategory[]
  /** Trimmed keyword; '' for none. */
  q: string
}

export const STAFF_POLICY_PAGE_SIZE = 20

export const staffPolicyQueries = {
  all: () => ['staff-policies'] as const,
  lists: () => [...staffPolicyQueries.all(), 'list'] as const,

  /** Policies in my scope with this status, most recently changed first, a page at a time. */
  list: (filters: StaffPolicyFilters) =>
    infiniteQueryOptions({
      queryKey: [...staffPolicyQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        request(
          policyEndpoints.listStaffPolicies,
          {
            query: {
              status: filters.status,
              category: filters.categories.length ? filters.categories.join(',') : undefined,
              q: filters.q || undefined,
              cursor: pageParam ?? undefined,
              limit: STAFF_POLICY_PAGE_SIZE,
            },
          },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /**
   * The district the staff member manages (null: city-wide), from the staff dashboard. Kept apart
   * from `all()`: saving a policy does not change it.
   */
  scope: () =>
    queryOptions({
      queryKey: ['staff-policies-scope'] as const,
      queryFn: ({ signal }) => request(reviewEndpoints.getStaffDashboard, {}, { signal }).then((dashboard) => dashboard.district),
      staleTime: 10 * 60 * 1000,
    }),

  /** One policy, whole (drafts and withdrawn ones too: staff in scope may see them). */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...staffPolicyQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => request(policyEndpoints.getPolicy, { params: { id } }, { signal }),
    }),
}
