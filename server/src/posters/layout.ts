import qrcode from 'qrcode-generator'

/** A4 in PDF points (1/72 in). */
export const A4 = { width: 595.28, height: 841.89 } as const

export type Weight = 'regular' | 'bold'

/** What a poster is drawn with: the PDF writer and the PNG canvas each implement it, so both print the same. */
export interface Painter {
  rect(x: number, y: number, width: number, height: number, color: string): void
  /** One line of text with its baseline at `baseline`. */
  text(text: string, x: number, baseline: number, size: number, weight: Weight, color: string): void
  measure(text: string, size: number, weight: Weight): number
  /** Dark modules (true) as squares filling `size`, starting at x, y; the light ones are left as they are. */
  qr(modules: boolean[][], x: number, y: number, size: number, color: string): void
}

export interface PosterStation {
  code: string
  name: string
  address: string
  hours: string
  phone: string
}

const COLOR = {
  primary: '#0a6e5c',
  primaryDark: '#07584a',
  primaryLight: '#9cc9bf',
  primarySoft: '#e7efed',
  text: '#1f2423',
  muted: '#5b6664',
  white: '#ffffff',
}

const MARGIN = 48
const CONTENT_WIDTH = A4.width - 2 * MARGIN
/** The QR's side including its quiet zone, in points: about 10.6 cm, read from a few metres. */
const QR_SIZE = 300
/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const QR_QUIET_MODULES = 4

export const CALL_TO_ACTION = '扫码找附近零工 · 驿站就业服务'

/**
 * The modules of a QR code for `text` (ASCII). Error correction Q (25 %): a poster on a wall gets
 * scuffed and rained on, and the short URL keeps the modules large even so.
 */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'Q')
  code.addData(text, 'Byte')
  code.make()
  const n = code.getModuleCount()
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => code.isDark(row, col)))
}

/** Runs of dark modules in a row as one rectangle each: fewer path segments, no hairlines between modules in viewers. */
export function darkRuns(row: boolean[]): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = []
  let start = -1
  row.forEach((dark, col) => {
    if (dark && start < 0) start = col
    if (!dark && start >= 0) {
      runs.push({ start, length: col - start })
      start = -1
    }
  })
  if (start >= 0) runs.push({ start, length: row.length - start })
  return runs
}

/**
 * Pieces a line may break between: each CJK character alone (Chinese breaks anywhere), a run of other
 * characters as a whole (a phone number, a house number, an English word), spaces on their own.
 */
function breakPieces(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|\s+|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+/g) ?? []
}

/** Greedy line filling; a piece wider than a whole line is split by character. */
export function wrapText(painter: Pick<Painter, 'measure'>, text: string, size: number, weight: Weight, width: number): string[] {
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim()) lines.push(line.trim())
    line = ''
  }
  for (const piece of breakPieces(text)) {
    if (painter.measure(line + piece, size, weight) <= width) {
      line += piece
      continue
    }
    push()
    if (/^\s+$/.test(piece)) continue
    if (painter.measure(piece, size, weight) <= width) {
      line = piece
      continue
    }
    for (const char of piece) {
      if (painter.measure(line + char, size, weight) > width) push()
      line += char
    }
  }
  push()
  return lines
}

/** The largest size (from `sizes`, largest first) at which `text` takes at most `maxLines` lines, and those lines. */
function fit(painter: Painter, text: string, sizes: readonly number[], weight: Weight, width: number, maxLines: number) {
  for (const size of sizes) {
    const lines = wrapText(painter, text, size, weight, width)
    if (lines.length <= maxLines) return { size, lines }
  }
  const size = sizes[sizes.length - 1]!
  // Fields are length-limited by the contract, so this is not reached with valid data; never drop text silently.
  return { size, lines: wrapText(painter, text, size, weight, width) }
}

function centred(p: Painter, text: string, baseline: number, size: number, weight: Weight, color: string) {
  p.text(text, (A4.width - p.measure(text, size, weight)) / 2, baseline, size, weight, color)
}

/**
 * Draws the poster: the station's name on a green band, the call to action, the QR code carrying
 * `url`, the URL itself for people who type it, then hours, phone and address, and the code at the foot.
 */
