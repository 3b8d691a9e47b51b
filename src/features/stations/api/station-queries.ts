import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type GeoPoint } from '@/shared/contracts'

/** Where distances are measured from: the person's position, or none (the server uses the city centre). */
export type Origin = GeoPoint | null

const near = (origin: Origin) => (origin ? { lat: origin.lat, lng: origin.lng } : {})

export const stationQueries = {
  all: () => ['stations'] as const,

  /** Stations nearest first; without an origin the server measures from the city centre and says so. */
  list: (origin: Origin) =>
    queryOptions({
      queryKey: [...stationQueries.all(), 'list', { origin }] as const,
      queryFn: ({ signal }) => request(api.listStations, { query: near(origin) }, { signal }),
    }),

  /**
   * One station. When the position arrives it is asked again for the distance and stays on screen
   * meanwhile; another station (another QR code scanned) shows its own loading state instead.
   */
  detail: (id: string, origin: Origin = null) =>
    queryOptions({
      queryKey: [...stationQueries.all(), 'detail', id, { origin }] as const,
      queryFn: ({ signal }) => request(api.getStation, { params: { id }, query: near(origin) }, { signal }),
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
    }),

  /** The station behind a QR code's short code. */
  byCode: (code: string, origin: Origin = null) =>
    queryOptions({
      queryKey: [...stationQueries.all(), 'by-code', code, { origin }] as const,
      queryFn: ({ signal }) => request(api.getStationByCode, { params: { code }, query: near(origin) }, { signal }),
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === code ? previous : undefined),
    }),
}
