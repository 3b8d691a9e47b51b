import { z } from 'zod/mini'
import { IdSchema, PhoneSchema, TimestampSchema } from './common'
import { endpoint } from './endpoint'

export const RoleSchema = z.enum(['worker', 'employer', 'staff'])
export type Role = z.infer<typeof RoleSchema>
export const Roles = { worker: '求职者', employer: '用人单位', staff: '驿站工作人员' } as const

export const UserSchema = z.object({
  id: IdSchema,
  role: RoleSchema,
  displayName: z.string(),
  /** Masked for display (138****0001); null for a WeChat account with no phone yet. */
  phoneMasked: z.nullable(z.string()),
  hasWechat: z.boolean(),
  createdAt: TimestampSchema,
})
export type User = z.infer<typeof UserSchema>

export const OtpCodeSchema = z.string({ error: '请输入验证码' }).check(z.trim(), z.regex(/^\d{6}$/, { error: '验证码是 6 位数字' }))

export const RequestOtpBodySchema = z.object({ phone: PhoneSchema })
export const RequestOtpResponseSchema = z.object({
  expiresInSeconds: z.number().check(z.int(), z.positive()),
  /** Ask again no sooner than this. */
  resendAfterSeconds: z.number().check(z.int(), z.nonnegative()),
})

export const LoginBodySchema = z.object({ phone: PhoneSchema, code: OtpCodeSchema })
export const SessionSchema = z.object({
  /** Opaque bearer token; send as `Authorization: Bearer <token>`. */
  token: z.string().check(z.minLength(20)),
  expiresAt: TimestampSchema,
  user: UserSchema,
})
export type Session = z.infer<typeof SessionSchema>

export const WechatLoginBodySchema = z.object({
  code: z
    .string({ error: '缺少微信登录凭证' })
    .check(z.trim(), z.minLength(1, { error: '缺少微信登录凭证' }), z.maxLength(128, { error: '微信登录凭证无效' })),
})

export const DevOtpSchema = z.object({ phone: PhoneSchema, code: OtpCodeSchema, expiresAt: TimestampSchema })

export const authEndpoints = {
  requestOtp: endpoint({
    operationId: 'requestOtp',
    method: 'POST',
    path: '/auth/otp',
    summary: '发送短信验证码（5 分钟内有效）',
    tags: ['auth'],
    auth: 'none',
    body: RequestOtpBodySchema,
    status: 200,
    response: RequestOtpResponseSchema,
    errors: { 429: ['RATE_LIMITED'], 503: ['SERVICE_UNAVAILABLE'] },
  }),
  login: endpoint({
    operationId: 'login',
    method: 'POST',
    path: '/auth/login',
    summary: '手机号 + 验证码登录；新手机号自动注册为求职者',
    tags: ['auth'],
    auth: 'none',
    body: LoginBodySchema,
    status: 200,
    response: SessionSchema,
    errors: { 400: ['OTP_INVALID', 'OTP_EXPIRED', 'OTP_TOO_MANY_ATTEMPTS'], 429: ['RATE_LIMITED'] },
  }),
  wechatLogin: endpoint({
    operationId: 'wechatLogin',
    method: 'POST',
    path: '/auth/wechat',
    summary: '微信小程序登录（wx.login 的 code）',
    tags: ['auth'],
    auth: 'none',
    body: WechatLoginBodySchema,
    status: 200,
    response: SessionSchema,
    errors: { 401: ['WECHAT_LOGIN_FAILED'], 429: ['RATE_LIMITED'], 502: ['WECHAT_LOGIN_FAILED'], 503: ['WECHAT_NOT_CONFIGURED'] },
  }),
  wechatPhone: endpoint({
    operationId: 'wechatPhone',
    method: 'POST',
    path: '/auth/wechat/phone',
    summary: '微信手机号快速验证（getPhoneNumber 的 code）：把手机号和微信连到同一个账号，返回该账号的新会话',
    tags: ['auth'],
    auth: 'bearer',
    body: WechatLoginBodySchema,
    status: 200,
    response: SessionSchema,
    errors: { 401: ['WECHAT_LOGIN_FAILED'], 409: ['WECHAT_ALREADY_LINKED'], 429: ['RATE_LIMITED'], 502: ['WECHAT_LOGIN_FAILED'], 503: ['WECHAT_NOT_CONFIGURED'] },
  }),
  logout: endpoint({
    operationId: 'logout',
    method: 'POST',
    path: '/auth/logout',
    summary: '退出登录（吊销当前令牌）',
    tags: ['auth'],
    auth: 'bearer',
    status: 204,
    response: z.void(),
  }),
  me: endpoint({
    operationId: 'me',
    method: 'GET',
    path: '/me',
    summary: '当前登录的用户',
    tags: ['auth'],
    auth: 'bearer',
    status: 200,
    response: UserSchema,
  }),
  devOtp: endpoint({
    operationId: 'devOtp',
    method: 'GET',
    path: '/dev/otp',
    summary: '演示模式：查看某手机号最近的验证码（生产环境不存在）',
    tags: ['dev'],
    auth: 'none',
    query: z.object({ phone: PhoneSchema }),
    status: 200,
    response: DevOtpSchema,
    errors: { 404: ['OTP_NOT_FOUND'] },
  }),
}
