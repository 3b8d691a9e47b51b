import PDFDocument from 'pdfkit'
import { FONT_ASCENT, fontBytes } from './fonts'
import { A4, darkRuns, drawPoster, type Painter, type PosterStation, type Weight } from './layout'

/** The poster as an A4 PDF with the glyphs it uses embedded (Type0 font with a ToUnicode map: its text can be copied). */
export function renderPosterPdf(station: PosterStation, url: string): Promise<Buffer<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    info: { Title: `${station.name} 海报`, Subject: url, Creator: '驿站' },
  })
  doc.registerFont('regular', fontBytes('regular'))
  doc.registerFont('bold', fontBytes('bold'))
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer<ArrayBuffer>>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const font = (weight: Weight, size: number) => doc.font(weight).fontSize(size)
  const painter: Painter = {
    rect(x, y, width, height, color) {
      doc.rect(x, y, width, height).fill(color)
    },
    text(text, x, baseline, size, weight, color) {
      font(weight, size)
        .fillColor(color)
        .text(text, x, baseline - FONT_ASCENT * size, { lineBreak: false })
    },
    measure(text, size, weight) {
      return font(weight, size).widthOfString(text)
    },
    qr(modules, x, y, size, color) {
      const cell = size / modules.length
      modules.forEach((row, r) => {
        for (const run of darkRuns(row)) doc.rect(x + run.start * cell, y + r * cell, run.length * cell, cell)
      })
      doc.fill(color)
    },
  }
  drawPoster(painter, station, url)
  doc.end()
  return done
}