export function drawPoster(p: Painter, station: PosterStation, url: string): void {
  p.rect(0, 0, A4.width, A4.height, COLOR.white)

  // Band: who runs this and the station's name (up to two lines, smaller when long).
  const BAND_HEIGHT = 150
  const SUBTITLE_BASELINE = 40
  p.rect(0, 0, A4.width, BAND_HEIGHT, COLOR.primary)
  centred(p, '公共就业服务 · 零工驿站', SUBTITLE_BASELINE, 16, 'regular', COLOR.primaryLight)
  const name = fit(p, station.name, [40, 36, 32, 28, 24, 21], 'bold', CONTENT_WIDTH, 2)
  const nameLineHeight = name.size * 1.3
  let baseline = SUBTITLE_BASELINE + (BAND_HEIGHT - SUBTITLE_BASELINE - name.lines.length * nameLineHeight) / 2 + name.size * 1.05
  for (const line of name.lines) {
    centred(p, line, baseline, name.size, 'bold', COLOR.white)
    baseline += nameLineHeight
  }

  centred(p, CALL_TO_ACTION, 196, 26, 'bold', COLOR.primaryDark)

  const modules = qrModules(url)
  const qrTop = 212
  const qrLeft = (A4.width - QR_SIZE) / 2
  const moduleSize = QR_SIZE / (modules.length + 2 * QR_QUIET_MODULES)
  p.qr(modules, qrLeft + QR_QUIET_MODULES * moduleSize, qrTop + QR_QUIET_MODULES * moduleSize, modules.length * moduleSize, COLOR.text)

  let y = qrTop + QR_SIZE + 14
  centred(p, '微信扫一扫，或用手机浏览器打开', y, 13, 'regular', COLOR.muted)
  y += 22
  const link = fit(p, url, [16, 14, 12, 10], 'regular', CONTENT_WIDTH, 1)
  for (const line of link.lines) {
    centred(p, line, y, link.size, 'regular', COLOR.text)
    y += link.size * 1.3
  }

  y += 6
  p.rect(MARGIN, y, CONTENT_WIDTH, 1.2, COLOR.primaryLight)
  y += 12

  // Details: a label column and a value column, all values at one size, the largest that fits above the foot.
  const FOOT_HEIGHT = 52
  const LABEL_WIDTH = 92
  const ROW_GAP = 8
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH
  const rows: { label: string; value: string; maxLines: number }[] = [
    { label: '开放时间', value: station.hours, maxLines: 2 },
    { label: '联系电话', value: station.phone, maxLines: 1 },
    { label: '驿站地址', value: station.address, maxLines: 3 },
  ]
  const room = A4.height - FOOT_HEIGHT - 12 - y
  const SIZES = [20, 18, 16, 15, 14, 13]
  const layoutAt = (size: number) => rows.map((row) => ({ ...row, lines: wrapText(p, row.value, size, 'regular', valueWidth) }))
  let size = SIZES[SIZES.length - 1]!
  let laid = layoutAt(size)
  for (const candidate of SIZES) {
    const attempt = layoutAt(candidate)
    const height = attempt.reduce((sum, row) => sum + row.lines.length * candidate * 1.4 + ROW_GAP, 0)
    if (height <= room && attempt.every((row) => row.lines.length <= row.maxLines)) {
      size = candidate
      laid = attempt
      break
    }
  }
  const lineHeight = size * 1.4
  const labelSize = Math.min(17, size)
  for (const row of laid) {
    y += lineHeight
    p.text(row.label, MARGIN, y - (lineHeight - labelSize) / 2, labelSize, 'bold', COLOR.muted)
    row.lines.forEach((line, i) => p.text(line, MARGIN + LABEL_WIDTH, y + i * lineHeight - (lineHeight - size) / 2, size, 'regular', COLOR.text))
    y += (row.lines.length - 1) * lineHeight + ROW_GAP
  }

  // Foot: the code people can type into the app, and that the service is free (就业促进法 Art. 35:
  // public employment services are free of charge).
  p.rect(0, A4.height - FOOT_HEIGHT, A4.width, FOOT_HEIGHT, COLOR.primarySoft)
  centred(p, `驿站码 ${station.code}  ·  公共就业服务，全程免费`, A4.height - FOOT_HEIGHT / 2 + 6, 15, 'regular', COLOR.primaryDark)
}
