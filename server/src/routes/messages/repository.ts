import type { Message, MessageKind } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'
import { afterKeyset, pageSlice } from '../../http/cursor'

interface MessageRow {
  id: string
  kind: MessageKind
  title: string
  body: string
  link_kind: 'application' | 'job' | null
  link_id: string | null
  created_at: string
  read_at: string | null
}

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link_kind && row.link_id ? { kind: row.link_kind, id: row.link_id } : null,
  createdAt: row.created_at,
  readAt: row.read_at,
})

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from messages where user_id = $1 and read_at is null', [userId])
  return row?.n ?? 0
}

/** One page of a person's messages, newest first; only ever their own. */
export async function listMessages(db: Db, userId: string, limit: number, cursor?: string) {
  const params: unknown[] = [userId, limit + 1]
  const after = afterKeyset(cursor, ['created_at', 'id'], 'desc', params)
  const rows = await db.query<MessageRow>(
    `select id, kind, title, body, link_kind, link_id, created_at, read_at
       from messages
      where user_id = $1 and ${after}
      order by created_at desc, id desc
      limit $2`,
    params,
  )
  const page = pageSlice(rows, limit, (r) => ({ at: r.created_at, id: r.id }))
  return {
    items: page.rows.map(toMessage),
    nextCursor: page.nextCursor,
    unreadCount: await unreadCount(db, userId),
  }
}

/** Marks one of the person's messages read (again is fine); false when they have no such message. */
export async function markRead(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db.query('update messages set read_at = coalesce(read_at, now()) where id = $1 and user_id = $2 returning id', [id, userId])
  return rows.length > 0
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db.query('update messages set read_at = now() where user_id = $1 and read_at is null', [userId])
}

/** Each accepted template allows one more message of it. */
export async function addSubscriptions(db: Db, userId: string, templateIds: readonly string[]): Promise<void> {
  for (const templateId of templateIds) {
    await db.query(
      `insert into wechat_subscriptions (user_id, template_id, remaining) values ($1, $2, 1)
       on conflict (user_id, template_id) do update set remaining = wechat_subscriptions.remaining + 1, updated_at = now()`,
      [userId, templateId],
    )
  }
}
