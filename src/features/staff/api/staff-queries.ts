import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type QueueKind } from '@/shared/contracts'
import { downloadLicence } from './licence'

export const STAFF_PAGE_SIZE = 20

export const staffQueries = {
  all: () => ['staff'] as const,

  /** Counts of what waits and the last six months of sample audits. */
  dashboard: () =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'dashboard'] as const,
      queryFn: ({ signal }) => request(api.getStaffDashboard, {}, { signal }),
    }),

  /** The review queue in the staff member's scope, oldest first; `null` is every kind. */
  queue: (kind: QueueKind | null) =>
    infiniteQueryOptions({
      queryKey: [...staffQueries.all(), 'queue', kind ?? 'all'] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.getReviewQueue, { query: { kind: kind ?? undefined, cursor: pageParam ?? undefined, limit: STAFF_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /** What staff did, newest first. */
  auditLog: () =>
    infiniteQueryOptions({
      queryKey: [...staffQueries.all(), 'audit-log'] as const,
      queryFn: ({ pageParam, signal }) => request(api.listAuditLog, { query: { cursor: pageParam ?? undefined, limit: STAFF_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /** This month's sample audits (unrated first) and the month's figures. */
  samples: () =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'samples'] as const,
      queryFn: ({ signal }) => request(api.listSampleAudits, { query: {} }, { signal }),
    }),

  /**
   * An employer's licence as a local file. Kept for the session once downloaded (the file does not
   * change while it waits for a decision); never retried on a refusal.
   */
  licence: (employerId: string) =>
    queryOptions({
      // Outside `all()`: a decision refreshes the staff screens, and must not download every open licence again.
      queryKey: ['staff-licence', employerId] as const,
      queryFn: () => downloadLicence(employerId),
      staleTime: Infinity,
    }),
}
