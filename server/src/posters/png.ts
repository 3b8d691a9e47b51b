import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { FONT_FILES } from './fonts'
import { A4, darkRuns, drawPoster, type Painter, type PosterStation, type Weight } from './layout'

/** 150 dpi: 1240 × 1754 pixels, sharp enough to print A4 and small enough to send over 3G. */
export const PNG_DPI = 150
const SCALE = PNG_DPI / 72

const FAMILY: Record<Weight, string> = { regular: 'YizhanPosterRegular', bold: 'YizhanPosterBold' }
let registered = false

/** Registered under our own family names, so a system font of the same name can never stand in. */
function registerFonts() {
  if (registered) return
  for (const weight of ['regular', 'bold'] as const) {
    if (!GlobalFonts.registerFromPath(FONT_FILES[weight], FAMILY[weight])) throw new Error(`poster font not loaded: ${FONT_FILES[weight]}`)
  }
  registered = true
}

/** The poster as a PNG at 150 dpi, drawn from the same layout as the PDF. */
export async function renderPosterPng(station: PosterStation, url: string): Promise<Buffer<ArrayBuffer>> {
  registerFonts()
  const canvas = createCanvas(Math.round(A4.width * SCALE), Math.round(A4.height * SCALE))
  const ctx = canvas.getContext('2d')
  ctx.scale(SCALE, SCALE)
  ctx.textBaseline = 'alphabetic'
  const font = (weight: Weight, size: number) => {
    ctx.font = `${size}px ${FAMILY[weight]}`
  }
  const painter: Painter = {
    rect(x, y, width, height, color) {
      ctx.fillStyle = color
      ctx.fillRect(x, y, width, height)
    },
    text(text, x, baseline, size, weight, color) {
      font(weight, size)
      ctx.fillStyle = color
      ctx.fillText(text, x, baseline)
    },
    measure(text, size, weight) {
      font(weight, size)
      return ctx.measureText(text).width
    },
    qr(modules, x, y, size, color) {
      // Whole pixels per module, placed on the pixel grid: a blurred module edge is what makes scanners fail.
      ctx.save()
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      const cell = Math.floor((size * SCALE) / modules.length)
      const offset = Math.round(((size * SCALE) - cell * modules.length) / 2)
      const left = Math.round(x * SCALE) + offset
      const top = Math.round(y * SCALE) + offset
      ctx.fillStyle = color
      modules.forEach((row, r) => {
        for (const run of darkRuns(row)) ctx.fillRect(left + run.start * cell, top + r * cell, run.length * cell, cell)
      })
      ctx.restore()
    },
  }
  drawPoster(painter, station, url)
  // The canvas hands back an ordinary Node Buffer (never over a SharedArrayBuffer); its typings just do not say so.
  return (await canvas.encode('png')) as Buffer<ArrayBuffer>
}
