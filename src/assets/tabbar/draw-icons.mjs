// Draws the tab bar icons (81×81 PNG, as WeChat's tabBar wants local image files):
// `node src/assets/tabbar/draw-icons.mjs` rewrites the PNGs beside this file. No dependencies.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const SAMPLES = 4
const COLORS = { normal: [0x6b, 0x70, 0x76], active: [0x0a, 0x6e, 0x5c] }

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (!inRect(x, y, x0, y0, x1, y1)) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const inPolygon = (x, y, points) => {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Each icon: (x, y) → whether the point is ink. */
const icons = {
  home: (x, y) =>
    (inPolygon(x, y, [[40.5, 9], [74, 39], [66, 39], [66, 70], [15, 70], [15, 39], [7, 39]]) && !inRoundRect(x, y, 33, 47, 48, 70.5, 3)),
  policy: (x, y) =>
    inPolygon(x, y, [[16, 8], [52, 8], [66, 22], [66, 73], [16, 73]]) &&
    !inRect(x, y, 25, 30, 57, 35) &&
    !inRect(x, y, 25, 42, 57, 47) &&
    !inRect(x, y, 25, 54, 46, 59) &&
    !inPolygon(x, y, [[48, 8], [66, 26], [48, 26]]),
  live: (x, y) =>
    (inRoundRect(x, y, 7, 16, 74, 62, 7) && !inPolygon(x, y, [[33, 27], [52, 39], [33, 51]])) || inRoundRect(x, y, 24, 67, 57, 72, 2.5),
  training: (x, y) =>
    inPolygon(x, y, [[40.5, 12], [77, 29], [40.5, 46], [4, 29]]) ||
    (inPolygon(x, y, [[18, 38], [40.5, 49], [63, 38], [63, 58], [40.5, 68], [18, 58]]) && !inPolygon(x, y, [[18, 38], [40.5, 49], [63, 38], [63, 41], [40.5, 52], [18, 41]])) ||
    inRect(x, y, 70, 29, 73, 52),
  me: (x, y) => inCircle(x, y, 40.5, 26, 15) || (inCircle(x, y, 40.5, 78, 33) && y <= 72),
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(draw, [r, g, b]) {
  const rows = []
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4)
    for (let px = 0; px < SIZE; px++) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (draw(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++
      row.set([r, g, b, Math.round((255 * hits) / SAMPLES ** 2)], 1 + px * 4)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const here = dirname(fileURLToPath(import.meta.url))
for (const [name, draw] of Object.entries(icons)) {
  writeFileSync(join(here, `${name}.png`), png(draw, COLORS.normal))
  writeFileSync(join(here, `${name}-active.png`), png(draw, COLORS.active))
}
