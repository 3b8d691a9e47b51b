import { ListJobsQuerySchema } from '@/shared/contracts'
import { buildUrl } from '@/shared/api/request'
import { api } from '@/shared/contracts'
import { taroTest } from '../../../../test/jest/taro'
import { loadFilters, saveFilters } from '../api/job-storage'
import {
  DEFAULT_FILTERS,
  activeFilterCount,
  clearSheetFilters,
  parseMinPay,
  parseStoredFilters,
  toListQuery,
  toggleCategory,
  type JobFilters,
} from '../model/job-filters'

const here = { lat: 36.06, lng: 103.83 }

describe('job filters', () => {
  it('toggles categories on and off, and counts the sheet filters that are on', () => {
    let filters = toggleCategory(DEFAULT_FILTERS, 'cleaning')
    filters = toggleCategory(filters, 'loading')
    expect(filters.categories).toEqual(['cleaning', 'loading'])
    filters = toggleCategory(filters, 'cleaning')
    expect(filters.categories).toEqual(['loading'])

    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0)
    const many: JobFilters = { ...filters, settlement: 'daily', welcomesOlder: true, radiusKm: 10, q: '保洁', sort: 'pay' }
    // The keyword and the sort show elsewhere: not counted.
    expect(activeFilterCount(many)).toBe(4)
    expect(clearSheetFilters(many)).toEqual({ ...DEFAULT_FILTERS, q: '保洁', sort: 'pay' })
  })

  it('reads a minimum pay as whole yuan, or none', () => {
    expect(parseMinPay('200')).toBe(200)
    expect(parseMinPay(' 150 ')).toBe(150)
    expect(parseMinPay('')).toBeNull()
    expect(parseMinPay('0')).toBeNull()
    expect(parseMinPay('12.5')).toBeNull()
    expect(parseMinPay('abc')).toBeNull()
  })

  it('keeps what is still valid from storage, field by field, and defaults the rest', () => {
    expect(parseStoredFilters(undefined)).toEqual(DEFAULT_FILTERS)
    expect(parseStoredFilters('')).toEqual(DEFAULT_FILTERS)
    expect(
      parseStoredFilters({ q: '电工', categories: ['electrician', 'astronaut'], settlement: 'yearly', sort: 'random', radiusKm: 10, welcomesOlder: 'yes' }),
    ).toEqual({ ...DEFAULT_FILTERS, q: '电工', categories: ['electrician'], radiusKm: 10 })
  })

  it('survive a restart through storage', () => {
    const filters: JobFilters = { ...DEFAULT_FILTERS, q: '保洁', categories: ['cleaning'], payUnit: 'day', minPayYuan: 150, date: 'today', sort: 'pay' }
    saveFilters(filters)
    expect(taroTest.storage.get('yizhan.jobs.filters')).toEqual(filters)
    expect(loadFilters()).toEqual(filters)
  })
})

describe('the list query from the filters', () => {
  it('sends only what is chosen, in the contract’s terms, and the server’s schema accepts it', () => {
    const filters: JobFilters = {
      q: '  保洁 ',
      categories: ['loading', 'cleaning'],
      employmentType: 'gig',
      payUnit: 'day',
      minPayYuan: 150,
      settlement: 'daily',
      date: 'tomorrow',
      welcomesOlder: true,
      radiusKm: 10,
      sort: 'nearest',
    }
    const query = toListQuery(filters, here)
    expect(query).toEqual({
      q: '保洁',
      category: ['cleaning', 'loading'],
      employmentType: 'gig',
      payUnit: 'day',
      minPayFen: 15000,
      settlement: 'daily',
      date: 'tomorrow',
      welcomesOlder: 'true',
      lat: 36.06,
      lng: 103.83,
      radiusKm: 10,
      sort: 'nearest',
    })
    expect(ListJobsQuerySchema.safeParse(query).success).toBe(true)
    expect(toListQuery(DEFAULT_FILTERS, here)).toEqual({ lat: 36.06, lng: 103.83, sort: 'nearest' })
  })

  it('never asks what the server must refuse: no distance without a point, no minimum pay without its unit', () => {
    const filters: JobFilters = { ...DEFAULT_FILTERS, minPayYuan: 200, radiusKm: 30, sort: 'nearest' }
    const query = toListQuery(filters, null)
    expect(query).toEqual({ sort: 'newest' })
    expect(ListJobsQuerySchema.safeParse(query).success).toBe(true)
  })

  it('goes into the URL as the server reads it: a category list as a,b', () => {
    const url = buildUrl(api.listJobs, undefined, { ...toListQuery({ ...DEFAULT_FILTERS, q: '搬运', categories: ['loading', 'cleaning'], sort: 'pay' }, null), limit: 20 })
    const search = new URLSearchParams(url.split('?')[1])
    expect(Object.fromEntries(search)).toEqual({ q: '搬运', category: 'cleaning,loading', sort: 'pay', limit: '20' })
    expect(ListJobsQuerySchema.parse(Object.fromEntries(search)).category).toEqual(['cleaning', 'loading'])
  })
})
