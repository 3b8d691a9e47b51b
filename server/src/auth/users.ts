import type { User } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'
import { defaultDisplayName, maskPhone, WECHAT_DISPLAY_NAME } from './phone'

interface UserRow {
  id: string
  role: User['role']
  phone: string | null
  wechat_openid: string | null
  display_name: string
  created_at: Date | string
}

const COLUMNS = 'id, role, phone, wechat_openid, display_name, created_at'

/** The db adapters already give timestamps as ISO strings in the city's offset; keep them as they are. */
export const toIso = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString())

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    role: row.role,
    displayName: row.display_name,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    hasWechat: row.wechat_openid !== null,
    createdAt: toIso(row.created_at),
  }
}

export async function getUser(db: Db, id: string): Promise<User | null> {
  const [row] = await db.query<UserRow>(`select ${COLUMNS} from users where id = $1`, [id])
  return row ? toUser(row) : null
}

/** A phone with no account becomes a worker; `on conflict` keeps two concurrent sign-ins to one row. */
export async function findOrCreateUserByPhone(db: Db, phone: string): Promise<User> {
  await db.query(
    `insert into users (role, phone, display_name) values ('worker', $1, $2) on conflict (phone) do nothing`,
    [phone, defaultDisplayName(phone)],
  )
  const [row] = await db.query<UserRow>(`select ${COLUMNS} from users where phone = $1`, [phone])
  if (!row) throw new Error('user for phone vanished after insert')
  return toUser(row)
}

export async function findOrCreateUserByOpenid(db: Db, openid: string): Promise<User> {
  await db.query(
    `insert into users (role, wechat_openid, display_name) values ('worker', $1, $2)
     on conflict (wechat_openid) do nothing`,
    [openid, WECHAT_DISPLAY_NAME],
  )
  const [row] = await db.query<UserRow>(`select ${COLUMNS} from users where wechat_openid = $1`, [openid])
  if (!row) throw new Error('user for openid vanished after insert')
  return toUser(row)
}
