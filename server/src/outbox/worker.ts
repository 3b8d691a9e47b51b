import type { FastifyBaseLogger } from 'fastify'
import type { SubscribeTemplateKind } from '../../../src/shared/contracts/index'
import type { Config } from '../config'
import type { Db } from '../db/types'
import type { WechatServerApi } from '../wechat/api'
import { WechatApiError } from '../wechat/http'
import { cityDate, inQuietHours } from '../city-time'
import { expireJobs } from '../postings/expiry'
import { PUSH_BATCHES_PER_ROUND, workPolicyRuns } from '../policies/push'
import { createEveningReminders } from './reminders'
import { pageFor, templateData } from './template-data'

/** The person has no subscription left for the template (or withdrew it): not worth retrying. */
const NO_CONSENT_ERRCODES = new Set([43101])
/** The message itself is wrong (bad openid, template, page or values): retrying the same row cannot succeed. */
const PERMANENT_ERRCODES = new Set([40003, 40037, 41030, 47003])

export interface OutboxWorkerOptions {
  db: Db
  /** Null when the server has no WeChat credentials: pushes are skipped, the in-app messages stay. */
  wechat: WechatServerApi | null
  subscribe: Config['wechatSubscribe']
  /** Injectable for tests: quiet hours, due times, reminders and back-off all go by it. */
  clock?: () => Date
  pollMs?: number
  batchSize?: number
  /** After this many failed sends a row is 'failed'. */
  maxAttempts?: number
  /** First retry after this long, doubling each time, at most an hour. */
  retryBaseSeconds?: number
  /** A claimed row comes back to others after this long if its worker died mid-send. */
  leaseSeconds?: number
  /** Batches of policy matching (policies/push.ts) per round; 0 leaves the runs to another worker. */
  pushBatches?: number
  log?: Pick<FastifyBaseLogger, 'warn' | 'error'>
}

export interface TickResult {
  reminders: number
  /** In-app policy_match messages written by this round's matching batches. */
  policyMessages: number
  sent: number
  skipped: number
  retried: number
  failed: number
}

interface ClaimedRow {
  id: number
  user_id: string
  template_kind: string
  payload: Record<string, unknown>
  attempts: number
  expires_at: string | null
  openid: string | null
  link_kind: string | null
  link_id: string | null
}

type Outcome = { status: 'sent' } | { status: 'skipped'; reason: string } | { status: 'retry' | 'failed'; reason: string }

/**
 * Works the outbox: each round creates the evening-before reminders that are due, marks posts
 * whose dates have passed as expired (postings/expiry.ts) and works a few batches of policy
 * matching (policies/push.ts), then claims due
 * pending rows (FOR UPDATE SKIP LOCKED, so several server processes never take the same row) and
 * sends each as a WeChat subscribe message, spending one of the person's consents. Nothing is
 * pushed in quiet hours. A failed send is retried with exponential back-off.
 */
export class OutboxWorker {
  private readonly clock: () => Date
  private timer: NodeJS.Timeout | null = null
  private running: Promise<unknown> | null = null
  private stopped = true
  /** The last round did all the matching batches it may: more are likely waiting, so the next round comes at once. */
  private matchingBacklog = false

  constructor(private readonly options: OutboxWorkerOptions) {
    this.clock = options.clock ?? (() => new Date())
  }

  start() {
    if (!this.stopped) return
    this.stopped = false
    this.schedule(0)
  }

  /** Stops polling and waits for a round in progress to finish. */
  async stop() {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.running
  }

  /** One round; exported for tests and used by the poll loop. */
  async tick(): Promise<TickResult> {
    const now = this.clock()
    const result: TickResult = { reminders: 0, policyMessages: 0, sent: 0, skipped: 0, retried: 0, failed: 0 }
    result.reminders = await createEveningReminders(this.options.db, now)
    // Bookkeeping that needs a clock, not a push: here so that one loop does the server's timed work.
    await expireJobs(this.options.db, cityDate(now))
    // Matching writes in-app messages at any hour; the WeChat pushes it queues wait below for the morning.
    const pushBatches = this.options.pushBatches ?? PUSH_BATCHES_PER_ROUND
    const matching = await workPolicyRuns(this.options.db, now, { batches: pushBatches })
    result.policyMessages = matching.messages
    this.matchingBacklog = pushBatches > 0 && matching.batches === pushBatches
    if (inQuietHours(now)) return result
    for (const row of await this.claim(now)) {
      const outcome = await this.deliver(row, now)
      await this.settle(row, outcome, now)
      if (outcome.status === 'retry') result.retried += 1
      else result[outcome.status] += 1
    }
    return result
  }

