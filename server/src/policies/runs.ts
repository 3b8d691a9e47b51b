import type { Db } from '../db/types'

/**
 * Queues matching runs for policy push (worked by push.ts). Called in the transaction of the change
 * that causes them, so the change and its run commit together or not at all.
 */

/** Match `policyId` at `version` against every consenting profile; an older pending run of it is covered by this one. */
export async function enqueuePolicyRun(tx: Db, policyId: string, version: number): Promise<void> {
  await tx.query(`update policy_match_runs set status = 'superseded', finished_at = now() where policy_id = $1 and status = 'pending'`, [policyId])
  await tx.query(`insert into policy_match_runs (kind, policy_id, policy_version) values ('policy', $1, $2)`, [policyId, version])
}

/** Match `userId` against every open policy; an older pending run of theirs is covered by this one. */
export async function enqueuePersonRun(tx: Db, userId: string): Promise<void> {
  await tx.query(`update policy_match_runs set status = 'superseded', finished_at = now() where user_id = $1 and status = 'pending'`, [userId])
  await tx.query(`insert into policy_match_runs (kind, user_id) values ('person', $1)`, [userId])
}
