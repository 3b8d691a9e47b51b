import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type Station } from '@/shared/contracts'

/** The districts an employer can choose: those the city's stations serve (staff review by district). */
export function districtsOf(list: { items: readonly Pick<Station, 'district'>[] }): string[] {
  return [...new Set(list.items.map((station) => station.district.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))
}

export const employerAccountQueries = {
  all: () => ['employer-account'] as const,

  /** My employer: profile and verification; 404 EMPLOYER_NOT_REGISTERED before registering. */
  mine: () =>
    queryOptions({
      queryKey: [...employerAccountQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => request(api.getMyEmployer, {}, { signal }),
    }),

  /** The 区/县 to choose from, from the stations list (it changes rarely). */
  districts: () =>
    queryOptions({
      queryKey: [...employerAccountQueries.all(), 'districts'] as const,
      queryFn: async ({ signal }) => districtsOf(await request(api.listStations, { query: {} }, { signal })),
      staleTime: 60 * 60_000,
    }),
}
