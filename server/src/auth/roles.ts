import type { Db } from '../db/types'
import { forbidden } from '../http/errors'
import type { AuthUser } from '../http/route'

/** The employer the caller acts for, or null when they are not an employer's user. */
export async function employerIdOf(db: Db, user: AuthUser): Promise<string | null> {
  if (user.role !== 'employer') return null
  const [row] = await db.query<{ employer_id: string | null }>('select employer_id from users where id = $1', [user.id])
  return row?.employer_id ?? null
}

/** What a staff member may see and decide: one district's posts, employers and reports, or the city's. */
export type StaffScope = { staffId: string; district: string | null }

/** The caller's staff scope; 403 for anyone who is not staff. `district: null` is city-wide. */
export async function requireStaff(db: Db, user: AuthUser): Promise<StaffScope> {
  if (user.role !== 'staff') throw forbidden('只有驿站工作人员可以做这件事')
  const [row] = await db.query<{ staff_scope: 'district' | 'city'; staff_district: string | null }>(
    'select staff_scope, staff_district from users where id = $1',
    [user.id],
  )
  if (!row) throw forbidden('只有驿站工作人员可以做这件事')
  return { staffId: user.id, district: row.staff_scope === 'city' ? null : row.staff_district }
}

/** Whether something in `district` is within the staff member's scope. */
export const inScope = (scope: StaffScope, district: string | null) => scope.district === null || scope.district === district

/**
 * `inScope` as a SQL condition on `column`, the staff member's district (null: city-wide) being
 * parameter `param`. City-wide staff also see rows with no district yet (an employer that named none).
 */
export const inScopeSql = (column: string, param = '$1') => `(${param}::text is null or ${column} = ${param}::text)`
