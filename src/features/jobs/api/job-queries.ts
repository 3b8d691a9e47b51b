import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type GeoPoint, type ListJobsQuery } from '@/shared/contracts'

/** What a job list is filtered by; part of the query key. */
export type JobListFilters = Pick<ListJobsQuery, 'stationId' | 'category' | 'lat' | 'lng' | 'radiusKm'>

export const JOB_PAGE_SIZE = 20

export const jobQueries = {
  all: () => ['jobs'] as const,
  lists: () => [...jobQueries.all(), 'list'] as const,

  /** Open jobs, newest first, a page at a time (the server's opaque cursor). */
  list: (filters: JobListFilters) =>
    infiniteQueryOptions({
      queryKey: [...jobQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.listJobs, { query: { ...filters, cursor: pageParam ?? undefined, limit: JOB_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  details: () => [...jobQueries.all(), 'detail'] as const,

  /** One job. When the position arrives the job is asked again for its distance, and stays on screen. */
  detail: (id: string, origin: GeoPoint | null = null) =>
    queryOptions({
      queryKey: [...jobQueries.details(), id, { origin }] as const,
      queryFn: ({ signal }) => request(api.getJob, { params: { id }, query: origin ? { lat: origin.lat, lng: origin.lng } : {} }, { signal }),
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
    }),
}
