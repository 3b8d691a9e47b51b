import { infiniteQueryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api } from '@/shared/contracts'

export const REPORT_PAGE_SIZE = 20

export const reportQueries = {
  all: () => ['reports'] as const,

  /** My reports, newest first, with what staff decided. */
  mine: () =>
    infiniteQueryOptions({
      queryKey: [...reportQueries.all(), 'mine'] as const,
      queryFn: ({ pageParam, signal }) => request(api.listMyReports, { query: { cursor: pageParam ?? undefined, limit: REPORT_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
}
