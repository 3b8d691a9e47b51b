import { DrawSampleBodySchema, RateSampleBodySchema, type RateSampleBody, type SampleMonth } from '@/shared/contracts'

export const DEFAULT_SAMPLE_SIZE = 10

/** `7.5%` (one decimal, none when whole). */
export function percent(share: number): string {
  const value = Math.round(share * 1000) / 10
  return `${value}%`
}

/** The month's figures in a sentence: how many drawn, rated, found wrong, and the share. */
export function monthSummary(month: SampleMonth): string {
  const base = `抽查 ${month.sampled} 条，已打分 ${month.rated} 条`
  if (month.share === null) return `${base}，还没有打分的`
  return `${base}，不合规 ${month.nonCompliant} 条，占 ${percent(month.share)}`
}

/** The share a dashboard shows for a month: the figure, or a dash when nothing was rated. */
export const shareText = (month: SampleMonth | undefined) => (month && month.share !== null ? percent(month.share) : '—')

/** How many to draw, from what was typed: the number, or the contract's message. */
export function checkDrawSize(text: string): { size: number } | { error: string } {
  const trimmed = text.trim()
  const parsed = DrawSampleBodySchema.safeParse({ size: trimmed === '' ? undefined : Number(trimmed) })
  return parsed.success ? { size: parsed.data.size } : { error: parsed.error.issues[0]?.message ?? '请填抽查条数' }
}

/** A rating checked with the contract: 不合规 needs a note saying what is wrong. */
export function checkRating(compliant: boolean, note: string): { body: RateSampleBody } | { error: string } {
  const parsed = RateSampleBodySchema.safeParse({ compliant, note })
  return parsed.success ? { body: parsed.data } : { error: parsed.error.issues[0]?.message ?? '请写明哪里不合规' }
}
