/** Fen as the exact sum paid, with thousands marked: 1,000 元, 12,345.50 元. */
export function formatPaidYuan(fen: number): string {
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = fen % 100
  return `${whole}${cents ? `.${String(cents).padStart(2, '0')}` : ''} 元`
}

/** An amount typed in yuan (1000, 1,000, 1000.5, 1000 元) as fen; null when it is not a sum of money. */
export function yuanToFen(text: string): number | null {
  const clean = text.replace(/[,，\s]/g, '').replace(/元$/, '')
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(clean)
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}
