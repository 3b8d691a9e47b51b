import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type EmployerJobView, type JobPostBody } from '@/shared/contracts'
import { postingQueries } from './posting-queries'

/**
 * What a change to a post makes stale elsewhere: 我发布的岗位 (the employer feature's lists) and, for a
 * live post, the job boards (`jobs`).
 */
const myJobs = ['employer'] as const
const jobBoards = ['jobs'] as const

/** The answer is the post as the server now has it: kept as its cached copy. */
function useKeepJob() {
  const queryClient = useQueryClient()
  return (view: EmployerJobView) => queryClient.setQueryData(postingQueries.myJob(view.id).queryKey, view)
}

/** 保存: a new draft (createJob) or changes to my post (updateJob, re-screened when it is live). */
export function useSaveJob() {
  const keep = useKeepJob()
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: JobPostBody }) =>
      id ? request(api.updateJob, { params: { id }, body }) : request(api.createJob, { body }),
    meta: { invalidates: [myJobs, jobBoards] },
    onSuccess: keep,
  })
}

/** The same check publishing makes, without saving anything. */
export function useScreenJob() {
  return useMutation({ mutationFn: (body: JobPostBody) => request(api.screenJob, { body }) })
}

/** 发布 a saved draft: live at once, or to the station's staff when screening asks for it. */
export function usePublishJob() {
  const keep = useKeepJob()
  return useMutation({
    mutationFn: (id: string) => request(api.publishJob, { params: { id } }),
    meta: { invalidates: [myJobs, jobBoards] },
    onSuccess: keep,
  })
}

/** 再发一次: a new draft from one of my posts, its dates moved to start today or tomorrow. */
export function useCopyJob() {
  const keep = useKeepJob()
  return useMutation({
    mutationFn: (id: string) => request(api.copyJob, { params: { id } }),
    meta: { invalidates: [myJobs] },
    onSuccess: keep,
  })
}
