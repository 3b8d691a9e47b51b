import { readFileSync } from 'node:fs'
import type { Weight } from './layout'

/**
 * Noto Sans SC (SIL Open Font License), whole TrueType files from an npm package: every character a
 * station's name or address may hold is there, with no system font needed (servers often have no CJK
 * font at all). The PDF embeds only the glyphs it uses.
 */
export const FONT_FILES: Record<Weight, string> = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
}

/** Units per em above the baseline (hhea ascender 1160 of 1000): where a line's top is, from its baseline. */
export const FONT_ASCENT = 1.16

const bytes = new Map<Weight, Buffer>()

/** The font file's bytes, read once per process (10 MB each: not per poster). */
export function fontBytes(weight: Weight): Buffer {
  let data = bytes.get(weight)
  if (!data) {
    data = readFileSync(FONT_FILES[weight])
    bytes.set(weight, data)
  }
  return data
}
