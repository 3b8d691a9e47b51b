import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { applicationEndpoints } from '@/shared/contracts/applications'
import { JOB_PAGE_SIZE, jobQueries } from './job-queries'

/**
 * What a signed-in person has to do with jobs: their relation to one, their favourites, the push
 * templates to ask consent for. Apart from jobQueries because only the job's own pages use them: the
 * lists on the first screen then do not carry the applications contract.
 */
export const jobViewerQueries = {
  viewers: () => [...jobQueries.all(), 'viewer'] as const,

  /** The signed-in person's relation to a job: favourite or not, their application. */
  viewerState: (id: string) =>
    queryOptions({
      queryKey: [...jobViewerQueries.viewers(), id] as const,
      queryFn: ({ signal }) => request(applicationEndpoints.getJobViewerState, { params: { id } }, { signal }),
    }),

  /** The signed-in person's favourites, most recently saved first. */
  favorites: () =>
    infiniteQueryOptions({
      queryKey: [...jobQueries.all(), 'favorites'] as const,
      queryFn: ({ pageParam, signal }) =>
        request(applicationEndpoints.listFavorites, { query: { cursor: pageParam ?? undefined, limit: JOB_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

}
