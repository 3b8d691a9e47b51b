import type { EmployerProfile, VerificationStatus } from '../../../../src/shared/contracts/index'
import { toIso } from '../../auth/users'
import type { Db } from '../../db/types'

export interface EmployerRow {
  id: string
  kind: 'enterprise' | 'individual'
  name: string
  credit_code: string | null
  credit_code_valid: boolean | null
  contact_name: string
  contact_phone: string
  address: string
  district: string | null
  verification_status: VerificationStatus
  verification_note: string | null
  verified_at: Date | string | null
  licence_file_id: string | null
  licence_uploaded_at: Date | string | null
  licence_mime_type: string | null
  licence_size_bytes: number | null
  licence_storage_key: string | null
}

const SELECT = `
  select e.id, e.kind, e.name, e.credit_code, e.credit_code_valid, e.contact_name, e.contact_phone, e.address,
         e.district, e.verification_status, e.verification_note, e.verified_at, e.licence_file_id,
         f.created_at as licence_uploaded_at, f.mime_type as licence_mime_type, f.size_bytes as licence_size_bytes,
         f.storage_key as licence_storage_key
    from employers e left join stored_files f on f.id = e.licence_file_id`

/** One employer with its current licence file; `lock` takes the employer row for the caller's transaction. */
export async function employerById(db: Db, id: string, lock = false): Promise<EmployerRow | null> {
  const [row] = await db.query<EmployerRow>(`${SELECT} where e.id = $1${lock ? ' for update of e' : ''}`, [id])
  return row ?? null
}

export function toProfile(row: EmployerRow): EmployerProfile {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    creditCode: row.credit_code,
    creditCodeValid: row.credit_code_valid,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    address: row.address,
    district: row.district,
    verificationStatus: row.verification_status,
    verificationNote: row.verification_note,
    verifiedAt: row.verified_at === null ? null : toIso(row.verified_at),
    licence:
      row.licence_uploaded_at === null
        ? null
        : { uploadedAt: toIso(row.licence_uploaded_at), mimeType: row.licence_mime_type!, sizeBytes: row.licence_size_bytes! },
    canPublish: row.verification_status === 'verified',
  }
}

/** Another employer already holding this credit code, if any. */
export async function creditCodeHolder(db: Db, code: string, except: string | null = null): Promise<string | null> {
  const [row] = await db.query<{ id: string }>('select id from employers where credit_code = $1 and id is distinct from $2', [code, except])
  return row?.id ?? null
}

/**
 * Where verification stands after the employer changes what staff check (name, credit code): what was
 * verified or refused goes back to staff; a new code that fails its checksum goes to staff at once.
 */
export function statusAfterIdentityChange(current: VerificationStatus, creditCodeValid: boolean | null): VerificationStatus {
  if (current === 'verified' || current === 'rejected') return 'pending'
  if (current === 'unverified' && creditCodeValid === false) return 'pending'
  return current
}
