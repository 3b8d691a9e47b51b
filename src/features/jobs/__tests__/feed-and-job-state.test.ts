import { taroTest } from '../../../../test/jest/taro'
import { buildJob } from '../../../../test/jest/fixtures'
import { applyIntent, endApplyIntent, loadLastStation, rememberLastStation } from '../api/job-storage'
import { chooseFeedOrigin, feedOriginLabel } from '../model/feed-origin'
import { formatPlacesLeft, formatRating, jobAvailability } from '../model/job-state'
import { virtualWindow } from '../model/virtual-window'
import { IdempotencyKeySchema } from '@/shared/contracts'

const station = { id: '00000000-0000-4000-8000-00000000abcd', name: '柳州路零工驿站', location: { lat: 36.07, lng: 103.84 } }

describe('where the feed measures from', () => {
  it('the person, else the station scanned in at last, else the city centre — and says which', () => {
    const here = { lat: 36.1, lng: 103.9 }
    const centre = { lat: 36.0, lng: 103.8 }
    expect(feedOriginLabel(chooseFeedOrigin(here, station, centre))).toBe('离您最近')
    const byStation = chooseFeedOrigin(null, station, centre)
    expect(byStation.point).toEqual(station.location)
    expect(feedOriginLabel(byStation)).toBe('按柳州路零工驿站')
    const byCity = chooseFeedOrigin(null, null, centre)
    expect(byCity.point).toEqual(centre)
    expect(feedOriginLabel(byCity)).toBe('按市中心')
  })

  it('remembers the last station in storage, and ignores what is not one', () => {
    expect(loadLastStation()).toBeNull()
    rememberLastStation(station)
    expect(loadLastStation()).toEqual(station)
    taroTest.storage.set('yizhan.jobs.last-station', { id: 'nope', name: '', location: null })
    expect(loadLastStation()).toBeNull()
  })
})

describe('a job’s state', () => {
  const today = '2026-11-25'
  it('is open, full, expired or closed — closed and expired before full', () => {
    expect(jobAvailability(buildJob({ placesLeft: 2 }), today)).toBe('open')
    expect(jobAvailability(buildJob({ placesLeft: 0 }), today)).toBe('full')
    expect(jobAvailability(buildJob({ status: 'filled', placesLeft: 0 }), today)).toBe('full')
    expect(jobAvailability(buildJob({ placesLeft: 0, validUntil: '2026-11-24' }), today)).toBe('expired')
    expect(jobAvailability(buildJob({ workDateStart: '2026-11-20', workDateEnd: '2026-11-24', validUntil: '2026-11-30' }), today)).toBe('expired')
    expect(jobAvailability(buildJob({ status: 'closed' }), today)).toBe('closed')
    // The last valid day still counts.
    expect(jobAvailability(buildJob({ validUntil: today, workDateEnd: today }), today)).toBe('open')
  })

  it('says places and ratings in words', () => {
    expect(formatPlacesLeft({ placesLeft: 3, headcount: 5 })).toBe('还剩 3 个名额（共招 5 人）')
    expect(formatPlacesLeft({ placesLeft: 0, headcount: 5 })).toBe('名额已满（共招 5 人）')
    expect(formatRating({ average: 4.6, count: 12 })).toBe('4.6 分（12 人评价）')
    expect(formatRating({ average: 5, count: 1 })).toBe('5.0 分（1 人评价）')
    expect(formatRating({ average: null, count: 0 })).toBe('还没有评价')
  })
})

describe('the idempotency key of an intent to apply', () => {
  it('is kept in storage until the intent ends, one per job', () => {
    const first = applyIntent('job-1')
    expect(applyIntent('job-1')).toBe(first)
    expect(applyIntent('job-2')).not.toBe(first)
    endApplyIntent('job-1')
    expect(applyIntent('job-1')).not.toBe(first)
  })

  it('is made anew when what storage holds would not pass as a key', () => {
    taroTest.storage.set('yizhan.jobs.apply-intent.job-3', 'bad key!')
    const key = applyIntent('job-3')
    expect(key).not.toBe('bad key!')
    expect(IdempotencyKeySchema.safeParse(key).success).toBe(true)
  })
})

describe('the rows of a long list on screen', () => {
  const base = { count: 500, rowHeight: 150, listTop: 300, viewportHeight: 600, overscan: 2 }

  it('at the top renders the first screenful and a few more, with the rest as space below', () => {
    const w = virtualWindow({ ...base, scrollTop: 0 })
    expect(w).toEqual({ start: 0, end: 7, before: 0, after: (500 - 7) * 150 })
  })

  it('further down renders only around what is on screen, keeping the total height', () => {
    const w = virtualWindow({ ...base, scrollTop: 300 + 150 * 100 })
    expect(w.start).toBe(98)
    expect(w.end).toBe(107)
    expect(w.before + (w.end - w.start) * 150 + w.after).toBe(500 * 150)
  })

  it('stays within the list at its end, and is empty for no rows', () => {
    const w = virtualWindow({ ...base, scrollTop: 10_000_000 })
    expect(w.end).toBe(500)
    expect(w.start).toBe(500)
    expect(virtualWindow({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0 })
  })
})
