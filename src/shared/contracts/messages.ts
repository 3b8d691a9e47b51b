import { z } from 'zod/mini'
import { CursorSchema, IdSchema, PageLimitSchema, TimestampSchema } from './common'
import { endpoint } from './endpoint'

/** What a message is about; the app picks an icon and a link by it. */
export const MessageKinds = {
  application_hired: '录用通知',
  application_rejected: '未录用通知',
  application_cancelled: '报名已取消',
  application_received: '新的报名',
  work_reminder: '上工提醒',
  work_completed: '完工确认',
  job_closed: '岗位已停招',
  job_review_result: '岗位审核结果',
  employer_verification: '单位认证结果',
  report_outcome: '举报处理结果',
  policy_match: '政策推送',
  subsidy_progress: '补贴申领进度',
} as const
export const MessageKindSchema = z.enum([
  'application_hired',
  'application_rejected',
  'application_cancelled',
  'application_received',
  'work_reminder',
  'work_completed',
  // Posting and trust: a hired worker's job closed early; staff decided on a post, an employer, a report.
  'job_closed',
  'job_review_result',
  'employer_verification',
  'report_outcome',
  // Policy push: a policy newly fits the person; a subsidy application moved on.
  'policy_match',
  'subsidy_progress',
])
export type MessageKind = z.infer<typeof MessageKindSchema>

/** Where tapping a message goes. */
export const MessageLinkSchema = z.object({ kind: z.enum(['application', 'job', 'policy', 'subsidy_application']), id: IdSchema })

export const MessageSchema = z.object({
  id: IdSchema,
  kind: MessageKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.nullable(MessageLinkSchema),
  createdAt: TimestampSchema,
  readAt: z.nullable(TimestampSchema),
})
export type Message = z.infer<typeof MessageSchema>

export const MessagePageSchema = z.object({
  items: z.array(MessageSchema),
  nextCursor: z.nullable(z.string()),
  unreadCount: z.number().check(z.int(), z.nonnegative()),
})
export type MessagePage = z.infer<typeof MessagePageSchema>

/**
 * WeChat subscribe-message templates the app may ask consent for. The ids are the account's own
 * (configured on the server); a kind without a configured id is left out.
 */
export const SubscribeTemplateKindSchema = z.enum(['application_result', 'work_reminder', 'policy_match', 'subsidy_progress'])
export type SubscribeTemplateKind = z.infer<typeof SubscribeTemplateKindSchema>
export const SubscribeTemplatesSchema = z.object({
  templates: z.array(z.object({ kind: SubscribeTemplateKindSchema, templateId: z.string() })),
})

/** What `requestSubscribeMessage` answered, per template: each `accept` allows one message. */
export const RecordSubscriptionsBodySchema = z.object({
  results: z
    .array(z.object({ templateId: z.string().check(z.minLength(1), z.maxLength(64)), accepted: z.boolean() }))
    .check(z.minLength(1, { error: '没有订阅结果' }), z.maxLength(3, { error: '一次最多订阅 3 个模板' })),
})

export const messageEndpoints = {
  listMessages: endpoint({
    operationId: 'listMessages',
    method: 'GET',
    path: '/me/messages',
    summary: '我的消息，最新的在前，带未读数',
    tags: ['messages'],
    auth: 'bearer',
    query: z.object({ cursor: z.optional(CursorSchema), limit: PageLimitSchema }),
    status: 200,
    response: MessagePageSchema,
    errors: { 400: ['INVALID_CURSOR'] },
  }),
  unreadMessageCount: endpoint({
    operationId: 'unreadMessageCount',
    method: 'GET',
    path: '/me/messages/unread-count',
    summary: '未读消息数（“我的”角标）',
    tags: ['messages'],
    auth: 'bearer',
    status: 200,
    response: z.object({ count: z.number().check(z.int(), z.nonnegative()) }),
  }),
  markMessageRead: endpoint({
    operationId: 'markMessageRead',
    method: 'POST',
    path: '/me/messages/:id/read',
    summary: '标记一条消息已读',
    tags: ['messages'],
    auth: 'bearer',
    params: z.object({ id: IdSchema }),
    status: 204,
    response: z.void(),
    errors: { 404: ['MESSAGE_NOT_FOUND'] },
  }),
  markAllMessagesRead: endpoint({
    operationId: 'markAllMessagesRead',
    method: 'POST',
    path: '/me/messages/read-all',
    summary: '全部标为已读',
    tags: ['messages'],
    auth: 'bearer',
    status: 204,
    response: z.void(),
  }),
  getSubscribeTemplates: endpoint({
    operationId: 'getSubscribeTemplates',
    method: 'GET',
    path: '/wechat/subscribe-templates',
    summary: '小程序可请求订阅的消息模板',
    tags: ['messages'],
    auth: 'none',
    status: 200,
    response: SubscribeTemplatesSchema,
  }),
  recordSubscriptions: endpoint({
    operationId: 'recordSubscriptions',
    method: 'POST',
    path: '/me/wechat-subscriptions',
    summary: '记录用户对订阅消息的同意（每次同意可发一条）',
    tags: ['messages'],
    auth: 'bearer',
    body: RecordSubscriptionsBodySchema,
    status: 204,
    response: z.void(),
    errors: { 400: ['UNKNOWN_TEMPLATE'] },
  }),
}
