import { randomUUID } from 'node:crypto'
import type { EligibilityCondition, PolicyAmount, PolicyCategory } from '../../../src/shared/contracts/index'
import { evaluate, regionApplies } from '../../../src/shared/eligibility/index'
import { cityDate } from '../city-time'
import type { Db } from '../db/types'
import type { PushValues } from '../messages/notify'
import { PROFILE_FACTS_COLUMNS, amountText, factsOfRow, type ProfileFactsRow } from './matching'

/**
 * Policy push (政策找人): who newly fits a policy hears of it — an in-app message always, a WeChat
 * subscribe push (through the outbox) where they consented — never twice for the same policy and
 * person. The work is queued as runs (migration 0018) in the transaction of the change that causes
 * it and done here in batches, a bounded number per round of the outbox worker.
 */

/** Profiles per batch of a policy run. */
export const PUSH_BATCH = 1000
/** Batches per call of workPolicyRuns (one outbox round): the rest wait for the next round. */
export const PUSH_BATCHES_PER_ROUND = 10
/** A claimed run comes back to others after this long if its worker died mid-batch. */
const LEASE_SECONDS = 120

interface RunRow {
  id: string
  kind: 'policy' | 'person'
  policy_id: string | null
  policy_version: number | null
  user_id: string | null
  cursor_user_id: string | null
}

interface PushPolicy {
  id: string
  title: string
  region: string
  category: PolicyCategory
  amount: PolicyAmount
  conditions: EligibilityCondition
  version: number
}

interface PersonRow extends ProfileFactsRow {
  user_id: string
  muted_policy_categories: string[]
}

/** What one batch found: who fits which policy, and where the run stands after it. */
interface Batch {
  matches: { userId: string; policy: PushPolicy }[]
  /** The policies the matches were judged against, at the versions judged. */
  policies: PushPolicy[]
  cursor: string | null
  last: boolean
}

export interface PushRoundResult {
  batches: number
  /** In-app messages written (each person once per policy). */
  messages: number
  /** WeChat pushes queued in the outbox (people who consented to wechat_push). */
  pushes: number
}

const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value)

const POLICY_COLUMNS = 'id, title, region, category, amount, conditions, version'

function toPushPolicy(row: PushPolicy): PushPolicy {
  return { ...row, amount: parsed(row.amount), conditions: parsed(row.conditions) }
}

/**
 * Works up to `batches` batches of pending runs, person runs first (one person, a moment's work), then
 * policy runs oldest first. Several processes may call it at once: each batch is claimed under a lease
 * and committed only while the lease holds.
 */
export async function workPolicyRuns(
  db: Db,
  now: Date,
  options: { batches?: number; batchSize?: number; leaseSeconds?: number } = {},
): Promise<PushRoundResult> {
  const result: PushRoundResult = { batches: 0, messages: 0, pushes: 0 }
  for (let i = 0; i < (options.batches ?? PUSH_BATCHES_PER_ROUND); i++) {
    const run = await claim(db, now, options.leaseSeconds ?? LEASE_SECONDS)
    if (!run) break
    const batch = await findMatches(db, run.row, cityDate(now), options.batchSize ?? PUSH_BATCH)
    const written = await commit(db, run, batch, cityDate(now))
    if (!written) continue
    result.batches += 1
    result.messages += written.messages
    result.pushes += written.pushes
  }
  return result
}

/** One short statement: the run is leased to this caller before anyone else looks (SKIP LOCKED). */
async function claim(db: Db, now: Date, leaseSeconds: number): Promise<{ row: RunRow; token: string } | null> {
  const token = randomUUID()
  const [row] = await db.query<RunRow>(
    `with next as (
       select id from policy_match_runs
        where status = 'pending' and (locked_until is null or locked_until <= $1::timestamptz)
        order by kind = 'policy', id
        limit 1
        for update skip locked)
     update policy_match_runs r
        set lease_token = $2, locked_until = $1::timestamptz + make_interval(secs => $3)
       from next
      where r.id = next.id
     returning r.id, r.kind, r.policy_id, r.policy_version, r.user_id, r.cursor_user_id`,
    [now.toISOString(), token, leaseSeconds],
  )
  return row ? { row, token } : null
}

/** The open policies among `ids` (all open ones when null), as they are now. */
async function openPushPolicies(db: Db, ids: string[] | null, today: string, lock = false): Promise<PushPolicy[]> {
  const rows = await db.query<PushPolicy>(
    `select ${POLICY_COLUMNS} from policies
      where status = 'published' and (expires_on is null or expires_on >= $1::date)
        and ($2::uuid[] is null or id = any($2::uuid[]))
      order by published_at, id
      ${lock ? 'for share' : ''}`,
    [today, ids],
  )
  return rows.map(toPushPolicy)
}

/** Whether the person fits the policy: eligible on every condition, of its region, and not muting its category. */
function fits(policy: PushPolicy, person: PersonRow, today: string): boolean {
  if (person.muted_policy_categories.includes(policy.category)) return false
  const facts = factsOfRow(person)
  return regionApplies(policy.region, facts) === true && evaluate(policy.conditions, facts, today).result === 'eligible'
}

const PERSON_COLUMNS = `p.user_id, p.muted_policy_categories, ${PROFILE_FACTS_COLUMNS}`
/** The person's latest decision for a purpose is a yes (consents are append-only). */
const consented = (userColumn: string, purpose: string) =>
  `coalesce((select k.granted from consents k where k.user_id = ${userColumn} and k.purpose = '${purpose}' order by k.id desc limit 1), false)`

