import { JobCategories, type JobCategory } from '../../../src/shared/contracts/index'
import { EMPLOYERS } from './employers'
import { buildHiring, type DemoHiring, type DemoUser } from './hiring'
import { JOB_TEMPLATES, NO_FEES_NOTE, type JobTemplate } from './job-templates'
import { addDays } from '../city-time'
import { createRandom, seedUuid, type Random } from './random'
import { STATIONS, type StationSeed } from './stations'

/** Change only on purpose: every seeded id, text and number follows from it and the date. */
const SEED = 20_241_123

const JOB_COUNT = 340

export interface DemoCity extends Omit<DemoHiring, 'users'> {
  stations: (StationSeed & { id: string })[]
  employers: {
    id: string
    name: string
    creditCode: string
    verified: boolean
    /** When staff saw the licence (and the row last changed). */
    verifiedAt: string
    address: string
    district: string
    contactName: string
    contactPhone: string
  }[]
  jobs: DemoJob[]
  users: DemoUser[]
}

export interface DemoJob {
  id: string
  title: string
  category: JobCategory
  employerId: string
  stationId: string | null
  headcount: number
  duties: string
  requirements: string
  conditions: string
  address: string
  district: string
  lat: number
  lng: number
  payAmountFen: number
  payUnit: 'hour' | 'day' | 'piece'
  settlement: 'daily' | 'weekly' | 'on_completion'
  employmentType: 'gig' | 'part_time' | 'temporary'
  workDateStart: string
  workDateEnd: string
  workHours: string
  validUntil: string
  status: 'open' | 'filled' | 'closed'
  postedAt: string
  hiringMode: 'first_come' | 'review'
  welcomesOlder: boolean
  meetingPoint: string
  workStartTime: string
  workEndTime: string
  /** Workers hired (or checked in, or done): set from the seeded applications. */
  hiredCount: number
}

/** GB 32100 check character: weights 3^(i−1) mod 31 over the first 17 characters. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
function creditCode(random: Random, regionCode: string): string {
  let body = `91${regionCode}`
  while (body.length < 17) body += CREDIT_CHARS[random.int(0, 9 + (body.length > 8 ? 20 : 0))]
  let sum = 0
  let weight = 1
  for (const ch of body) {
    sum += CREDIT_CHARS.indexOf(ch) * weight
    weight = (weight * 3) % 31
  }
  return body + CREDIT_CHARS[(31 - (sum % 31)) % 31]
}

/** 行政区划代码 of the districts and counties, the region part of a credit code. */
const REGION_CODES: Record<string, string> = {
  潞州区: '140403', 上党区: '140404', 屯留区: '140405', 潞城区: '140406', 襄垣县: '140423', 平顺县: '140425',
  黎城县: '140426', 壶关县: '140427', 长子县: '140428', 武乡县: '140429', 沁县: '140430', 沁源县: '140431',
}

const PLACES: Record<JobCategory, readonly string[]> = {
  loading: ['物流园 3 号库', '建材市场北门', '配送中心卸货区'],
  cleaning: ['商务楼', '新建小区', '购物中心'],
  housekeeping: ['客户家中（驿站附近 5 公里内）'],
  catering: ['酒店后厨', '职工食堂', '宴会厅'],
  sorting: ['快递分拨中心', '电商仓库', '快递网点'],
  construction: ['在建住宅项目', '旧楼改造工地', '厂房工地'],
  electrician: ['工业园厂区', '居民小区', '装修现场'],
  childcare: ['托育中心', '客户家中'],
  eldercare: ['养老院', '社区日间照料中心', '人民医院住院部'],
  security: ['体育馆', '会展中心', '小区门岗'],
  delivery: ['配送站', '超市门店'],
  farming: ['合作社大棚基地', '种植基地', '合作社加工场'],
  factory: ['工业园 2 号车间', '食品厂车间', '加工厂车间'],
  promotion: ['万家福超市', '国泰电器商场', '步行街商场'],
}

/** HH:MM–HH:MM spans of at most 4 hours: the only shifts a 非全日制 post may offer (劳动合同法 Art. 68). */
function isShortShift(hours: string): boolean {
  const m = /^(\d{2}):(\d{2})–(\d{2}):(\d{2})$/.exec(hours)
  if (!m) return false
  const minutes = Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2]))
  return minutes > 0 && minutes <= 240
}

/** Small random offset so that a station's jobs lie around it, not on top of it (≈ up to 4 km). */
const jitter = (random: Random, value: number) => Math.round((value + (random.next() - 0.5) * 0.07) * 1e6) / 1e6

