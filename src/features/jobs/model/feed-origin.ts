import { GeoPointSchema, IdSchema, type GeoPoint } from '@/shared/contracts'
import { z } from 'zod/mini'

/** The station a person last opened (by its QR code or a link): the feed's origin when their position is unknown. */
export interface LastStation {
  id: string
  name: string
  location: GeoPoint
}

const LastStationSchema = z.object({ id: IdSchema, name: z.string().check(z.minLength(1), z.maxLength(60)), location: GeoPointSchema })

export function parseLastStation(value: unknown): LastStation | null {
  const parsed = LastStationSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * Where the feed measures "near" from, in this order: the person's position, the station they last
 * scanned in at, the city centre (whose point the server tells; null until it has).
 */
export type FeedOrigin =
  | { kind: 'location'; point: GeoPoint }
  | { kind: 'station'; point: GeoPoint; station: LastStation }
  | { kind: 'city'; point: GeoPoint | null }

export function chooseFeedOrigin(location: GeoPoint | null, lastStation: LastStation | null, cityCentre: GeoPoint | null): FeedOrigin {
  if (location) return { kind: 'location', point: location }
  if (lastStation) return { kind: 'station', point: lastStation.location, station: lastStation }
  return { kind: 'city', point: cityCentre }
}

/** Says which origin the feed uses: 离您最近, 按柳州路零工驿站, 按市中心. */
export function feedOriginLabel(origin: FeedOrigin): string {
  switch (origin.kind) {
    case 'location':
      return '离您最近'
    case 'station':
      return `按${origin.station.name}`
    case 'city':
      return '按市中心'
  }
}
