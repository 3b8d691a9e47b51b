import { randomUUID } from 'node:crypto'
import type { Role } from '../../src/shared/contracts/index'
import { createSession } from '../src/auth/sessions'
import { getUser } from '../src/auth/users'
import type { TestServer } from './helper'

export interface TestAccount {
  id: string
  role: Role
  token: string
  /** Set for employers: the employer they act for. */
  employerId: string | null
  /** Bearer header for fetch. */
  auth: { authorization: string }
}

let phoneSeq = 0
/** A fresh mainland-style number per call (139 + pid-derived + sequence), unique within a test process. */
function nextPhone(): string {
  phoneSeq += 1
  return `139${String(process.pid % 10_000).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`
}

/** A WeChat openid no other test account has (an account with one can be sent subscribe messages). */
export const newOpenid = () => `openid-${randomUUID()}`

/**
 * An account with a session, written straight to the database: tests that need dozens of people
 * (50 workers racing for 3 places) must not go through SMS sign-in and its per-address limits.
 * An employer account gets a new (verified) employer unless `employerId` is given.
 */
export async function createAccount(
  server: TestServer,
  role: Role,
  options: {
    employerId?: string
    displayName?: string
    phone?: string
    wechatOpenid?: string
    /** Staff only: the district they work for; without it, city-wide. */
    staffDistrict?: string
  } = {},
): Promise<TestAccount> {
  let employerId: string | null = options.employerId ?? null
  if (role === 'employer' && !employerId) {
    employerId = randomUUID()
    await server.db.query(
      `insert into employers (id, name, verification_status, verified_at, contact_name, contact_phone)
       values ($1, $2, 'verified', now(), '测试联系人', $3)`,
      [employerId, `测试用人单位${employerId.slice(0, 6)}`, nextPhone()],
    )
  }
  const [row] = await server.db.query<{ id: string }>(
    `insert into users (role, phone, wechat_openid, display_name, employer_id, staff_scope, staff_district)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      role,
      options.phone ?? nextPhone(),
      options.wechatOpenid ?? null,
      options.displayName ?? `测试${role}`,
      employerId,
      role === 'staff' ? (options.staffDistrict ? 'district' : 'city') : null,
      role === 'staff' ? (options.staffDistrict ?? null) : null,
    ],
  )
  const user = await getUser(server.db, row!.id)
  const session = await createSession(server.db, user!)
  return { id: user!.id, role, token: session.token, employerId, auth: { authorization: `Bearer ${session.token}` } }
}

/** A session for an existing user (e.g. a seeded demo account). */
export async function sessionFor(server: TestServer, userId: string): Promise<TestAccount> {
  const user = await getUser(server.db, userId)
  if (!user) throw new Error(`no user ${userId}`)
  const [row] = await server.db.query<{ employer_id: string | null }>('select employer_id from users where id = $1', [userId])
  const session = await createSession(server.db, user)
  return { id: user.id, role: user.role, token: session.token, employerId: row?.employer_id ?? null, auth: { authorization: `Bearer ${session.token}` } }
}
