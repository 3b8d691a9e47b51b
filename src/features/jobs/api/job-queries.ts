import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { type GeoPoint } from '@/shared/contracts'
import { jobEndpoints } from '@/shared/contracts/jobs'
import type { JobListQuery } from '../model/job-filters'

/** What a job list is filtered and sorted by; part of the query key. */
export type JobListFilters = JobListQuery

export const JOB_PAGE_SIZE = 20

export const jobQueries = {
  all: () => ['jobs'] as const,
  lists: () => [...jobQueries.all(), 'list'] as const,

  /** Open jobs as the filters and sort say, a page at a time (the server's opaque cursor). */
  list: (filters: JobListFilters) =>
    infiniteQueryOptions({
      queryKey: [...jobQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        request(jobEndpoints.listJobs, { query: { ...filters, cursor: pageParam ?? undefined, limit: JOB_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  details: () => [...jobQueries.all(), 'detail'] as const,

  /** One job. When the position arrives the job is asked again for its distance, and stays on screen. */
  detail: (id: string, origin: GeoPoint | null = null) =>
    queryOptions({
      queryKey: [...jobQueries.details(), id, { origin }] as const,
      queryFn: ({ signal }) => request(jobEndpoints.getJob, { params: { id }, query: origin ? { lat: origin.lat, lng: origin.lng } : {} }, { signal }),
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
    }),
}
