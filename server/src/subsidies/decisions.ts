import { SUBSIDY_ACTIONS, SubsidyStatuses, type SubsidyAction, type SubsidyActionBody } from '../../../src/shared/contracts/index'
import { inScope, type StaffScope } from '../auth/roles'
import type { Db } from '../db/types'
import { conflict, forbidden } from '../http/errors'
import { recordStaffAction } from '../staff/audit'
import { notifyStep } from './notices'
import { applicationNotFound, applicationRow, recordEvent, toStaffApplication, type ApplicationRow } from './store'

const ACTION_WORDS: Record<SubsidyAction, string> = {
  accept: '受理',
  start_review: '开始审核',
  request_more: '要求补充材料',
  approve: '通过',
  reject: '不通过',
  mark_paid: '标记已发放',
}

/** Another district's application: staff are told it is not theirs (as for posts and employers). */
const outOfScope = () => forbidden('这份申请不在你负责的区县，请交给申请人所在区县的工作人员处理')

/** An application staff may see: in their region (city-wide staff: any); 403 for a colleague's district. */
export async function staffApplicationRow(db: Db, scope: StaffScope, id: string, lock = false): Promise<ApplicationRow> {
  const row = await applicationRow(db, id, lock)
  if (!row) throw applicationNotFound()
  if (!inScope(scope, row.region)) throw outOfScope()
  return row
}

/**
 * One staff decision, in the caller's transaction: the status moves only along SUBSIDY_ACTIONS, a
 * timeline event and an audit entry are written, and the person is notified — all or nothing.
 */
export async function actOnSubsidyApplication(tx: Db, scope: StaffScope, id: string, body: SubsidyActionBody) {
  const row = await staffApplicationRow(tx, scope, id, true)
  const move = SUBSIDY_ACTIONS[body.action]
  if (!move.from.includes(row.status)) {
    throw conflict('INVALID_TRANSITION', `这份申请现在是“${SubsidyStatuses[row.status]}”，不能${ACTION_WORDS[body.action]}`)
  }
  const note = 'note' in body ? (body.note ?? null) : null
  const paid = body.action === 'mark_paid' ? { amountFen: body.amountFen, paidOn: body.paidOn } : undefined
  // Staff's words stay on the application while they matter: what to add, or why not.
  const staffNote = move.to === 'needs_more' || move.to === 'rejected' ? note : null
  await tx.query(
    `update subsidy_applications set status = $2, staff_note = $3, paid_amount_fen = $4, paid_on = $5::date, updated_at = now() where id = $1`,
    [id, move.to, staffNote, paid?.amountFen ?? null, paid?.paidOn ?? null],
  )
  const eventId = await recordEvent(tx, { applicationId: id, status: move.to, note, staffId: scope.staffId })
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: `subsidy_application.${body.action}`,
    targetKind: 'subsidy_application',
    targetId: id,
    reason: note,
    before: { status: row.status },
    after: { status: move.to, ...(paid ? { paidAmountFen: paid.amountFen, paidOn: paid.paidOn } : {}) },
  })
  await notifyStep(tx, { applicationId: id, personId: row.person_id, policyTitle: row.policy_title, status: move.to, eventId, note, paid }, true)
  return toStaffApplication(tx, (await applicationRow(tx, id))!)
}
