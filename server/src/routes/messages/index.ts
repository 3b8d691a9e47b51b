import type { FastifyInstance } from 'fastify'
import { messageEndpoints, type SubscribeTemplateKind } from '../../../../src/shared/contracts/index'
import type { Config } from '../../config'
import { HttpError, notFound } from '../../http/errors'
import { route } from '../../http/route'
import { addSubscriptions, listMessages, markAllRead, markRead, unreadCount } from './repository'

/** The message centre (a person's own messages only) and consent to WeChat subscribe messages. */
export default async function messagesRoutes(app: FastifyInstance, opts: { config: Config }) {
  const { db } = app
  const templates = Object.entries(opts.config.wechatSubscribe.templates).map(([kind, t]) => ({ kind: kind as SubscribeTemplateKind, templateId: t.templateId }))
  const knownTemplateIds = new Set(templates.map((t) => t.templateId))

  route(app, messageEndpoints.listMessages, async ({ user, query }) => listMessages(db, user.id, query.limit, query.cursor))

  route(app, messageEndpoints.unreadMessageCount, async ({ user }) => ({ count: await unreadCount(db, user.id) }))

  route(app, messageEndpoints.markMessageRead, async ({ user, params }) => {
    // Someone else's message answers exactly like a missing one: ids are not confirmed to strangers.
    if (!(await markRead(db, user.id, params.id))) throw notFound('MESSAGE_NOT_FOUND', '没有找到这条消息')
  })

  route(app, messageEndpoints.markAllMessagesRead, async ({ user }) => {
    await markAllRead(db, user.id)
  })

  route(app, messageEndpoints.getSubscribeTemplates, async () => ({ templates }))

  route(app, messageEndpoints.recordSubscriptions, async ({ user, body }) => {
    const unknown = body.results.find((r) => !knownTemplateIds.has(r.templateId))
    if (unknown) throw new HttpError(400, 'UNKNOWN_TEMPLATE', '订阅的消息模板不存在，请更新小程序后再试', { results: '模板不存在' })
    await db.transaction((tx) => addSubscriptions(tx, user.id, body.results.filter((r) => r.accepted).map((r) => r.templateId)))
  })
}
