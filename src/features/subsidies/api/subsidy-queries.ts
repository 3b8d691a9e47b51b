import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { subsidyEndpoints, type SubsidyStatus } from '@/shared/contracts/subsidies'
import { downloadMaterial } from './material-file'

export const SUBSIDY_PAGE_SIZE = 20

export const subsidyQueries = {
  all: () => ['subsidies'] as const,
  /** The signed-in person's own applications: what their submissions refresh. */
  mine: () => [...subsidyQueries.all(), 'mine'] as const,
  /** The staff side: what an action refreshes. */
  staff: () => [...subsidyQueries.all(), 'staff'] as const,

  /** 我的补贴申请, the most recently changed first, a page at a time. */
  myList: () =>
    infiniteQueryOptions({
      queryKey: [...subsidyQueries.mine(), 'list'] as const,
      queryFn: ({ pageParam, signal }) =>
        request(subsidyEndpoints.listMySubsidyApplications, { query: { cursor: pageParam ?? undefined, limit: SUBSIDY_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /** One of my applications, whole: fields, materials, timeline. */
  myDetail: (id: string) =>
    queryOptions({
      queryKey: [...subsidyQueries.mine(), 'detail', id] as const,
      queryFn: ({ signal }) => request(subsidyEndpoints.getMySubsidyApplication, { params: { id } }, { signal }),
    }),

  /** The staff queue of these statuses, the longest-waiting first. */
  staffList: (statuses: readonly SubsidyStatus[]) =>
    infiniteQueryOptions({
      queryKey: [...subsidyQueries.staff(), 'list', statuses.join(',')] as const,
      queryFn: ({ pageParam, signal }) =>
        request(
          subsidyEndpoints.listStaffSubsidyApplications,
          // The query string carries a list as `a,b` (the contract splits it).
          { query: { status: statuses.join(','), cursor: pageParam ?? undefined, limit: SUBSIDY_PAGE_SIZE } },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  staffDetail: (id: string) =>
    queryOptions({
      queryKey: [...subsidyQueries.staff(), 'detail', id] as const,
      queryFn: ({ signal }) => request(subsidyEndpoints.getStaffSubsidyApplication, { params: { id } }, { signal }),
    }),

  /**
   * A material photo as a local file an <Image> shows. A stored photo never changes: kept for the
   * session once downloaded, outside `all()` so refreshing an application does not fetch its photos again.
   */
  material: (id: string) =>
    queryOptions({
      queryKey: ['subsidy-material', id] as const,
      queryFn: () => downloadMaterial(id),
      staleTime: Infinity,
    }),
}