/** Reads and judges one batch; writes nothing. */
async function findMatches(db: Db, run: RunRow, today: string, batchSize: number): Promise<Batch> {
  if (run.kind === 'person') {
    const people = await db.query<PersonRow>(
      `select ${PERSON_COLUMNS} from profiles p where p.user_id = $1 and ${consented('p.user_id', 'policy_matching')}`,
      [run.user_id],
    )
    const person = people[0]
    const policies = person ? await openPushPolicies(db, null, today) : []
    const matches = person ? policies.filter((p) => fits(p, person, today)).map((policy) => ({ userId: person.user_id, policy })) : []
    return { matches, policies, cursor: null, last: true }
  }
  const [policy] = await openPushPolicies(db, [run.policy_id!], today)
  // Withdrawn, expired, or changed since (a newer run has its version): nothing more to do here.
  if (!policy || policy.version !== run.policy_version) return { matches: [], policies: [], cursor: run.cursor_user_id, last: true }
  const people = await db.query<PersonRow>(
    `select ${PERSON_COLUMNS} from profiles p
      where p.user_id > coalesce($1::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
        and ${consented('p.user_id', 'policy_matching')}
      order by p.user_id
      limit $2`,
    [run.cursor_user_id, batchSize],
  )
  const matches = people.filter((person) => fits(policy, person, today)).map((person) => ({ userId: person.user_id, policy }))
  return { matches, policies: [policy], cursor: people.at(-1)?.user_id ?? run.cursor_user_id, last: people.length < batchSize }
}

/** The message and push a match makes: the same for everyone the policy fits. */
function policyNotice(policy: PushPolicy) {
  const amount = amountText(policy.amount, policy.category)
  const values: PushValues['policy_match'] = { policy: policy.title, amount, note: '您符合申请条件，点开看怎么申请' }
  return {
    title: `有一条政策适合您：${policy.title}`,
    body: `按您在“我的资料”里填写的情况，您符合《${policy.title}》的申请条件，金额：${amount}。点开查看要准备的材料和申请方式。`,
    payload: JSON.stringify(values),
  }
}

/**
 * Writes the batch's messages and pushes and moves the run on, in one transaction, only if the lease
 * is still this caller's (else another worker has the run: nothing is written). The policies are
 * read again under a share lock, so one withdrawn or changed meanwhile sends nothing; the consents
 * are checked in the insert itself. Null when the lease was lost.
 */
async function commit(db: Db, run: { row: RunRow; token: string }, batch: Batch, today: string) {
  return db.transaction(async (tx) => {
    const [held] = await tx.query('select 1 from policy_match_runs where id = $1 and lease_token = $2 and status = $3 for update', [run.row.id, run.token, 'pending'])
    if (!held) return null
    const live = new Map((await openPushPolicies(tx, batch.policies.map((p) => p.id), today, true)).map((p) => [p.id, p.version]))
    const matches = batch.matches.filter((m) => live.get(m.policy.id) === m.policy.version)
    const policies = batch.policies.filter((p) => live.get(p.id) === p.version)
    const notices = policies.map(policyNotice)
    const [written] = matches.length === 0 ? [{ messages: 0, pushes: 0 }] : await tx.query<{ messages: number; pushes: number }>(
      `with notice as (
         select * from unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) as n (policy_id, title, body, payload)
       ), candidate as (
         select m.user_id, m.policy_id from unnest($1::uuid[], $2::uuid[]) as m (user_id, policy_id)
          where ${consented('m.user_id', 'policy_matching')}
       ), inserted as (
         insert into messages (user_id, kind, title, body, link_kind, link_id, dedupe_key)
         select c.user_id, 'policy_match', n.title, n.body, 'policy', c.policy_id, 'policy:' || c.policy_id
           from candidate c join notice n on n.policy_id = c.policy_id
         on conflict (user_id, dedupe_key) do nothing
         returning id, user_id, link_id, dedupe_key
       ), pushed as (
         insert into outbox (channel, user_id, message_id, template_kind, payload, dedupe_key)
         select 'wechat_subscribe', i.user_id, i.id, 'policy_match', n.payload::jsonb, 'wechat:' || i.user_id || ':' || i.dedupe_key
           from inserted i join notice n on n.policy_id = i.link_id
          where ${consented('i.user_id', 'wechat_push')}
         on conflict (dedupe_key) do nothing
         returning 1
       )
       select (select count(*) from inserted)::int as messages, (select count(*) from pushed)::int as pushes`,
      [
        matches.map((m) => m.userId),
        matches.map((m) => m.policy.id),
        policies.map((p) => p.id),
        notices.map((n) => n.title),
        notices.map((n) => n.body),
        notices.map((n) => n.payload),
      ],
    )
    const last = batch.last || (run.row.kind === 'policy' && policies.length === 0)
    await tx.query(
      `update policy_match_runs
          set cursor_user_id = $2, batches = batches + 1, matched = matched + $3, lease_token = null, locked_until = null,
              status = case when $4::boolean then 'done' else status end,
              finished_at = case when $4::boolean then now() else finished_at end
        where id = $1`,
      [run.row.id, batch.cursor, written!.messages, last],
    )
    return written!
  })
}
