import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type JobStatus } from '@/shared/contracts'
import { tabStatuses, type JobTab } from '../model/applicant'
import { refreshDelayMs } from '../model/check-in-code'

export const EMPLOYER_PAGE_SIZE = 20

/** Where a tab's list goes on: which of its statuses, and where in it. */
export interface MyJobsPageParam {
  step: number
  cursor: string | null
}

/** One page of a tab; a status with nothing (left) in it gives way to the next at once, so no page is empty midway. */
async function myJobsPage(statuses: readonly (JobStatus | undefined)[], param: MyJobsPageParam, signal: AbortSignal) {
  let { step, cursor } = param
  for (;;) {
    const page = await request(api.listMyJobs, { query: { status: statuses[step], cursor: cursor ?? undefined, limit: EMPLOYER_PAGE_SIZE } }, { signal })
    if (page.items.length > 0 || page.nextCursor || step + 1 >= statuses.length) return { ...page, step }
    step += 1
    cursor = null
  }
}
const RETRY_AFTER_ERROR_MS = 10_000

export const employerQueries = {
  all: () => ['employer'] as const,

  /**
   * 我发布的岗位 of one tab, with the count of applicants in each status. The server filters by one
   * status at a time; a tab of several (招聘中: open, then filled) reads them one after the other.
   */
  jobs: (tab: JobTab = 'all') =>
    infiniteQueryOptions({
      queryKey: [...employerQueries.all(), 'jobs', tab] as const,
      queryFn: ({ pageParam, signal }) => myJobsPage(tabStatuses(tab), pageParam, signal),
      initialPageParam: { step: 0, cursor: null } as MyJobsPageParam,
      getNextPageParam: (lastPage) => {
        if (lastPage.nextCursor) return { step: lastPage.step, cursor: lastPage.nextCursor }
        return lastPage.step + 1 < tabStatuses(tab).length ? { step: lastPage.step + 1, cursor: null } : undefined
      },
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
