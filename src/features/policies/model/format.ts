import { PolicyCategories, type PolicyAmount, type PolicyCategory } from '@/shared/contracts/policy-list'

/** The category's Chinese name. */
export function categoryLabel(category: PolicyCategory): string {
  return PolicyCategories[category] ?? PolicyCategories.other
}

/**
 * Fen as a person says it: 800 元, 1234.50 元, 1.5 万元 (whole thousands from 10,000 on read in 万, as
 * the policy documents write them).
 */
export function formatYuan(fen: number): string {
  const yuan = fen / 100
  if (yuan >= 10000 && Number.isInteger(yuan) && yuan % 1000 === 0) return `${yuan / 10000} 万元`
  return `${Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2)} 元`
}

/** How much, in plain words: 「5000 元」, 「1000 元至 3000 元」, 「最高 20 万元」, or the formula as written. */
export function formatAmount(amount: PolicyAmount): string {
  switch (amount.kind) {
    case 'fixed':
      return formatYuan(amount.fen)
    case 'range':
      if (amount.minFen === amount.maxFen) return formatYuan(amount.maxFen)
      if (amount.minFen === 0) return `最高 ${formatYuan(amount.maxFen)}`
      return `${formatYuan(amount.minFen)}至 ${formatYuan(amount.maxFen)}`
    case 'formula':
      return amount.text
  }
}

/** YYYY-MM-DD as 2026年12月31日 (the date as it is: no time zone is involved). */
export function formatPolicyDate(date: string): string {
  const [y, m, d] = date.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}
