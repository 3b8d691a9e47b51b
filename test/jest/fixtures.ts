/**
 * Canned API data for component tests. Every builder parses its result with the contract schema, so a
 * fixture the real server could never send fails the test that uses it.
 */
import {
  JobPageSchema,
  JobSchema,
  JobViewerStateSchema,
  SessionSchema,
  StationListSchema,
  StationSchema,
  UserSchema,
  type Job,
  type JobViewerState,
  type Station,
  type User,
} from '@/shared/contracts'

let counter = 0
/** A valid, deterministic-enough UUID (v4 layout) for fixtures. */
export function uuid(): string {
  counter += 1
  const hex = counter.toString(16).padStart(12, '0')
  return `00000000-0000-4000-8000-${hex}`
}

export function buildStation(overrides: Partial<Station> = {}): Station {
  return StationSchema.parse({
    id: uuid(),
    code: 'LZ01',
    name: '柳州路零工驿站',
    district: '城关区',
    address: '城关区柳州路 18 号',
    location: { lat: 36.06, lng: 103.83 },
    hours: '每天 6:30–18:00',
    phone: '0931-8123456',
    distanceMeters: 1200,
    openJobCount: 12,
    ...overrides,
  })
}

export function buildStationList(items: Station[], originIsCityCentre = false) {
  return StationListSchema.parse({ items, origin: { lat: 36.06, lng: 103.83 }, originIsCityCentre })
}

export function buildJob(overrides: Partial<Job> = {}): Job {
  return JobSchema.parse({
    id: uuid(),
    title: '仓库装卸工',
    category: 'loading',
    employer: { id: uuid(), name: '兰州顺达物流有限公司', verified: true, rating: { average: 4.6, count: 12 } },
    stationId: null,
    stationName: null,
    headcount: 5,
    placesLeft: 3,
    hiringMode: 'review',
    welcomesOlder: false,
    duties: '装卸货车上的纸箱，每箱不超过 25 公斤',
    requirements: '身体健康，能干重活',
    conditions: '管午饭，提供手套',
    address: '七里河区西津西路 66 号',
    district: '七里河区',
    location: { lat: 36.05, lng: 103.77 },
    pay: { amountFen: 20000, unit: 'day' },
    settlement: 'daily',
    employmentType: 'gig',
    workDateStart: '2026-11-24',
    workDateEnd: '2026-11-26',
    workHours: '08:00–17:00',
    workStartTime: '08:00',
    workEndTime: '17:00',
    validUntil: '2026-11-30',
    status: 'open',
    checkedByStaff: false,
    postedAt: '2026-11-23T08:00:00+08:00',
    updatedAt: '2026-11-23T08:00:00+08:00',
    distanceMeters: 3400,
    ...overrides,
  })
}

export function buildJobPage(items: Job[], nextCursor: string | null = null) {
  return JobPageSchema.parse({ items, nextCursor })
}

/** What the signed-in person has to do with a job: not saved, not applied, unless told otherwise. */
export function buildViewerState(overrides: Partial<JobViewerState> = {}): JobViewerState {
  return JobViewerStateSchema.parse({ favorite: false, application: null, ...overrides })
}

export function buildUser(overrides: Partial<User> = {}): User {
  return UserSchema.parse({
    id: uuid(),
    role: 'worker',
    displayName: '张师傅',
    phoneMasked: '138****0001',
    hasWechat: false,
    createdAt: '2026-11-01T09:00:00+08:00',
    ...overrides,
  })
}

export function buildSession(user: User = buildUser()) {
  return SessionSchema.parse({ token: 'tok_0123456789abcdef0123456789', expiresAt: '2026-12-23T09:00:00+08:00', user })
}
