import { useMutation } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type ReportJobBody } from '@/shared/contracts'
import { reportQueries } from './report-queries'

/** Reports a post; 我的举报 is asked again so the new one is there when opened. */
export function useReportJob(jobId: string) {
  return useMutation({
    mutationFn: (body: ReportJobBody) => request(api.reportJob, { params: { id: jobId }, body }),
    meta: { invalidates: [reportQueries.all()] },
  })
}
