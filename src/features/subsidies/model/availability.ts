import type { ApplicationForm, Policy } from '@/shared/contracts/policies'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import type { Refusal } from './application-form'
import { subsidyStatusLabel } from './timeline'

/**
 * Whether the form can be filled in at all, before a word is typed: the policy takes online
 * applications with a form, is still open (a resubmission may finish after the deadline: it was
 * made in time), and a resubmitted application is one staff asked more of.
 */
export function applyAvailability(
  policy: Policy,
  resubmitting: SubsidyApplication | null,
): { form: ApplicationForm } | { refusal: Refusal } {
  if (resubmitting && resubmitting.policy.id !== policy.id) {
    return { refusal: { title: '这份申请不是这项政策的', message: '请从我的补贴申请里重新打开。', link: 'mine' } }
  }
  if (resubmitting && resubmitting.status !== 'needs_more') {
    return {
      refusal: {
        title: '这份申请现在不需要补充材料',
        message: `它现在是「${subsidyStatusLabel(resubmitting.status)}」，请看看申请的进度。`,
        link: 'application',
      },
    }
  }
  if (policy.applyMethod.kind === 'offline' || !policy.applicationForm) {
    return { refusal: { title: '这项政策不在网上申请', message: '请按政策详情里写的地点和时间，带上材料到窗口办理。', link: 'policy' } }
  }
  if (!resubmitting && !policy.open) {
    return {
      refusal: {
        title: policy.expired ? '这项政策已过申请期限' : '这项政策现在不能申请',
        message: policy.expired ? '已经过了申请截止日期，网上不能再申请了。' : '它已经停止受理了，看看其他适合您的政策吧。',
        link: 'policy',
      },
    }
  }
  return { form: policy.applicationForm }
}
