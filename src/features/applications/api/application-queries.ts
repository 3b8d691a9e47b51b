import { infiniteQueryOptions, queryOptions, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/errors'
import { request } from '@/shared/api/request'
import { api, type MyApplication } from '@/shared/contracts'

export const APPLICATION_PAGE_SIZE = 20
/** The contract's largest page: finding one application by id walks the list this many at a time. */
const LOOKUP_PAGE_SIZE = 50
/** A worker with more applications than this is asked to open the one they want from the list. */
const LOOKUP_MAX_PAGES = 10

type ApplicationPage = { items: MyApplication[]; nextCursor: string | null }

/**
 * The contract has no "one application" read: the list is the worker's own, newest first, so the one
 * asked for is found on its first page or soon after (a message about it is recent too).
 */
async function findMyApplication(id: string, signal: AbortSignal): Promise<MyApplication> {
  let cursor: string | undefined
  for (let page = 0; page < LOOKUP_MAX_PAGES; page += 1) {
    const result = await request(api.listMyApplications, { query: { cursor, limit: LOOKUP_PAGE_SIZE } }, { signal })
    const found = result.items.find((application) => application.id === id)
    if (found) return found
    if (!result.nextCursor) break
    cursor = result.nextCursor
  }
  throw new ApiError(404, 'APPLICATION_NOT_FOUND', '没有找到这条报名记录')
}

export const applicationQueries = {
  all: () => ['applications'] as const,
  /** Everything about the signed-in worker's own applications: what their mutations refresh. */
  mine: () => [...applicationQueries.all(), 'mine'] as const,

  /** My applications, newest first, a page at a time. */
  list: () =>
    infiniteQueryOptions({
      queryKey: [...applicationQueries.mine(), 'list'] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.listMyApplications, { query: { cursor: pageParam ?? undefined, limit: APPLICATION_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /** One of my applications. */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...applicationQueries.mine(), 'detail', id] as const,
      queryFn: ({ signal }) => findMyApplication(id, signal),
    }),
}

/** One of my applications; opened from the list it shows at once from what the list already has. */
export function useMyApplication(id: string) {
  const queryClient = useQueryClient()
  const listKey = applicationQueries.list().queryKey
  return useQuery({
    ...applicationQueries.detail(id),
    initialData: () =>
      queryClient
        .getQueryData<InfiniteData<ApplicationPage>>(listKey)
        ?.pages.flatMap((page) => page.items)
        .find((application) => application.id === id),
    initialDataUpdatedAt: () => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  })
}
