import type { FastifyInstance } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { consumeRate, rateLimited, type RateRule } from '../../auth/rate-limit'
import { lookupKeys } from '../../auth/secrets'
import { cityDate } from '../../city-time'
import type { Config } from '../../config'
import { route } from '../../http/route'
import { checkPolicies, listMyPolicyMatches } from '../../policies/matching'

/** The calculator answers anyone; each address gets this many checks per window (one per answered question). */
export const CALCULATOR_LIMIT = 120
export const CALCULATOR_WINDOW_SECONDS = 600

/** The rate-limit bucket of one client address (keyed, never the address itself). */
export const calculatorBucket = (authSecret: string, ip: string) => `policy-check:ip:10m:${lookupKeys(authSecret).ip(ip)}`

/** The 政策计算器 (anyone, no ID number) and 适合我的政策 (the person's own profile, with consent). */
export default async function calculatorRoutes(app: FastifyInstance, opts: { config: Config }) {
  const db = app.db

  route(app, api.checkPolicies, async ({ body, request, reply }) => {
    const rule: RateRule = { bucket: calculatorBucket(opts.config.authSecret, request.ip), limit: CALCULATOR_LIMIT, windowSeconds: CALCULATOR_WINDOW_SECONDS }
    const decision = await consumeRate(db, [rule])
    if (!decision.allowed) throw rateLimited(reply, decision.retryAfterSeconds)
    return checkPolicies(db, body.answers ?? {}, cityDate(new Date()))
  })

  route(app, api.listMyPolicyMatches, async ({ user }) => listMyPolicyMatches(db, user.id, cityDate(new Date())))
}