/** `today` 00:00 in the city (UTC+8) minus `minutes`, as an ISO timestamp with the city's offset. */
function postedAt(today: string, minutesBefore: number): string {
  const ms = Date.parse(`${today}T00:00:00+08:00`) - minutesBefore * 60_000
  return new Date(ms + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00')
}

/** Two different lines, in order. */
function twoOf(random: Random, lines: readonly string[]): string {
  const first = random.int(0, lines.length - 1)
  return lines[first]! + lines[(first + 1) % lines.length]!
}

function payFen(random: Random, option: JobTemplate['pay'][number]): number {
  // Pieces in 0.1 yuan steps (a parcel pays cents), everything else in whole yuan.
  if (option.unit === 'piece' && option.max < 1) return random.int(option.min * 10, option.max * 10) * 10
  return random.int(option.min, option.max) * 100
}

function buildJob(random: Random, index: number, today: string, city: Pick<DemoCity, 'stations' | 'employers'>): DemoJob {
  // Every category appears: the first rounds go through them in order, the rest are drawn.
  const categories = Object.keys(JobCategories) as JobCategory[]
  const category = index < categories.length * 2 ? categories[index % categories.length]! : random.pick(categories)
  const template = JOB_TEMPLATES[category]

  const hiring = EMPLOYERS.map((e, i) => ({ e, i })).filter(({ e }) => e.categories.includes(category))
  const { e: employerSeed, i: employerIndex } = random.pick(hiring)
  const employer = city.employers[employerIndex]!
  // Most posts go through the station of the employer's district; some are posted city-wide.
  const local = city.stations.filter((s) => s.district === employerSeed.district)
  const station = random.chance(0.9) ? random.pick(local.length ? local : city.stations) : null
  const anchor = station ?? random.pick(local.length ? local : city.stations)

  let employmentType = random.pick(template.employmentTypes)
  const shortShifts = template.workHours.filter(isShortShift)
  if (employmentType === 'part_time' && shortShifts.length === 0) employmentType = 'temporary'
  const workHours = employmentType === 'part_time' ? random.pick(shortShifts) : random.pick(template.workHours)
  const payOption = random.pick(template.pay)

  const startOffset = random.int(-3, 10)
  const days = random.int(1, template.maxDays)
  const workDateStart = addDays(today, startOffset)
  const workDateEnd = addDays(workDateStart, days - 1)

  // A few posts are already filled or closed, and a few expired yesterday or earlier, so that the
  // lists' filters have something to filter.
  const roll = random.next()
  const status = roll < 0.025 ? 'filled' : roll < 0.04 ? 'closed' : 'open'
  const expired = status === 'open' && random.chance(0.03)
  const validUntil = expired ? addDays(today, -random.int(1, 5)) : addDays(today, random.int(1, 14))

  const pieceNote = payOption.piece ? `按${payOption.piece}计酬。` : ''
  const [title, duties] = random.pick(template.roles)
  return {
    id: seedUuid(`job:${index}`),
    title,
    category,
    employerId: employer.id,
    stationId: station?.id ?? null,
    headcount: random.int(template.headcount[0], template.headcount[1]),
    duties: `${duties}${pieceNote}`,
    requirements: twoOf(random, template.requirements),
    conditions: `${random.pick(template.conditions)}${NO_FEES_NOTE}`,
    // The station's street without its house number, then the kind of place the work is at.
    address: `${anchor.address.replace(/\s*\d+ 号.*$/, '')}附近 ${random.pick(PLACES[category])}`,
    district: anchor.district,
    lat: jitter(random, anchor.lat),
    lng: jitter(random, anchor.lng),
    payAmountFen: payFen(random, payOption),
    payUnit: payOption.unit,
    settlement: random.pick(template.settlements),
    employmentType,
    workDateStart,
    workDateEnd,
    workHours,
    validUntil,
    status,
    postedAt: postedAt(today, random.int(5, 10 * 24 * 60)),
    // Filled in by the hiring pass (seed/hiring.ts), which draws from its own random stream.
    hiringMode: 'review',
    welcomesOlder: false,
    meetingPoint: '',
    ...shiftTimes(workHours),
    hiredCount: 0,
  }
}

/** `08:00–17:00（午休 1 小时）` → 08:00 and 17:00; `20:00–次日 06:00` → 20:00 and 06:00 (next morning). */
export function shiftTimes(workHours: string): { workStartTime: string; workEndTime: string } {
  const times = workHours.match(/\d{1,2}:\d{2}/g) ?? []
  const pad = (t: string) => t.padStart(5, '0')
  return { workStartTime: pad(times[0] ?? '08:00'), workEndTime: pad(times[1] ?? '17:00') }
}

/**
 * The demo city (长治市) as of `today` (YYYY-MM-DD in the city): the same date always gives the
 * same rows; work dates and validity move with the date.
 */
export function buildDemoCity(today: string): DemoCity {
  const random = createRandom(SEED)
  const stations = STATIONS.map((s) => ({ ...s, id: seedUuid(`station:${s.code}`) }))
  const employers = EMPLOYERS.map((e, i) => ({
    id: seedUuid(`employer:${i}`),
    name: e.name,
    creditCode: creditCode(random, REGION_CODES[e.district] ?? '140400'),
    // Station staff have seen most licences; a few are still waiting.
    verified: i % 7 !== 6,
    verifiedAt: `${addDays(today, -30 - i)}T10:00:00+08:00`,
    address: `长治市${e.district}`,
    district: e.district,
    contactName: e.contactName,
    contactPhone: `0355-${3000000 + i * 1013}`,
  }))
  const drawn = Array.from({ length: JOB_COUNT }, (_, i) => buildJob(random, i, today, { stations, employers }))
  const { jobs, ...hiring } = buildHiring({ stations, employers, jobs: drawn }, today)
  return { stations, employers, jobs, ...hiring }
}
