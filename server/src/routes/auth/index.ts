import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { authEndpoints } from '../../../../src/shared/contracts/index'
import { checkOtp, currentDemoOtp, discardOtp, issueOtp, OTP_TTL_SECONDS, type OtpCheck } from '../../auth/otp'
import { consumeRate, rateLimited, releaseRate, type RateRule } from '../../auth/rate-limit'
import { lookupKeys, type LookupKeys } from '../../auth/secrets'
import { createSession, findSession, revokeSession } from '../../auth/sessions'
import { createSmsSender } from '../../auth/sms'
import { findOrCreateUserByOpenid, findOrCreateUserByPhone, getUser } from '../../auth/users'
import { createWechatClient } from '../../auth/wechat'
import type { Config } from '../../config'
import type { Db } from '../../db/types'
import { HttpError, notFound, unauthorized } from '../../http/errors'
import { route } from '../../http/route'
import { createWechatServerApi, type WechatPhone } from '../../wechat/api'
import { WechatApiError } from '../../wechat/http'
import { linkWechatPhone } from './wechat-phone'

const OTP_RESEND_SECONDS = 60

/** Sliding windows; all counted in the database, so they hold across server processes. */
function rateLimits(keys: LookupKeys) {
  return {
    otpPerPhone: (phone: string): RateRule[] => [
      { bucket: `otp:phone:60s:${keys.phone(phone)}`, limit: 1, windowSeconds: OTP_RESEND_SECONDS },
      { bucket: `otp:phone:1h:${keys.phone(phone)}`, limit: 5, windowSeconds: 3600 },
    ],
    otpPerIp: (ip: string): RateRule[] => [{ bucket: `otp:ip:1h:${keys.ip(ip)}`, limit: 20, windowSeconds: 3600 }],
    loginPerIp: (ip: string): RateRule[] => [{ bucket: `login:ip:10m:${keys.ip(ip)}`, limit: 30, windowSeconds: 600 }],
  }
}

/** 40029: the getPhoneNumber code is wrong, used or too old: the person taps again. */
const BAD_PHONE_CODE_ERRCODES = new Set([40029])
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/** Refusals of a code name the `code` field too, so a form can show them beside it. */
const codeError = (code: string, message: string) => new HttpError(400, code, message, { code: message })

function otpRefusal(check: Exclude<OtpCheck, { kind: 'ok' }>): HttpError {
  switch (check.kind) {
    case 'missing':
      return codeError('OTP_INVALID', '验证码不对，请先获取验证码')
    case 'used':
      return codeError('OTP_EXPIRED', '验证码已使用过，请重新获取')
    case 'expired':
      return codeError('OTP_EXPIRED', '验证码已过期，请重新获取')
    case 'too_many_attempts':
      return codeError('OTP_TOO_MANY_ATTEMPTS', '验证码输错次数太多，请重新获取')
    case 'wrong':
      return check.attemptsLeft > 0
        ? codeError('OTP_INVALID', `验证码不对，还可以再试 ${check.attemptsLeft} 次`)
        : codeError('OTP_INVALID', '验证码不对，次数已用完，请重新获取')
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  if (!header) return null
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1] ?? null
}

/**
 * Sign-in: SMS codes, WeChat, bearer sessions, and the `authenticate` decorator the other routes
 * rely on. Wrapped with fastify-plugin so `authenticate` is visible to routes registered beside it.
 */
