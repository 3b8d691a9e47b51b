import { RateBodySchema, type RateBody } from '@/shared/contracts'

/** The five levels of 好差评 (GB/T 39734), one per star: said under the stars once chosen. */
export const starWords = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'] as const

export function starWord(stars: number): string {
  return starWords[stars - 1] ?? ''
}

/** Tapping a chip picks it, tapping it again drops it; order follows the fixed list. */
export function toggleTag(tags: readonly string[], tag: string, order: readonly string[]): string[] {
  const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag]
  return order.filter((t) => next.includes(t))
}

/** The contract's check of the whole rating: the first message, or null with the body to send. */
export function validateRating(input: { stars: number | null; tags: string[]; comment: string }): { error: string; body: null } | { error: null; body: RateBody } {
  const result = RateBodySchema.safeParse({ ...input, stars: input.stars ?? undefined })
  if (!result.success) return { error: result.error.issues[0]?.message ?? '评价没有填好', body: null }
  return { error: null, body: result.data }
}
