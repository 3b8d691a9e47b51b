import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api } from '@/shared/contracts'
import { tabStatuses, type JobTab } from '../model/applicant'
import { refreshDelayMs } from '../model/check-in-code'

export const EMPLOYER_PAGE_SIZE = 20

const RETRY_AFTER_ERROR_MS = 10_000

export const employerQueries = {
  all: () => ['employer'] as const,

  /** 我发布的岗位 of one tab (all its statuses in one list, newest first), with the count of applicants in each status. */
  jobs: (tab: JobTab = 'all') =>
    infiniteQueryOptions({
      queryKey: [...employerQueries.all(), 'jobs', tab] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.listMyJobs, { query: { status: tabStatuses(tab), cursor: pageParam ?? undefined, limit: EMPLOYER_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  applicantLists: () => [...employerQueries.all(), 'applicants'] as const,

  /** One job's applicants; phones stay masked until hired. */
  applicants: (jobId: string) =>
    infiniteQueryOptions({
      queryKey: [...employerQueries.applicantLists(), jobId] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.listJobApplications, { params: { id: jobId }, query: { cursor: pageParam ?? undefined, limit: EMPLOYER_PAGE_SIZE } }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),

  /**
   * The job's current check-in code. Asked again shortly before it expires (the server changes it every
   * period), and never served from cache: an old code is a wrong code.
   */
  checkInCode: (jobId: string) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'check-in-code', jobId] as const,
      queryFn: ({ signal }) => request(api.getCheckInCode, { params: { id: jobId } }, { signal }),
      staleTime: 0,
      gcTime: 0,
      // After a failure, try again at a calmer pace than the last seconds of a code would.
      refetchInterval: (query) => (query.state.status === 'error' ? RETRY_AFTER_ERROR_MS : refreshDelayMs(query.state.data?.expiresAt, Date.now())),
    }),
}