  private schedule(delayMs: number) {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err: unknown) => this.options.log?.error({ err }, 'outbox round failed'))
        .finally(() => {
          this.running = null
          this.schedule(this.matchingBacklog ? 0 : (this.options.pollMs ?? 5000))
        })
    }, delayMs)
    // A pending poll must not keep the process alive on its own.
    this.timer.unref()
  }

  /** One statement, so one short transaction: the rows are marked taken (until the lease ends) before anyone else looks. */
  private claim(now: Date): Promise<ClaimedRow[]> {
    return this.options.db.query<ClaimedRow>(
      `with due as (
         select id from outbox
          where status = 'pending' and channel = 'wechat_subscribe' and next_attempt_at <= $1::timestamptz
            and (locked_until is null or locked_until <= $1::timestamptz)
          order by next_attempt_at, id
          limit $2
          for update skip locked)
       update outbox o
          set locked_until = $1::timestamptz + make_interval(secs => $3), attempts = o.attempts + 1
         from due
        where o.id = due.id
       returning o.id, o.user_id, o.template_kind, o.payload, o.attempts, o.expires_at,
                 (select u.wechat_openid from users u where u.id = o.user_id) as openid,
                 (select m.link_kind from messages m where m.id = o.message_id) as link_kind,
                 (select m.link_id from messages m where m.id = o.message_id) as link_id`,
      [now.toISOString(), this.options.batchSize ?? 20, this.options.leaseSeconds ?? 60],
    )
  }

  private async deliver(row: ClaimedRow, now: Date): Promise<Outcome> {
    const { db, wechat, subscribe } = this.options
    if (row.expires_at && new Date(row.expires_at) <= now) return { status: 'skipped', reason: 'expired: no longer worth sending' }
    if (!wechat) return { status: 'skipped', reason: 'WeChat not configured' }
    const template = subscribe.templates[row.template_kind as SubscribeTemplateKind]
    if (!template) return { status: 'skipped', reason: `no template configured for ${row.template_kind}` }
    if (!row.openid) return { status: 'skipped', reason: 'no openid: the person has not signed in with WeChat' }
    const [consent] = await db.query(
      `update wechat_subscriptions set remaining = remaining - 1, updated_at = now()
        where user_id = $1 and template_id = $2 and remaining > 0
        returning remaining`,
      [row.user_id, template.templateId],
    )
    if (!consent) return { status: 'skipped', reason: 'no consent left for this template' }

    try {
      await wechat.sendSubscribeMessage({
        touser: row.openid,
        templateId: template.templateId,
        page: pageFor(row.link_kind && row.link_id ? { kind: row.link_kind, id: row.link_id } : null),
        data: templateData(row.payload, template.fields),
        miniprogramState: subscribe.miniprogramState,
      })
      return { status: 'sent' }
    } catch (err) {
      // Anything else (the database while fetching a token, say) is treated like an unreachable WeChat: retried.
      const errcode = err instanceof WechatApiError ? err.errcode : null
      const reason = err instanceof Error ? err.message : String(err)
      if (errcode !== null && NO_CONSENT_ERRCODES.has(errcode)) {
        // WeChat knows better than our count: there is nothing left to spend.
        await db.query('update wechat_subscriptions set remaining = 0, updated_at = now() where user_id = $1 and template_id = $2', [row.user_id, template.templateId])
        return { status: 'skipped', reason: `no consent (WeChat ${errcode})` }
      }
      // Not delivered, so the consent was not used up.
      await db.query('update wechat_subscriptions set remaining = remaining + 1, updated_at = now() where user_id = $1 and template_id = $2', [row.user_id, template.templateId])
      const permanent = errcode !== null && PERMANENT_ERRCODES.has(errcode)
      this.options.log?.warn({ outboxId: row.id, errcode, attempts: row.attempts }, 'WeChat subscribe message not sent')
      return { status: permanent || row.attempts >= (this.options.maxAttempts ?? 5) ? 'failed' : 'retry', reason }
    }
  }

  private async settle(row: ClaimedRow, outcome: Outcome, now: Date) {
    const { db } = this.options
    if (outcome.status === 'sent') {
      await db.query(`update outbox set status = 'sent', sent_at = $2::timestamptz, locked_until = null, last_error = null where id = $1`, [row.id, now.toISOString()])
    } else if (outcome.status === 'retry') {
      const delaySeconds = Math.min(3600, (this.options.retryBaseSeconds ?? 60) * 2 ** (row.attempts - 1))
      await db.query(
        `update outbox set next_attempt_at = $2::timestamptz + make_interval(secs => $3), locked_until = null, last_error = $4 where id = $1`,
        [row.id, now.toISOString(), delaySeconds, outcome.reason],
      )
    } else {
      await db.query('update outbox set status = $2, locked_until = null, last_error = $3 where id = $1', [row.id, outcome.status, outcome.reason])
    }
  }
}
