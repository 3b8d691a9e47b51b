import type { DemoCity, DemoJob } from './demo-city'
import { addDays } from '../city-time'
import { createRandom, seedUuid } from './random'

/** Its own stream, so the hiring pass leaves the jobs drawn before it exactly as they were. */
const HIRING_SEED = 20_261_202

type Status = 'applied' | 'hired' | 'rejected' | 'cancelled' | 'checked_in' | 'completed' | 'no_show'
type Actor = 'worker' | 'employer' | 'system'

export interface DemoUser {
  id: string
  role: 'worker' | 'employer' | 'staff'
  phone: string
  displayName: string
  employerId: string | null
  stationId: string | null
  /** Staff only: the district they work for, or the whole city. */
  staffScope?: 'district' | 'city'
  staffDistrict?: string
}

export interface DemoApplication {
  id: string
  jobId: string
  workerId: string
  status: Status
  createdAt: string
  updatedAt: string
  checkedInAt: string | null
  checkInMethod: 'code' | 'location' | null
}

export interface DemoApplicationEvent {
  applicationId: string
  status: Status
  actor: Actor
  reason: string | null
  at: string
}

export interface DemoRating {
  id: string
  applicationId: string
  rater: 'worker' | 'employer'
  raterUserId: string
  stars: number
  tags: string[]
  comment: string
  createdAt: string
}

export interface DemoMessage {
  id: string
  userId: string
  kind: string
  title: string
  body: string
  linkKind: 'application' | 'job'
  linkId: string
  dedupeKey: string
  createdAt: string
}

export interface DemoHiring {
  users: DemoUser[]
  applications: DemoApplication[]
  events: DemoApplicationEvent[]
  ratings: DemoRating[]
  messages: DemoMessage[]
  /** Stars received, summed: employers by id, workers by user id. */
  employerRatings: Map<string, { sum: number; count: number }>
  workerRatings: Map<string, { sum: number; count: number }>
}

/** The demo accounts the README lists. */
export const DEMO_PHONES = {
  worker: '13800000001',
  employer: '13800000002',
  staff: '13800000003',
  olderWorker: '13800000004',
  graduate: '13800000005',
  secondEmployer: '13800000006',
  cityStaff: '13800000007',
} as const

/** Categories whose employers often welcome workers past 50 (a welcome, never an exclusion). */
const OLDER_FRIENDLY = new Set(['cleaning', 'farming', 'security', 'loading', 'housekeeping', 'eldercare', 'catering', 'sorting'])

const MEETING_NOTES = ['到了在门口等，带班师傅来接', '先到门卫室登记，再找带班的师傅报到', '到了打联系电话，有人出来接', '东门进，找穿红马甲的现场负责人']

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹'

/** `today` at HH:MM in the city (UTC+8), plus `days`, as ISO with the city's offset. */
function at(today: string, days: number, time: string): string {
  return `${addDays(today, days)}T${time}:00+08:00`
}

function usersOf(city: Pick<DemoCity, 'employers' | 'stations'>): { accounts: DemoUser[]; background: DemoUser[] } {
  const [first, second] = city.employers
  const station = city.stations[0]!
  const accounts: DemoUser[] = [
    { id: seedUuid('user:worker'), role: 'worker', phone: DEMO_PHONES.worker, displayName: '王师傅', employerId: null, stationId: null },
    { id: seedUuid('user:employer'), role: 'employer', phone: DEMO_PHONES.employer, displayName: `李经理（${first!.name}）`, employerId: first!.id, stationId: null },
    { id: seedUuid('user:staff'), role: 'staff', phone: DEMO_PHONES.staff, displayName: `赵老师（${station.name}）`, employerId: null, stationId: station.id, staffScope: 'district', staffDistrict: station.district },
    { id: seedUuid('user:older-worker'), role: 'worker', phone: DEMO_PHONES.olderWorker, displayName: '刘大姐', employerId: null, stationId: null },
    { id: seedUuid('user:graduate'), role: 'worker', phone: DEMO_PHONES.graduate, displayName: '小陈', employerId: null, stationId: null },
    { id: seedUuid('user:second-employer'), role: 'employer', phone: DEMO_PHONES.secondEmployer, displayName: `张主管（${second!.name}）`, employerId: second!.id, stationId: null },
    // The city bureau's reviewer sees every district's queue.
    { id: seedUuid('user:city-staff'), role: 'staff', phone: DEMO_PHONES.cityStaff, displayName: '钱科长（市人社局）', employerId: null, stationId: null, staffScope: 'city' },
  ]
  // Other people of the city who took places: they make "2 places left" and 已招满 real.
  const background = Array.from({ length: 40 }, (_, i) => ({
    id: seedUuid(`user:background:${i}`),
    role: 'worker' as const,
    phone: `1380001${String(i).padStart(4, '0')}`,
    displayName: `${SURNAMES[i % SURNAMES.length]}${i % 3 === 0 ? '大姐' : '师傅'}`,
    employerId: null,
    stationId: null,
  }))
  return { accounts, background }
}

