import { SubsidyStatuses, type SubsidyApplication, type SubsidyEvent, type SubsidyStatus } from '@/shared/contracts/subsidies'
import { formatPaidYuan } from './money'

/** YYYY-MM-DD as 2026年12月20日 (a calendar day: no time zone involved). */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

export const subsidyStatusLabel = (status: SubsidyStatus): string => SubsidyStatuses[status]

/** Rejected and paid: nothing more will happen. */
export const isClosed = (status: SubsidyStatus) => status === 'rejected' || status === 'paid'

export interface SubsidyStep {
  key: string
  /** 已提交, 已受理 …, 补充材料后重新提交. */
  label: string
  /** When it happened; null for a step still ahead. */
  at: string | null
  /** done: passed; current: where it stands now; stopped: it ended here (未通过); ahead: still to come. */
  state: 'done' | 'current' | 'stopped' | 'ahead'
  /** Staff's words on this step, with what they are: 「需要补充：…」「原因：…」. */
  note: string | null
  /** On the 已发放 step: how much and when. */
  payment: string | null
}

/** The steps still ahead of each status when all goes well. */
const AHEAD: Record<SubsidyStatus, SubsidyStatus[]> = {
  submitted: ['accepted', 'reviewing', 'approved', 'paid'],
  accepted: ['reviewing', 'approved', 'paid'],
  reviewing: ['approved', 'paid'],
  needs_more: ['submitted', 'reviewing', 'approved', 'paid'],
  approved: ['paid'],
  rejected: [],
  paid: [],
}

const NOTE_WORDS: Partial<Record<SubsidyStatus, string>> = { needs_more: '需要补充', rejected: '原因', approved: '审核意见' }

function noteOf(event: SubsidyEvent): string | null {
  if (!event.note) return null
  return `${NOTE_WORDS[event.status] ?? '说明'}：${event.note}`
}

/**
 * The application's road, as it went: every change with its date and staff's words (a resubmission
 * after 需补充材料 is its own step), then the steps still ahead on the usual road
 * 已提交 → 已受理 → 审核中 → 已通过 → 已发放, greyed. 未通过 ends it; 已发放 says how much and when.
 */
export function subsidySteps(application: Pick<SubsidyApplication, 'status' | 'events' | 'paidAmountFen' | 'paidOn'>): SubsidyStep[] {
  const { status, events } = application
  const steps: SubsidyStep[] = events.map((event, index) => {
    const last = index === events.length - 1
    const state: SubsidyStep['state'] = !last || event.status === 'paid' ? 'done' : event.status === 'rejected' ? 'stopped' : 'current'
    const payment =
      event.status === 'paid' && application.paidAmountFen !== null
        ? `发放 ${formatPaidYuan(application.paidAmountFen)}${application.paidOn ? `（${formatDay(application.paidOn)}）` : ''}`
        : null
    return {
      key: `${index}-${event.status}`,
      label: event.resubmitted && event.status === 'submitted' ? '补充材料后重新提交' : subsidyStatusLabel(event.status),
      at: event.at,
      state,
      note: noteOf(event),
      payment,
    }
  })
  for (const ahead of AHEAD[status]) {
    steps.push({
      key: `ahead-${ahead}`,
      label: status === 'needs_more' && ahead === 'submitted' ? '补充材料后重新提交' : subsidyStatusLabel(ahead),
      at: null,
      state: 'ahead',
      note: null,
      payment: null,
    })
  }
  return steps
}

/** One line saying where the application stands and what happens next, for the person. */
export function subsidyStatusHint(application: Pick<SubsidyApplication, 'status' | 'paidAmountFen' | 'paidOn'>): string {
  switch (application.status) {
    case 'submitted':
      return '已提交，等待工作人员受理'
    case 'accepted':
      return '工作人员已受理，等待审核'
    case 'reviewing':
      return '工作人员正在审核您的材料'
    case 'needs_more':
      return '需要补充材料：请按工作人员的说明补充后重新提交'
    case 'approved':
      return '审核已通过，等待发放'
    case 'rejected':
      return '这份申请没有通过审核'
    case 'paid':
      return application.paidAmountFen !== null
        ? `已发放 ${formatPaidYuan(application.paidAmountFen)}${application.paidOn ? `（${formatDay(application.paidOn)}）` : ''}`
        : '补贴已发放'
  }
}
