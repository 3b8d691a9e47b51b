import type { CreateStationBody, StaffStation } from '../../../../src/shared/contracts/index'
import { inScopeSql } from '../../auth/roles'
import type { Db } from '../../db/types'
import { STATION_COLUMNS, stationFields, type StationRow } from '../stations/repository'

interface StaffStationRow extends StationRow {
  created_at: string
  updated_at: string
}

/** The fields staff edit, as the body gives them (after the contract's trimming). */
export type StationFields = Required<CreateStationBody>

const toStaffStation = (row: StaffStationRow): StaffStation => ({ ...stationFields(row), createdAt: row.created_at, updatedAt: row.updated_at })

/** What the audit log keeps of a station: the fields staff edit. */
export const auditFields = (s: StaffStation) => ({
  code: s.code,
  name: s.name,
  district: s.district,
  address: s.address,
  location: s.location,
  hours: s.hours,
  phone: s.phone,
})

const SELECT = `select ${STATION_COLUMNS}, s.created_at, s.updated_at from stations s`

/** 23505: the only unique key a station insert or update can break is stations_code_key (upper(code)). */
export const isCodeTaken = (err: unknown) => (err as { code?: unknown } | null)?.code === '23505'

export function createStationAdminRepository(db: Db) {
  return {
    /** The stations of `district` (all of them for null), by district then code. */
    async list(district: string | null): Promise<StaffStation[]> {
      const rows = await db.query<StaffStationRow>(`${SELECT} where ${inScopeSql('s.district')} order by s.district, s.code`, [district])
      return rows.map(toStaffStation)
    },
    /** `forUpdate` locks the row, so the before/after of an edit are of one version. */
    async byId(id: string, tx: Db = db, forUpdate = false): Promise<StaffStation | null> {
      const rows = await tx.query<StaffStationRow>(`${SELECT} where s.id = $1${forUpdate ? ' for update of s' : ''}`, [id])
      return rows[0] ? toStaffStation(rows[0]) : null
    },
    /** Whether a station other than `exceptId` has this code, whatever the case. */
    async codeTaken(tx: Db, code: string, exceptId: string | null): Promise<boolean> {
      const rows = await tx.query('select 1 from stations where upper(code) = upper($1) and ($2::uuid is null or id <> $2)', [code, exceptId])
      return rows.length > 0
    },
    async insert(tx: Db, f: StationFields): Promise<string> {
      const [row] = await tx.query<{ id: string }>(
        `insert into stations (code, name, district, address, lat, lng, hours, phone)
         values (upper($1), $2, $3, $4, $5, $6, $7, $8) returning id`,
        [f.code, f.name, f.district, f.address, f.location.lat, f.location.lng, f.hours, f.phone],
      )
      return row!.id
    },
    async update(tx: Db, id: string, f: StationFields): Promise<void> {
      await tx.query(
        `update stations set code = upper($2), name = $3, district = $4, address = $5, lat = $6, lng = $7, hours = $8, phone = $9,
           updated_at = now()
         where id = $1`,
        [id, f.code, f.name, f.district, f.address, f.location.lat, f.location.lng, f.hours, f.phone],
      )
    },
  }
}