/** Two posts made for the demo story and the end-to-end run: they are always there, whatever the draw. */
function storyJobs(city: Pick<DemoCity, 'employers' | 'stations'>, today: string): DemoJob[] {
  const employer = city.employers[0]!
  const station = city.stations[0]!
  const base = {
    employerId: employer.id,
    stationId: station.id,
    category: 'cleaning' as const,
    requirements: '身体健康，做事仔细。新手有人带。',
    conditions: '清洁工具和清洁剂由用工方提供，提供工作服。不收取任何费用、押金。',
    address: `${station.address.replace(/\s*\d+ 号.*$/, '')}附近`,
    district: station.district,
    lat: station.lat + 0.004,
    lng: station.lng + 0.003,
    employmentType: 'gig' as const,
    status: 'open' as const,
    welcomesOlder: true,
    hiredCount: 0,
  }
  return [
    {
      ...base,
      id: seedUuid('job:story:first-come-cleaning'),
      title: '商场保洁（报名即录用）',
      headcount: 20,
      duties: '商场通道、扶梯扶手和卫生间的巡回清洁，及时清理垃圾桶。',
      address: `${base.address} 购物中心`,
      payAmountFen: 2200,
      payUnit: 'hour',
      settlement: 'daily',
      workDateStart: addDays(today, 1),
      workDateEnd: addDays(today, 3),
      workHours: '08:00–12:00',
      workStartTime: '08:00',
      workEndTime: '12:00',
      validUntil: addDays(today, 3),
      postedAt: at(today, -1, '09:12'),
      hiringMode: 'first_come',
      meetingPoint: '购物中心北门员工通道，找保洁主管刘姐报到',
    },
    {
      ...base,
      id: seedUuid('job:story:round-the-clock'),
      title: '医院住院部保洁（三班倒，全天可到岗）',
      headcount: 6,
      duties: '住院部病房、走廊和卫生间的清洁消毒，按班次交接。',
      address: `${base.address} 人民医院住院部`,
      payAmountFen: 16000,
      payUnit: 'day',
      settlement: 'daily',
      workDateStart: today,
      workDateEnd: addDays(today, 6),
      workHours: '00:00–23:59（三班倒，到岗后排班）',
      workStartTime: '00:00',
      workEndTime: '23:59',
      validUntil: addDays(today, 6),
      postedAt: at(today, -1, '10:40'),
      hiringMode: 'review',
      meetingPoint: '住院部一楼后勤科，找王科长排班',
    },
  ]
}

/**
 * The hiring side of the demo city: how each post hires, who welcomes older workers, meeting points;
 * the demo accounts with applications in every status, ratings both ways, a couple of messages; and
 * other people taking places so that some posts have one or two left and filled ones are full.
 */
