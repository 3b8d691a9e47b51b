import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { type GeoPoint } from '@/shared/contracts'
import { applicationEndpoints } from '@/shared/contracts/applications'
import { jobEndpoints } from '@/shared/contracts/jobs'
import { messageEndpoints } from '@/shared/contracts/messages'
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

  viewers: () => [...jobQueries.all(), 'viewer'] as const,

  /** The signed-in person's relation to a job: favourite or not, their application. */
  viewerState: (id: string) =>
    queryOptions({
      queryKey: [...jobQueries.viewers(), id] as const,
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

  /** WeChat subscribe-message templates to ask consent for on the apply tap (fetched before the tap). */
  subscribeTemplates: () =>
    queryOptions({
      queryKey: ['wechat', 'subscribe-templates'] as const,
      queryFn: ({ signal }) => request(messageEndpoints.getSubscribeTemplates, {}, { signal }),
      staleTime: 60 * 60_000,
      retry: false,
    }),
}
