import type { Session } from '../../../../src/shared/contracts/index'
import { defaultDisplayName, WECHAT_DISPLAY_NAME } from '../../auth/phone'
import { createSession, revokeSession } from '../../auth/sessions'
import { getUser } from '../../auth/users'
import type { Db } from '../../db/types'
import { HttpError } from '../../http/errors'
import type { AuthUser } from '../../http/route'

interface LinkRow {
  id: string
  phone: string | null
  wechat_openid: string | null
  display_name: string
}

const alreadyLinked = (message: string) => new HttpError(409, 'WECHAT_ALREADY_LINKED', message)

async function sessionOf(tx: Db, userId: string): Promise<Session> {
  const user = await getUser(tx, userId)
  if (!user) throw new Error(`user ${userId} vanished while linking a phone`)
  return createSession(tx, user)
}

/**
 * Links the phone WeChat vouched for to the signed-in account, so that phone and WeChat are one
 * account. Run in one transaction. The caller's session is replaced by a new one:
 * - nobody has the phone: it is set on the current account;
 * - a phone account exists (signed up by SMS) without WeChat: the openid moves onto it, the WeChat-only
 *   account is deleted (or, if something already refers to it, kept as merged) and its sessions end;
 * - the phone account has another WeChat, or the current account another phone: 409.
 */
export async function linkWechatPhone(tx: Db, caller: AuthUser, phone: string): Promise<Session> {
  const [me] = await tx.query<LinkRow>('select id, phone, wechat_openid, display_name from users where id = $1 for update', [caller.id])
  if (!me) throw new Error('signed-in user not found')
  if (me.phone === phone) {
    await revokeSession(tx, caller.sessionId)
    return sessionOf(tx, me.id)
  }
  if (me.phone) throw alreadyLinked('当前账号已绑定其他手机号')

  // Two WeChat accounts linking the same phone at once: the second waits and sees the first's link.
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`link-phone:${phone}`])
  const [owner] = await tx.query<LinkRow>('select id, phone, wechat_openid, display_name from users where phone = $1 for update', [phone])
  if (!owner) {
    await tx.query(
      `update users set phone = $2, display_name = case when display_name = $3 then $4 else display_name end where id = $1`,
      [me.id, phone, WECHAT_DISPLAY_NAME, defaultDisplayName(phone)],
    )
    await revokeSession(tx, caller.sessionId)
    return sessionOf(tx, me.id)
  }
  if (owner.wechat_openid) throw alreadyLinked('这个手机号已绑定另一个微信，请用那个微信登录，或联系驿站工作人员')

  // Consent to subscribe messages was given in WeChat by the same person: it follows the openid.
  await tx.query(
    `insert into wechat_subscriptions (user_id, template_id, remaining, updated_at)
     select $2, template_id, remaining, now() from wechat_subscriptions where user_id = $1
     on conflict (user_id, template_id) do update set remaining = wechat_subscriptions.remaining + excluded.remaining, updated_at = now()`,
    [me.id, owner.id],
  )
  await tx.query('delete from wechat_subscriptions where user_id = $1', [me.id])
  await tx.query('update users set wechat_openid = null, merged_into = $2 where id = $1', [me.id, owner.id])
  await tx.query('update auth_sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [me.id])
  // Deleted if nothing refers to it; a savepoint keeps a foreign-key refusal from failing the link.
  await tx.query('savepoint drop_wechat_only_account')
  try {
    await tx.query('delete from users where id = $1', [me.id])
    await tx.query('release savepoint drop_wechat_only_account')
  } catch (err) {
    if ((err as { code?: string }).code !== '23503') throw err
    await tx.query('rollback to savepoint drop_wechat_only_account')
  }
  await tx.query('update users set wechat_openid = $2 where id = $1', [owner.id, me.wechat_openid])
  return sessionOf(tx, owner.id)
}
