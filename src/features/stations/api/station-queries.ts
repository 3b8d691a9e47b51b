import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { type GeoPoint } from '@/shared/contracts'
import { stationEndpoints } from '@/shared/contracts/stations'

/** Where distances are measured from: the person's position, or none (the server uses the city centre). */
export type Origin = GeoPoint | null

/** One station, by its id (links in the app) or by the short code of its QR code. */
export type StationLookup = { id: string } | { code: string }

const near = (origin: Origin) => (origin ? { lat: origin.lat, lng: origin.lng } : {})

function lookupQuery(lookup: StationLookup, origin: Origin) {
  const [kind, value] = 'code' in lookup ? (['by-code', lookup.code] as const) : (['detail', lookup.id] as const)
  return queryOptions({
    queryKey: [...stationQueries.all(), kind as 'detail' | 'by-code', value, { origin }] as const,
    queryFn: ({ signal }) =>
      kind === 'by-code'
        ? request(stationEndpoints.getStationByCode, { params: { code: value }, query: near(origin) }, { signal })
        : request(stationEndpoints.getStation, { params: { id: value }, query: near(origin) }, { signal }),
    // When the position arrives the same station is asked again for its distance: keep it on screen
    // meanwhile. Another station (another QR code scanned) shows its own loading state instead.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === value ? previous : undefined),
  })
}

export const stationQueries = {
  all: () => ['stations'] as const,

  /** Stations nearest first; without an origin the server measures from the city centre and says so. */
  list: (origin: Origin) =>
    queryOptions({
      queryKey: [...stationQueries.all(), 'list', { origin }] as const,
      queryFn: ({ signal }) => request(stationEndpoints.listStations, { query: near(origin) }, { signal }),
    }),

  /** One station; the origin only adds the distance. */
  detail: (id: string, origin: Origin = null) => lookupQuery({ id }, origin),

  /** The station behind a QR code's short code. */
  byCode: (code: string, origin: Origin = null) => lookupQuery({ code }, origin),

  /** Either of the two, as the station page's entry says. */
  lookup: lookupQuery,
}
