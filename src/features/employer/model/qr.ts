import qrcode from 'qrcode-generator'

/**
 * The text's UTF-8 bytes, one character each: the library's byte mode takes each character as one
 * byte, and its UTF-8 helper is missing from the ES build the app bundles. The check-in text is signed
 * ASCII today; this keeps anything else intact.
 */
function utf8Bytes(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Quiet zone, in modules, that scanners need around the code (the QR standard asks for 4). */
const MARGIN_MODULES = 4
const CELL_PX = 8

function encode(text: string) {
  // Error correction M: the screen is clean and near, and a lower level keeps the modules large.
  const code = qrcode(0, 'M')
  code.addData(utf8Bytes(text), 'Byte')
  code.make()
  return code
}

export interface QrImage {
  /** Modules per side, without the quiet zone. */
  modules: number
  /** A GIF as a data URL: an Image shows it in the mini-program and in the browser alike, with no canvas. */
  src: string
}

/**
 * The check-in QR as one image rather than a View per module: a version-3 code alone is 29×29
 * modules, and WeChat wants fewer than 1,000 nodes on a page.
 */
export function drawQr(text: string): QrImage {
  const code = encode(text)
  return { modules: code.getModuleCount(), src: code.createDataURL(CELL_PX, CELL_PX * MARGIN_MODULES) }
}

/** The modules as rows (dark = true), quiet zone excluded: what a scanner reads. */
export function qrModules(text: string): boolean[][] {
  const code = encode(text)
  const size = code.getModuleCount()
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)))
}
