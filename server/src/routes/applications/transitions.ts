import type { ApplicationStatus, UpdateApplicationBody } from '../../../../src/shared/contracts/index'

/** The application's life, as the contract states it; nothing else is allowed. */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  applied: ['hired', 'rejected', 'cancelled'],
  hired: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['completed'],
  completed: [],
  rejected: [],
  cancelled: [],
  no_show: [],
}

export const canMove = (from: ApplicationStatus, to: ApplicationStatus) => NEXT[from].includes(to)

/** The status each action leads to. */
export const ACTION_STATUS: Record<UpdateApplicationBody['action'], ApplicationStatus> = {
  hire: 'hired',
  reject: 'rejected',
  no_show: 'no_show',
  complete: 'completed',
  cancel: 'cancelled',
}

/** Leaving `hired` this way gives the place back (a completed or checked-in worker keeps it). */
export const freesPlace = (from: ApplicationStatus, to: ApplicationStatus) => from === 'hired' && (to === 'cancelled' || to === 'no_show')
