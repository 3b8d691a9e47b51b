import { pageUrl } from '@/shared/config/routes'
import type { Message } from '@/shared/contracts'

/**
 * Where tapping a message goes. A worker's messages link to the application (hired, rejected,
 * reminders) or to a job; an employer's 新的报名 goes to that job's applicants, or to their jobs when
 * it names the application only. Null: nothing to open, reading it is all.
 */
export function messageTarget(message: Pick<Message, 'kind' | 'link'>): string | null {
  const { link } = message
  if (!link) return null
  if (message.kind === 'application_received') return link.kind === 'job' ? pageUrl.applicants(link.id) : pageUrl.employerJobs
  return link.kind === 'application' ? pageUrl.application(link.id) : pageUrl.jobDetail(link.id)
}
