import type { GeoPoint, Station } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'

/** A station as stored, with its count of open jobs: what every station answer is made from. */
export interface StationRow {
  id: string
  code: string
  name: string
  district: string
  address: string
  lat: number
  lng: number
  hours: string
  phone: string
  open_job_count: number
}

/**
 * The select list of a StationRow, over `stations s`. Open jobs are those still shown: status open
 * and valid through today in the city's zone.
 */
export const STATION_COLUMNS = `s.id, s.code, s.name, s.district, s.address, s.lat, s.lng, s.hours, s.phone,
    (select count(*)::int from jobs j
      where j.station_id = s.id and j.status = 'open' and j.valid_until >= current_date) as open_job_count`

/** A StationRow in the API's names. */
export const stationFields = (row: StationRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  district: row.district,
  address: row.address,
  location: { lat: row.lat, lng: row.lng },
  hours: row.hours,
  phone: row.phone,
  openJobCount: row.open_job_count,
})

interface NearStationRow extends StationRow {
  distance_meters: number | null
}

const toStation = (row: NearStationRow): Station => ({ ...stationFields(row), distanceMeters: row.distance_meters })

const SELECT = `
  select ${STATION_COLUMNS},
    case when $1::float8 is null then null
      else round(distance_m($1::float8, $2::float8, s.lat, s.lng))::int end as distance_meters
  from stations s`

export function createStationRepository(db: Db) {
  return {
    /** All stations, nearest to `sortFrom` first; distances are reported only for `from`. */
    async list(sortFrom: GeoPoint, from: GeoPoint | null): Promise<Station[]> {
      const rows = await db.query<NearStationRow>(
        `${SELECT} order by distance_m($3::float8, $4::float8, s.lat, s.lng), s.code`,
        [from?.lat ?? null, from?.lng ?? null, sortFrom.lat, sortFrom.lng],
      )
      return rows.map(toStation)
    },
    async byId(id: string, from: GeoPoint | null): Promise<Station | null> {
      const rows = await db.query<NearStationRow>(`${SELECT} where s.id = $3`, [from?.lat ?? null, from?.lng ?? null, id])
      return rows[0] ? toStation(rows[0]) : null
    },
    /** Codes are printed in capitals but people type them any way. */
    async byCode(code: string, from: GeoPoint | null): Promise<Station | null> {
      const rows = await db.query<NearStationRow>(`${SELECT} where upper(s.code) = upper($3)`, [
        from?.lat ?? null,
        from?.lng ?? null,
        code,
      ])
      return rows[0] ? toStation(rows[0]) : null
    },
  }
}
export type StationRepository = ReturnType<typeof createStationRepository>
