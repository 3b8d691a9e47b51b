import { ApplicationStatuses, type ApplicationEvent, type ApplicationStatus, type MyApplication } from '@/shared/contracts'

/** The road an application takes when all goes well. */
export const MAIN_STEPS = ['applied', 'hired', 'checked_in', 'completed'] as const satisfies readonly ApplicationStatus[]

export interface TimelineStep {
  status: ApplicationStatus
  /** 已报名, 已录用, ..., or where it stopped: 未录用, 已取消, 缺席. */
  label: string
  /** When it happened; null for a step still ahead. */
  at: string | null
  /** done: happened; ahead: may still happen; stopped: the application ended here. */
  state: 'done' | 'ahead' | 'stopped'
  reason: string | null
  by: ApplicationEvent['by'] | null
}

export const statusLabel = (status: ApplicationStatus): string => ApplicationStatuses[status]

/** Statuses after which nothing more happens to the application. */
export function isFinal(status: ApplicationStatus): boolean {
  return status === 'completed' || status === 'rejected' || status === 'cancelled' || status === 'no_show'
}

function lastEvent(timeline: readonly ApplicationEvent[], status: ApplicationStatus): ApplicationEvent | undefined {
  return [...timeline].reverse().find((event) => event.status === status)
}

/**
 * The four steps 已报名 → 已录用 → 已签到 → 已完工 with their times. An application that left the road
 * (rejected, cancelled, no-show) shows the steps it reached and then where it stopped, with the reason;
 * the steps it will never reach are not shown.
 */
export function timelineSteps(application: Pick<MyApplication, 'status' | 'timeline'>): TimelineStep[] {
  const { status, timeline } = application
  const stoppedAt = (MAIN_STEPS as readonly ApplicationStatus[]).includes(status) ? null : status
  const steps: TimelineStep[] = []
  for (const step of MAIN_STEPS) {
    const event = lastEvent(timeline, step)
    if (event) {
      steps.push({ status: step, label: statusLabel(step), at: event.at, state: 'done', reason: event.reason, by: event.by })
    } else if (!stoppedAt) {
      steps.push({ status: step, label: statusLabel(step), at: null, state: 'ahead', reason: null, by: null })
    }
  }
  if (stoppedAt) {
    const event = lastEvent(timeline, stoppedAt)
    steps.push({ status: stoppedAt, label: statusLabel(stoppedAt), at: event?.at ?? null, state: 'stopped', reason: event?.reason ?? null, by: event?.by ?? null })
  }
  return steps
}

/** One line under the status saying what happens next, in the worker's terms. */
export function statusHint(application: Pick<MyApplication, 'status' | 'canCheckIn' | 'canRate' | 'timeline'>): string {
  switch (application.status) {
    case 'applied':
      return '已报名，等用人单位确认'
    case 'hired':
      return application.canCheckIn ? '今天上工，到了请签到' : '已录用，请按时到岗'
    case 'checked_in':
      return '已签到，完工后由用人单位确认'
    case 'completed':
      return application.canRate ? '已完工，请给用人单位评价' : '已完工'
    case 'rejected':
      return '这次没有录用，看看别的岗位吧'
    case 'cancelled': {
      const by = lastEvent(application.timeline, 'cancelled')?.by
      if (by === 'worker') return '您已取消报名'
      return by === 'staff' ? '岗位已被驿站下架，这次用工已取消' : '用人单位取消了这次用工'
    }
    case 'no_show':
      return '这次被记为缺席'
  }
}
