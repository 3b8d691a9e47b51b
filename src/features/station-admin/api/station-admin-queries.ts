import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api } from '@/shared/contracts'

export const stationAdminQueries = {
  all: () => ['station-admin'] as const,

  /**
   * The stations in my scope, with the scope itself (my district, or null city-wide). The edit page
   * reads its station from here too: there is no staff endpoint for one station.
   */
  list: () =>
    queryOptions({
      queryKey: [...stationAdminQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => request(api.listStaffStations, {}, { signal }),
    }),
}
