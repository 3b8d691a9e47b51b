import { pageUrl } from '@/shared/config/routes'
import type { Message, MessageKind } from '@/shared/contracts'

/**
 * Where tapping a message goes. A worker's messages link to the application (hired, rejected,
 * reminders) or to a job; an employer's 新的报名 goes to that job's applicants, or to their jobs when
 * it names the application only. A policy push opens the policy; a subsidy application's progress
 * opens that application. Null: nothing to open, reading it is all.
 */
export function messageTarget(message: Pick<Message, 'kind' | 'link'>): string | null {
  const { link } = message
  if (!link) return null
  switch (link.kind) {
    case 'policy':
      return pageUrl.policy(link.id)
    case 'subsidy_application':
      return pageUrl.subsidyApplication(link.id)
    case 'job':
      return message.kind === 'application_received' ? pageUrl.applicants(link.id) : pageUrl.jobDetail(link.id)
    case 'application':
      return message.kind === 'application_received' ? pageUrl.employerJobs : pageUrl.application(link.id)
  }
}

/** What a message is about at a glance: one character in a coloured square beside its kind. */
export type MessageArea = 'work' | 'review' | 'policy' | 'subsidy'

const AreaIcons: Record<MessageArea, string> = { work: '工', review: '审', policy: '政', subsidy: '补' }

export function messageArea(kind: MessageKind): MessageArea {
  switch (kind) {
    case 'policy_match':
      return 'policy'
    case 'subsidy_progress':
      return 'subsidy'
    case 'job_review_result':
    case 'employer_verification':
    case 'report_outcome':
      return 'review'
    default:
      return 'work'
  }
}

export function messageIcon(kind: MessageKind): string {
  return AreaIcons[messageArea(kind)]
}
