import type { Message, MessageKind, SubscribeTemplateKind } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'

/** A thing a person must know: always a message in the app, and a push where they consented. */
export interface Notification {
  userId: string
  kind: MessageKind
  title: string
  body: string
  link: Message['link']
  /** The same event never notifies twice: e.g. `hired:<application id>`. */
  dedupeKey: string
  /**
   * Also push it through WeChat's subscribe message of this kind. Sent by the outbox worker only if
   * the person consented; `data` holds the values by name (see PushValues), which the worker puts
   * under the account's template keys and cuts to WeChat's limits.
   */
  push?: {
    templateKind: SubscribeTemplateKind
    data: Record<string, string>
    /** Not worth sending after this moment (ISO): e.g. a reminder held by quiet hours past the start of work. */
    expiresAt?: string
  }
}

/**
 * The values a push of each kind carries. Names, not WeChat keys: which key of the account's
 * template each goes to is configuration (DEFAULT_TEMPLATE_FIELDS in config.ts).
 */
export interface PushValues {
  /** e.g. { job: '仓库搬运工', result: '已录用', employer: '长治物流', note: '明天 08:00 到岗' } */
  application_result: { job: string; result: string; employer?: string; note?: string }
  /** e.g. { job: '仓库搬运工', time: '2026年12月3日 08:00', place: '城东物流园北门', note: '到了请签到' } */
  work_reminder: { job: string; time: string; place: string; note?: string }
  /** e.g. { policy: '高校毕业生一次性求职创业补贴', amount: '一次性 1,000 元', note: '您符合申请条件，点开看怎么申请' } */
  policy_match: { policy: string; amount: string; note?: string }
}

/**
 * Writes the message (and its outbox row) in the caller's transaction, so that a status change and
 * its notice commit together or not at all. Idempotent by `dedupeKey`.
 */
export async function notify(db: Db, n: Notification): Promise<void> {
  const [message] = await db.query<{ id: string }>(
    `insert into messages (user_id, kind, title, body, link_kind, link_id, dedupe_key)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (user_id, dedupe_key) do nothing
     returning id`,
    [n.userId, n.kind, n.title, n.body, n.link?.kind ?? null, n.link?.id ?? null, n.dedupeKey],
  )
  if (!message || !n.push) return
  await db.query(
    `insert into outbox (channel, user_id, message_id, template_kind, payload, dedupe_key, expires_at)
     values ('wechat_subscribe', $1, $2, $3, $4, $5, $6)
     on conflict (dedupe_key) do nothing`,
    [n.userId, message.id, n.push.templateKind, JSON.stringify(n.push.data), `wechat:${n.userId}:${n.dedupeKey}`, n.push.expiresAt ?? null],
  )
}