async function authRoutes(app: FastifyInstance, opts: { config: Config; db: Db }) {
  const { config, db } = opts
  const keys = lookupKeys(config.authSecret)
  const limits = rateLimits(keys)
  const sms = createSmsSender(config, app.log)
  const wechat = createWechatClient(config, (detail) => app.log.warn(detail, 'WeChat jscode2session failed'))
  const wechatApi = createWechatServerApi(config, db)

  app.decorate('authenticate', async (request: FastifyRequest) => {
    const token = bearerToken(request)
    if (!token) throw unauthorized('请先登录')
    const found = await findSession(db, token)
    if (found.kind !== 'valid') throw unauthorized('登录已过期，请重新登录')
    return found.user
  })

  route(app, authEndpoints.requestOtp, async ({ body, request, reply }) => {
    if (!sms) throw new HttpError(503, 'SERVICE_UNAVAILABLE', '短信服务未配置，暂时无法发送验证码，请用微信登录或联系驿站工作人员')
    const phoneRules = limits.otpPerPhone(body.phone)
    const decision = await consumeRate(db, [...phoneRules, ...limits.otpPerIp(request.ip)])
    if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)

    const otp = await issueOtp(db, keys.phone(body.phone), config.demoMode)
    try {
      await sms.sendCode(body.phone, otp.code)
    } catch (err) {
      request.log.error({ err }, 'sign-in code not sent')
      // The person got nothing, so let them ask again at once; the per-IP count stays.
      await discardOtp(db, otp.id)
      await releaseRate(db, decision.eventIds.slice(0, phoneRules.length))
      throw new HttpError(503, 'SERVICE_UNAVAILABLE', '短信发送失败，请稍后再试')
    }
    return { expiresInSeconds: OTP_TTL_SECONDS, resendAfterSeconds: OTP_RESEND_SECONDS }
  })

  route(app, authEndpoints.login, async ({ body, request, reply }) => {
    const decision = await consumeRate(db, limits.loginPerIp(request.ip))
    if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)

    // One transaction, committed whatever the outcome: a wrong code's attempt must be remembered.
    const outcome = await db.transaction(async (tx) => {
      const check = await checkOtp(tx, keys.phone(body.phone), body.code)
      if (check.kind !== 'ok') return check
      const user = await findOrCreateUserByPhone(tx, body.phone)
      return { kind: 'ok' as const, session: await createSession(tx, user) }
    })
    if (outcome.kind === 'ok') return outcome.session
    throw otpRefusal(outcome)
  })

  route(app, authEndpoints.wechatLogin, async ({ body, request, reply }) => {
    if (!wechat) throw new HttpError(503, 'WECHAT_NOT_CONFIGURED', '本服务器没有配置微信登录，请用手机号登录')
    const decision = await consumeRate(db, limits.loginPerIp(request.ip))
    if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)

    const identity = await wechat.code2Session(body.code)
    return db.transaction(async (tx) => createSession(tx, await findOrCreateUserByOpenid(tx, identity.openid)))
  })

  route(app, authEndpoints.wechatPhone, async ({ body, user, request, reply }) => {
    if (!wechatApi) throw new HttpError(503, 'WECHAT_NOT_CONFIGURED', '本服务器没有配置微信登录，请用手机号登录')
    const decision = await consumeRate(db, limits.loginPerIp(request.ip))
    if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)

    let phone: WechatPhone
    try {
      phone = await wechatApi.getUserPhoneNumber(body.code)
    } catch (err) {
      if (!(err instanceof WechatApiError)) throw err
      // Never the code or the token: only what WeChat said.
      request.log.warn({ errcode: err.errcode, reason: err.message }, 'WeChat getuserphonenumber failed')
      if (err.errcode !== null && BAD_PHONE_CODE_ERRCODES.has(err.errcode)) {
        throw new HttpError(401, 'WECHAT_LOGIN_FAILED', '手机号授权已失效，请再点一次“微信手机号登录”')
      }
      throw new HttpError(502, 'WECHAT_LOGIN_FAILED', '微信暂时无法提供手机号，请用短信验证码登录')
    }
    if (phone.countryCode !== '86' || !MAINLAND_MOBILE.test(phone.purePhoneNumber)) {
      throw new HttpError(400, 'VALIDATION_FAILED', '目前只支持中国大陆手机号，请用短信验证码登录', { code: '不是中国大陆手机号' })
    }
    return db.transaction((tx) => linkWechatPhone(tx, user, phone.purePhoneNumber))
  })

  route(app, authEndpoints.logout, async ({ user }) => {
    await revokeSession(db, user.sessionId)
  })

  route(app, authEndpoints.me, async ({ user }) => {
    const found = await getUser(db, user.id)
    if (!found) throw unauthorized('登录已过期，请重新登录')
    return found
  })

  // Demo mode only. Outside it the route is not registered at all, so it answers the generic 404.
  if (config.demoMode) {
    route(app, authEndpoints.devOtp, async ({ query }) => {
      const otp = await currentDemoOtp(db, keys.phone(query.phone))
      if (!otp) throw notFound('OTP_NOT_FOUND', '这个手机号没有待用的验证码，请先获取验证码')
      return { phone: query.phone, code: otp.code, expiresAt: otp.expiresAt }
    })
  }
}

export default fp(authRoutes, { name: 'auth-routes' })
