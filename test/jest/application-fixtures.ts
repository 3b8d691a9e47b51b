/**
 * Canned applications and messages for component tests, parsed with the contract schemas like
 * fixtures.ts: a fixture the real server could never send fails the test that uses it.
 */
import {
  MessagePageSchema,
  MessageSchema,
  MyApplicationPageSchema,
  MyApplicationSchema,
  RatingSchema,
  type ApplicationEvent,
  type ApplicationStatus,
  type HiringMode,
  type Job,
  type Message,
  type MyApplication,
  type Rating,
} from '@/shared/contracts'
import { buildJob, uuid } from './fixtures'

const stepTimes: Partial<Record<ApplicationStatus, string>> = {
  applied: '2026-11-23T09:05:00+08:00',
  hired: '2026-11-23T10:30:00+08:00',
  checked_in: '2026-11-24T07:52:00+08:00',
  completed: '2026-11-24T17:10:00+08:00',
}

/**
 * The events that lead to `status`, one per step, as the server records them (the worker's and the
 * employer's views alike): on a first-come job the system hires.
 */
export function timelineTo(status: ApplicationStatus, hiringMode: HiringMode = 'review'): ApplicationEvent[] {
  const path: ApplicationStatus[] = {
    applied: ['applied'],
    hired: ['applied', 'hired'],
    checked_in: ['applied', 'hired', 'checked_in'],
    completed: ['applied', 'hired', 'checked_in', 'completed'],
    rejected: ['applied', 'rejected'],
    cancelled: ['applied', 'cancelled'],
    no_show: ['applied', 'hired', 'no_show'],
  }[status] as ApplicationStatus[]
  return path.map((step) => ({
    status: step,
    at: stepTimes[step] ?? '2026-11-23T15:00:00+08:00',
    by: step === 'applied' || step === 'checked_in' || step === 'cancelled' ? 'worker' : step === 'hired' && hiringMode === 'first_come' ? 'system' : 'employer',
    reason: step === 'rejected' ? '人已经招满了' : null,
  }))
}

export function buildRating(overrides: Partial<Rating> = {}): Rating {
  return RatingSchema.parse({ stars: 5, tags: ['按时结算'], comment: '', createdAt: '2026-11-24T18:00:00+08:00', ...overrides })
}

const hiredStatuses: ApplicationStatus[] = ['hired', 'checked_in', 'completed']

/**
 * An application in `status` (applied by default) for `job`: timeline, flags and contact as the server
 * sends them. The schema keeps of the job what an application shows.
 */
export function buildMyApplication(overrides: Partial<MyApplication> = {}, job: Job = buildJob()): MyApplication {
  const status = overrides.status ?? 'applied'
  return MyApplicationSchema.parse({
    id: uuid(),
    job,
    status,
    timeline: timelineTo(status, job.hiringMode),
    ...(hiredStatuses.includes(status) ? { contact: { contactName: '刘经理', phone: '13900001234', meetingPoint: '西门保安亭，找刘经理' } } : {}),
    canCancel: status === 'applied' || status === 'hired',
    canCheckIn: status === 'hired',
    canRate: status === 'completed',
    myRating: null,
    createdAt: '2026-11-23T09:05:00+08:00',
    updatedAt: '2026-11-23T10:30:00+08:00',
    ...overrides,
  })
}

export function buildMyApplicationPage(items: MyApplication[], nextCursor: string | null = null) {
  return MyApplicationPageSchema.parse({ items, nextCursor })
}

export function buildMessage(overrides: Partial<Message> = {}): Message {
  return MessageSchema.parse({
    id: uuid(),
    kind: 'application_hired',
    title: '您已被录用',
    body: '仓库装卸工：11月24日 08:00 到西门保安亭集合',
    link: null,
    createdAt: '2026-11-23T10:30:00+08:00',
    readAt: null,
    ...overrides,
  })
}

export function buildMessagePage(items: Message[], unreadCount = items.filter((m) => m.readAt === null).length, nextCursor: string | null = null) {
  return MessagePageSchema.parse({ items, nextCursor, unreadCount })
}
