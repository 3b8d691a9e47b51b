import type { PolicyBlock } from '@/shared/contracts/policies'

/**
 * The full text's block editor: each block as it is typed. A list is one item a line; a table is its
 * header and one row a line, cells separated by `|` (a `|` inside a cell is written `\|`).
 */
export type BlockDraft =
  | { id: string; type: 'heading'; level: 1 | 2 | 3; text: string }
  | { id: string; type: 'paragraph'; text: string }
  | { id: string; type: 'list'; ordered: boolean; itemsText: string }
  | { id: string; type: 'table'; headerText: string; rowsText: string }

export type BlockType = BlockDraft['type']

export const BLOCK_LABELS: Record<BlockType, string> = { heading: '标题', paragraph: '段落', list: '列表', table: '表格' }

/** A fresh id for a new block: one more than the largest `bN` already there. */
function nextId(blocks: readonly BlockDraft[]): string {
  const taken = blocks.map((block) => Number(/^b(\d+)$/.exec(block.id)?.[1] ?? 0))
  return `b${Math.max(0, ...taken) + 1}`
}

export function emptyBlock(type: BlockType, id: string): BlockDraft {
  switch (type) {
    case 'heading':
      return { id, type, level: 2, text: '' }
    case 'paragraph':
      return { id, type, text: '' }
    case 'list':
      return { id, type, ordered: true, itemsText: '' }
    case 'table':
      return { id, type, headerText: '', rowsText: '' }
  }
}

export function addBlock(blocks: readonly BlockDraft[], type: BlockType): BlockDraft[] {
  return [...blocks, emptyBlock(type, nextId(blocks))]
}

/** Changes one block's own fields (never its id or type). */
export function updateBlock(blocks: readonly BlockDraft[], id: string, patch: Partial<Omit<BlockDraft, 'id' | 'type'>>): BlockDraft[] {
  return blocks.map((block) => (block.id === id ? ({ ...block, ...patch } as BlockDraft) : block))
}

export function removeBlock(blocks: readonly BlockDraft[], id: string): BlockDraft[] {
  return blocks.filter((block) => block.id !== id)
}

/** Moves a block one place up (-1) or down (+1); at either end nothing moves. */
export function moveBlock(blocks: readonly BlockDraft[], id: string, step: -1 | 1): BlockDraft[] {
  const from = blocks.findIndex((block) => block.id === id)
  const to = from + step
  if (from < 0 || to < 0 || to >= blocks.length) return [...blocks]
  const next = [...blocks]
  ;[next[from], next[to]] = [next[to]!, next[from]!]
  return next
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean)

/** `a | b \| c` → ['a', 'b | c']. */
export function splitCells(line: string): string[] {
  // No lookbehind in the regex: older iOS engines (WeChat on iOS < 16.4) reject it.
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!
    if (char === '\\' && line[i + 1] === '|') {
      cell += '|'
      i += 1
    } else if (char === '|') {
      cells.push(cell.trim())
      cell = ''
    } else cell += char
  }
  cells.push(cell.trim())
  return cells
}

const joinCells = (cells: readonly string[]) => cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')

/** The blocks as the contract stores them (before its own trimming and checks). */
export function blockToBody(block: BlockDraft): PolicyBlock {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: block.level, text: block.text }
    case 'paragraph':
      return { type: 'paragraph', text: block.text }
    case 'list':
      return { type: 'list', ordered: block.ordered, items: lines(block.itemsText) }
    case 'table':
      return { type: 'table', header: block.headerText.trim() ? splitCells(block.headerText) : [], rows: lines(block.rowsText).map(splitCells) }
  }
}

/** A saved full text in the editor, ids b1, b2 … in order. */
export function blocksFromBody(fullText: readonly PolicyBlock[]): BlockDraft[] {
  return fullText.map((block, i): BlockDraft => {
    const id = `b${i + 1}`
    switch (block.type) {
      case 'heading':
        return { id, type: 'heading', level: block.level, text: block.text }
      case 'paragraph':
        return { id, type: 'paragraph', text: block.text }
      case 'list':
        return { id, type: 'list', ordered: block.ordered, itemsText: block.items.join('\n') }
      case 'table':
        return { id, type: 'table', headerText: joinCells(block.header), rowsText: block.rows.map(joinCells).join('\n') }
    }
  })
}

/**
 * What the table's shape gets wrong, said by the row: the contract only says that some row differs.
 * Null when every row has as many cells as the header.
 */
export function tableProblem(block: BlockDraft): string | null {
  if (block.type !== 'table') return null
  const { header, rows } = blockToBody(block) as Extract<PolicyBlock, { type: 'table' }>
  if (header.length === 0) return null
  const bad = rows.findIndex((row) => row.length !== header.length)
  return bad < 0 ? null : `表格第 ${bad + 1} 行有 ${rows[bad]!.length} 格，表头有 ${header.length} 格，要一样多（用 | 分隔）`
}
