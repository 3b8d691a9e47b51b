import {
  SubsidyActionBodySchema,
  subsidyActionsFrom,
  type SubsidyAction,
  type SubsidyActionBody,
  type SubsidyStatus,
} from '@/shared/contracts/subsidies'
import { formatPaidYuan, yuanToFen } from './money'
import { formatDay } from './timeline'

export type { SubsidyAction }

/** What an action asks staff to write: nothing, a note the applicant reads, or the payment. */
export type ActionInput = 'none' | 'note' | 'optional_note' | 'payment'

export interface ActionSpec {
  action: SubsidyAction
  label: string
  input: ActionInput
  /** What the note is, over its box (the applicant reads it). */
  noteLabel: string | null
  /** Drawn in red: it refuses. */
  danger: boolean
  /**
   * The confirmation's OK button: at most 4 characters, or WeChat's showModal (and Taro's H5 one)
   * refuses to open at all ("confirmText length should not larger than 4 Chinese characters").
   */
  confirmWord: string
}

export const ACTION_SPECS: Record<SubsidyAction, ActionSpec> = {
  accept: { action: 'accept', label: '受理', input: 'none', noteLabel: null, danger: false, confirmWord: '受理' },
  start_review: { action: 'start_review', label: '开始审核', input: 'none', noteLabel: null, danger: false, confirmWord: '开始审核' },
  request_more: {
    action: 'request_more',
    label: '要求补充材料',
    input: 'note',
    noteLabel: '需要补充的材料（申请人会看到）',
    danger: false,
    confirmWord: '要求补充',
  },
  approve: { action: 'approve', label: '通过', input: 'optional_note', noteLabel: '审核意见（选填，申请人会看到）', danger: false, confirmWord: '通过' },
  reject: { action: 'reject', label: '不通过', input: 'note', noteLabel: '不通过的理由（申请人会看到）', danger: true, confirmWord: '不通过' },
  mark_paid: { action: 'mark_paid', label: '标记已发放', input: 'payment', noteLabel: null, danger: false, confirmWord: '已发放' },
}

/**
 * What staff may do in this status: the contract's SUBSIDY_ACTIONS, which the server enforces. Waiting
 * for the person (需补充材料) and closed applications take none.
 */
export const actionsFor = (status: SubsidyStatus): ActionSpec[] => subsidyActionsFrom(status).map((action) => ACTION_SPECS[action])

/** Why no action is offered, in a line. */
export const NO_ACTION_WORDS: Partial<Record<SubsidyStatus, string>> = {
  needs_more: '正在等申请人补充材料，补充后会回到待受理。',
  rejected: '这份申请已结束（未通过）。',
  paid: '这份申请已结束（已发放）。',
}

export interface ActionDraft {
  note: string
  /** Yuan, as typed. */
  amountYuan: string
  /** YYYY-MM-DD. */
  paidOn: string
}

export type ActionErrors = Partial<Record<'note' | 'amount' | 'paidOn', string>>

export const AMOUNT_FORMAT = '请按元填写发放金额，如 1000 或 1000.50'

/** An action checked with the contract's schema: the note where one is asked, the amount (元 → 分) and date when paid. */
export function checkAction(action: SubsidyAction, draft: ActionDraft): { body: SubsidyActionBody } | { errors: ActionErrors } {
  const spec = ACTION_SPECS[action]
  const raw: Record<string, unknown> = { action }
  const errors: ActionErrors = {}
  if (spec.input === 'note' || (spec.input === 'optional_note' && draft.note.trim())) raw.note = draft.note
  if (spec.input === 'payment') {
    if (!draft.amountYuan.trim()) errors.amount = '请填写发放金额'
    else {
      const fen = yuanToFen(draft.amountYuan)
      if (fen === null) errors.amount = AMOUNT_FORMAT
      else raw.amountFen = fen
    }
    if (!draft.paidOn) errors.paidOn = '请选择发放日期'
    else raw.paidOn = draft.paidOn
  }
  const parsed = SubsidyActionBodySchema.safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (field === 'note') errors.note ??= issue.message
      else if (field === 'amountFen') errors.amount ??= issue.message
      else if (field === 'paidOn') errors.paidOn ??= issue.message
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors }
  return { body: parsed.data }
}

/** What the confirmation asks before the action is sent. */
export function confirmText(body: SubsidyActionBody): string {
  switch (body.action) {
    case 'accept':
      return '受理后申请人会收到通知。确定受理吗？'
    case 'start_review':
      return '确定开始审核这份申请吗？'
    case 'request_more':
      return '申请人会收到通知，按您写的说明补充后重新提交。确定要求补充材料吗？'
    case 'approve':
      return '通过后申请人会收到通知，发放后请再标记已发放。确定通过吗？'
    case 'reject':
      return '不通过后这份申请就结束了，申请人会看到您写的理由。确定不通过吗？'
    case 'mark_paid':
      return `确定已于 ${formatDay(body.paidOn)}向申请人发放 ${formatPaidYuan(body.amountFen)}吗？`
  }
}

/** The queue's tabs, each a set of statuses; the server lists the longest-waiting first. */
export const STAFF_TABS: readonly { label: string; statuses: readonly SubsidyStatus[] }[] = [
  { label: '待受理', statuses: ['submitted'] },
  { label: '审核中', statuses: ['accepted', 'reviewing'] },
  { label: '待补充', statuses: ['needs_more'] },
  { label: '已通过', statuses: ['approved'] },
  { label: '已结束', statuses: ['rejected', 'paid'] },
]
