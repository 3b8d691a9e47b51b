import Taro from '@tarojs/taro'
import { IdempotencyKeySchema, type Station } from '@/shared/contracts'
import { parseLastStation, type LastStation } from '../model/feed-origin'
import { newIdempotencyKey } from '@/shared/lib/idempotency-key'
import { parseStoredFilters, type JobFilters } from '../model/job-filters'

const FILTERS_KEY = 'yizhan.jobs.filters'
const LAST_STATION_KEY = 'yizhan.jobs.last-station'
const applyIntentKey = (jobId: string) => `yizhan.jobs.apply-intent.${jobId}`

/** Storage can throw (full, or the user cleared it mid-call): losing a preference never breaks a page. */
function read(key: string): unknown {
  try {
    return Taro.getStorageSync(key) as unknown
  } catch {
    return null
  }
}

function write(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // A preference not kept is not worth an error on screen.
  }
}

function remove(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // As above.
  }
}

/** The feed's filters as left last time (they survive navigation and restarts). */
export function loadFilters(): JobFilters {
  return parseStoredFilters(read(FILTERS_KEY))
}

export function saveFilters(filters: JobFilters): void {
  write(FILTERS_KEY, filters)
}

export function loadLastStation(): LastStation | null {
  return parseLastStation(read(LAST_STATION_KEY))
}

/** Called when a station's page opens: the home feed then measures from it when the position is unknown. */
export function rememberLastStation(station: Pick<Station, 'id' | 'name' | 'location'>): void {
  write(LAST_STATION_KEY, { id: station.id, name: station.name, location: { lat: station.location.lat, lng: station.location.lng } })
}

/** The Idempotency-Key of the pending intent to apply to this job, made (and stored) on first use. */
export function applyIntent(jobId: string): string {
  const stored = IdempotencyKeySchema.safeParse(read(applyIntentKey(jobId)))
  if (stored.success) return stored.data
  const key = newIdempotencyKey('apply')
  write(applyIntentKey(jobId), key)
  return key
}

/** The server has answered this intent for sure (done, or refused): the next tap is a new intent. */
export function endApplyIntent(jobId: string): void {
  remove(applyIntentKey(jobId))
}
