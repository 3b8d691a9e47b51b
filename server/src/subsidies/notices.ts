import { SubsidyStatuses, type SubsidyStatus } from '../../../src/shared/contracts/index'
import type { Db } from '../db/types'
import { notify } from '../messages/notify'
import { fitValue } from '../outbox/template-data'

/** 100000 fen → '1,000 元'; fen that are not whole yuan keep two decimals. */
export function yuanWords(fen: number): string {
  const yuan = (fen / 100).toLocaleString('en-US', { minimumFractionDigits: fen % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })
  return `${yuan} 元`
}

/** 2026-12-03 → 2026年12月3日 */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

interface Step {
  applicationId: string
  personId: string
  policyTitle: string
  status: SubsidyStatus
  /** The timeline event this notice is about: the same event never notifies twice. */
  eventId: string
  note: string | null
  paid?: { amountFen: number; paidOn: string }
}

/** What the person reads about a step, in plain words. */
function wordsFor(s: Step): { title: string; body: string } {
  const policy = `「${s.policyTitle}」`
  switch (s.status) {
    case 'submitted':
      return { title: '补贴申请已提交', body: `您申请${policy}的材料已提交，工作人员受理后会通知您。` }
    case 'accepted':
      return { title: '补贴申请已受理', body: `您申请${policy}已受理，工作人员会尽快审核。` }
    case 'reviewing':
      return { title: '补贴申请审核中', body: `您申请${policy}正在审核，有结果会通知您。` }
    case 'needs_more':
      return { title: '补贴申请需要补充材料', body: `您的补贴申请需要补充材料：${s.note ?? ''}。请在申请详情里补充后重新提交。` }
    case 'approved':
      return { title: '补贴申请已通过', body: `您申请${policy}已审核通过${s.note ? `（${s.note}）` : ''}，补贴将按规定发放。` }
    case 'rejected':
      return { title: '补贴申请未通过', body: `您申请${policy}未通过审核，原因：${s.note ?? ''}` }
    case 'paid':
      return {
        title: '补贴已发放',
        body: `${policy}已发放 ${yuanWords(s.paid!.amountFen)}（${dateWords(s.paid!.paidOn)}），请留意银行卡或社保卡到账。`,
      }
  }
}

/**
 * Tells the person about a step of their application, in the caller's transaction. A staff step is
 * also pushed (where they consented); their own submission is a message for the record only — they
 * are looking at the screen that says so.
 */
export async function notifyStep(tx: Db, s: Step, push: boolean): Promise<void> {
  const { title, body } = wordsFor(s)
  const note = s.paid ? `${yuanWords(s.paid.amountFen)}，${dateWords(s.paid.paidOn)}` : (s.note ?? '详情请在驿站小程序里查看')
  await notify(tx, {
    userId: s.personId,
    kind: 'subsidy_progress',
    title,
    body,
    link: { kind: 'subsidy_application', id: s.applicationId },
    dedupeKey: `subsidy:${s.applicationId}:${s.eventId}`,
    push: push
      ? {
          templateKind: 'subsidy_progress',
          data: { policy: fitValue('thing', s.policyTitle), status: fitValue('phrase', SubsidyStatuses[s.status]), note: fitValue('thing', note) },
        }
      : undefined,
  })
}
