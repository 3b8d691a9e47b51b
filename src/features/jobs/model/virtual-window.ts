/** Which rows of a long list of equal-height rows to render: those on screen and a few either side. */
export interface VirtualWindowInput {
  count: number
  /** Every row's height in CSS px. */
  rowHeight: number
  /** How far the page is scrolled, in CSS px. */
  scrollTop: number
  /** Where the list starts on the page (its top when the page is not scrolled), in CSS px. */
  listTop: number
  viewportHeight: number
  /** Rows rendered beyond each edge of the screen, so a quick flick does not show blank space. */
  overscan: number
}

export interface VirtualWindow {
  start: number
  /** One past the last row rendered. */
  end: number
  /** Space standing in for the rows above and below that are not rendered. */
  before: number
  after: number
}

export function virtualWindow({ count, rowHeight, scrollTop, listTop, viewportHeight, overscan }: VirtualWindowInput): VirtualWindow {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 }
  const top = Math.max(0, scrollTop - listTop)
  const firstVisible = Math.floor(top / rowHeight)
  const visible = Math.ceil(viewportHeight / rowHeight) + 1
  const start = Math.min(count, Math.max(0, firstVisible - overscan))
  const end = Math.min(count, Math.max(start, firstVisible + visible + overscan))
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}