export function buildHiring(city: Pick<DemoCity, 'employers' | 'stations' | 'jobs'>, today: string): DemoHiring & { jobs: DemoJob[] } {
  const random = createRandom(HIRING_SEED)
  const contactOf = new Map(city.employers.map((e) => [e.id, e.contactName]))
  const jobs: DemoJob[] = city.jobs.map((job) => ({
    ...job,
    // 日结 gig work usually hires whoever comes first; the rest let the employer choose.
    hiringMode: job.settlement === 'daily' && job.employmentType === 'gig' ? (random.chance(0.6) ? 'first_come' : 'review') : random.chance(0.15) ? 'first_come' : 'review',
    welcomesOlder: OLDER_FRIENDLY.has(job.category) && random.chance(0.35),
    meetingPoint: `${job.address.split(' ').pop() ?? job.address}：${random.pick(MEETING_NOTES)}（联系人 ${contactOf.get(job.employerId) ?? ''}）`,
  }))
  const story = storyJobs(city, today)
  const storyIds = new Set(story.map((j) => j.id))
  jobs.push(...story)

  const { accounts, background } = usersOf(city)
  const byPhone = (phone: string) => accounts.find((u) => u.phone === phone)!
  const out: DemoHiring = { users: [...accounts, ...background], applications: [], events: [], ratings: [], messages: [], employerRatings: new Map(), workerRatings: new Map() }
  const jobById = new Map(jobs.map((j) => [j.id, j]))

  const addRating = (map: Map<string, { sum: number; count: number }>, key: string, stars: number) => {
    const prev = map.get(key) ?? { sum: 0, count: 0 }
    map.set(key, { sum: prev.sum + stars, count: prev.count + 1 })
  }

  /** One application walked through `path` (statuses after 已报名), a few hours apart, from `start`. */
  const apply = (key: string, job: DemoJob, worker: DemoUser, path: Status[], start: string, reason: string | null = null) => {
    const id = seedUuid(`application:${key}`)
    let time = Date.parse(start)
    const stamp = () => new Date(time + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00')
    out.events.push({ applicationId: id, status: 'applied', actor: 'worker', reason: null, at: stamp() })
    const createdAt = stamp()
    let checkedInAt: string | null = null
    for (const status of path) {
      time += 3 * 3600_000
      const actor: Actor = status === 'cancelled' || status === 'checked_in' ? 'worker' : status === 'hired' && job.hiringMode === 'first_come' ? 'system' : 'employer'
      if (status === 'hired' && job.hiringMode === 'first_come') time -= 3 * 3600_000 - 1000
      out.events.push({ applicationId: id, status, actor, reason: status === 'rejected' || status === 'cancelled' ? reason : null, at: stamp() })
      if (status === 'checked_in') checkedInAt = stamp()
    }
    const status = path[path.length - 1] ?? 'applied'
    if (status === 'hired' || status === 'checked_in' || status === 'completed') job.hiredCount += 1
    const application: DemoApplication = { id, jobId: job.id, workerId: worker.id, status, createdAt, updatedAt: stamp(), checkedInAt, checkInMethod: checkedInAt ? 'code' : null }
    out.applications.push(application)
    return application
  }

  const rate = (application: DemoApplication, rater: 'worker' | 'employer', raterUserId: string, stars: number, tags: string[], comment: string) => {
    out.ratings.push({ id: seedUuid(`rating:${application.id}:${rater}`), applicationId: application.id, rater, raterUserId, stars, tags, comment, createdAt: application.updatedAt })
    const job = jobById.get(application.jobId)!
    if (rater === 'worker') addRating(out.employerRatings, job.employerId, stars)
    else addRating(out.workerRatings, application.workerId, stars)
  }

  // The demo employers' posts, in a fixed order; the story moves a few of them in time to tell it.
  const postsOf = (employerIndex: number) =>
    jobs.filter((j) => j.employerId === city.employers[employerIndex]!.id && j.status === 'open' && !storyIds.has(j.id)).sort((a, b) => a.id.localeCompare(b.id))
  const firstPosts = postsOf(0)
  const secondPosts = postsOf(1)
  const move = (job: DemoJob, startOffset: number, days: number) => {
    job.workDateStart = addDays(today, startOffset)
    job.workDateEnd = addDays(today, startOffset + days - 1)
    // A past post stays shown until its last day only; one still to come is shown until it ends.
    job.validUntil = addDays(today, startOffset + days - 1 > 0 ? startOffset + days - 1 : Math.min(startOffset + days - 1, -1))
  }
  const take = (posts: DemoJob[], mode?: DemoJob['hiringMode']) => {
    const index = posts.findIndex((j) => !mode || j.hiringMode === mode)
    return posts.splice(index >= 0 ? index : 0, 1)[0]!
  }

  const wang = byPhone(DEMO_PHONES.worker)
  const liu = byPhone(DEMO_PHONES.olderWorker)
  const chen = byPhone(DEMO_PHONES.graduate)
  const li = byPhone(DEMO_PHONES.employer)
  const zhang = byPhone(DEMO_PHONES.secondEmployer)

  // 王师傅: one application in every status with 李经理's company.
  const applied = take(firstPosts, 'review')
  move(applied, 2, 2)
  apply('wang:applied', applied, wang, [], at(today, -1, '19:20'))
  out.messages.push({ id: seedUuid('message:received:wang'), userId: li.id, kind: 'application_received', title: '有人报名了您的岗位', body: `王师傅报名了「${applied.title}」，请尽快处理。`, linkKind: 'job', linkId: applied.id, dedupeKey: `received:${seedUuid('application:wang:applied')}`, createdAt: at(today, -1, '19:20') })
  const hired = take(firstPosts)
  move(hired, 1, 1)
  const hiredApp = apply('wang:hired', hired, wang, ['hired'], at(today, -1, '08:30'))
  out.messages.push({ id: seedUuid('message:hired:wang'), userId: wang.id, kind: 'application_hired', title: '您已被录用', body: `「${hired.title}」录用了您，明天 ${hired.workStartTime} 开工，地点和联系电话在报名详情里。`, linkKind: 'application', linkId: hiredApp.id, dedupeKey: `hired:${hiredApp.id}`, createdAt: hiredApp.updatedAt })
  const checkedIn = take(firstPosts)
  move(checkedIn, 0, 2)
  apply('wang:checked-in', checkedIn, wang, ['hired', 'checked_in'], at(today, -2, '10:00'))
  const completed = take(firstPosts)
  move(completed, -4, 1)
  const wangDone = apply('wang:completed', completed, wang, ['hired', 'checked_in', 'completed'], at(today, -6, '09:00'))
  rate(wangDone, 'worker', wang.id, 5, ['按时结算', '态度好'], '当天就结了工钱，活儿和说的一样。')
  rate(wangDone, 'employer', li.id, 5, ['准时到', '干活麻利'], '')
  const rejected = take(firstPosts, 'review')
  apply('wang:rejected', rejected, wang, ['rejected'], at(today, -3, '15:00'), '人已经招够了，下次有活再联系您')
  const cancelled = take(firstPosts, 'review')
  apply('wang:cancelled', cancelled, wang, ['cancelled'], at(today, -2, '11:00'), '家里有事去不了')
  const noShow = take(firstPosts)
  move(noShow, -5, 1)
  apply('wang:no-show', noShow, wang, ['hired', 'no_show'], at(today, -7, '09:00'))

  // 刘大姐: hired for tomorrow by 张主管's company, and a finished job rated both ways.
  const liuHired = take(secondPosts, 'first_come')
  move(liuHired, 1, 2)
  apply('liu:hired', liuHired, liu, ['hired'], at(today, -1, '16:05'))
  const liuDone = take(firstPosts)
  move(liuDone, -3, 1)
  const liuApp = apply('liu:completed', liuDone, liu, ['hired', 'checked_in', 'completed'], at(today, -5, '10:00'))
  rate(liuApp, 'worker', liu.id, 4, ['活儿和说的一样'], '活不累，就是中午饭有点少。')
  rate(liuApp, 'employer', li.id, 5, ['认真负责', '准时到'], '做事很细，欢迎再来。')

  // 小陈 (a graduate): waiting for 张主管 to choose, and one finished job.
  const chenApplied = take(secondPosts, 'review')
  move(chenApplied, 3, 2)
  apply('chen:applied', chenApplied, chen, [], at(today, -1, '21:45'))
  const chenDone = take(secondPosts)
  move(chenDone, -2, 1)
  const chenApp = apply('chen:completed', chenDone, chen, ['hired', 'checked_in', 'completed'], at(today, -4, '14:00'))
  rate(chenApp, 'worker', chen.id, 4, ['按时结算'], '')
  rate(chenApp, 'employer', zhang.id, 4, ['干活麻利'], '')

  // Other people took places: a few posts have one or two left, filled ones are full.
  const taken = new Set(out.applications.map((a) => a.jobId))
  let next = 0
  for (const job of jobs) {
    if (taken.has(job.id) || storyIds.has(job.id)) continue
    const target = job.status === 'filled' ? job.headcount : job.status === 'open' && job.headcount >= 3 && random.chance(0.12) ? job.headcount - random.int(1, 2) : 0
    for (let n = job.hiredCount; n < target && n < background.length; n++) {
      apply(`background:${job.id}:${n}`, job, background[(next + n) % background.length]!, ['hired'], at(today, -random.int(1, 3), '09:00'))
    }
    next += target
  }
  for (const job of jobs) if (job.status === 'open' && job.hiredCount >= job.headcount) job.status = 'filled'
  return { ...out, jobs }
}
