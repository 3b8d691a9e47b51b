import { PolicyCategories, PolicyStatuses, type PolicyStatus, type PolicySummary } from '@/shared/contracts/policies'

/** The list's tabs, in the order a policy lives through them. */
export const STATUS_TABS: readonly { status: PolicyStatus; label: string }[] = (Object.keys(PolicyStatuses) as PolicyStatus[]).map((status) => ({
  status,
  label: PolicyStatuses[status],
}))

/** What a tab with nothing in it says. */
export const EMPTY_TAB: Record<PolicyStatus, { title: string; message: string }> = {
  draft: { title: '没有草稿', message: '点上面的「新建政策」写一条，保存后在这里，发布前只有工作人员看得到。' },
  published: { title: '没有已发布的政策', message: '草稿发布后会出现在这里，所有人都能看到。' },
  withdrawn: { title: '没有撤回的政策', message: '撤回的政策会留在这里，连同撤回理由。' },
}

/** 「创业补贴 · 潞州区」. */
export const rowTags = (policy: Pick<PolicySummary, 'category' | 'region'>) => `${PolicyCategories[policy.category]} · ${policy.region}`

/** 「截止 2026-12-31」, 「截止 2024-06-30（已过期）」 or 「长期有效」. */
export function expiryText(policy: Pick<PolicySummary, 'expiresOn' | 'expired'>): string {
  if (!policy.expiresOn) return '长期有效'
  return policy.expired ? `截止 ${policy.expiresOn}（已过期）` : `截止 ${policy.expiresOn}`
}
