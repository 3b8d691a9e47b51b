import { IdSchema, StationCodeSchema } from '@/shared/contracts'

/** WeChat's limit for a mini-program code's `scene` (wxacode.getUnlimited). */
export const MAX_SCENE_LENGTH = 32

/** How a person arrived at the station page, decided from the page's query. */
export type StationEntry =
  | { kind: 'code'; code: string }
  | { kind: 'id'; id: string }
  /** Something was given but it cannot be a station: show it back, with the nearby stations. */
  | { kind: 'invalid'; shown: string }
  /** Opened with nothing at all (e.g. from a share without query): show the nearby stations. */
  | { kind: 'none' }

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/** What to echo back to the person: printable and short. */
function shownText(raw: string): string {
  const printable = raw.replace(/[^\x21-\x7e]/g, '')
  return printable.length > 16 ? `${printable.slice(0, 16)}…` : printable
}

function fromCode(raw: string): StationEntry {
  const parsed = StationCodeSchema.safeParse(raw)
  return parsed.success ? { kind: 'code', code: parsed.data } : { kind: 'invalid', shown: shownText(raw) }
}

/**
 * The `scene` of a station's mini-program code: `s=CODE`, as WeChat hands it over (`s%3DCODE`,
 * which must be read with decodeURIComponent) or already decoded. A bare `CODE` is accepted too,
 * for codes printed before the `s=` prefix was settled.
 */
export function parseScene(scene: string): StationEntry {
  // Some entry paths pass the scene encoded twice; decoding stops when nothing changes.
  let value: string | null = scene.trim()
  for (let i = 0; i < 2 && value !== null && value.includes('%'); i += 1) value = safeDecode(value)
  if (value === null || value.length === 0 || value.length > MAX_SCENE_LENGTH) return { kind: 'invalid', shown: shownText(scene) }

  if (!value.includes('=')) return fromCode(value)
  const pairs = value.split('&').map((pair) => pair.split('='))
  const code = pairs.find(([key]) => key === 's')?.[1]
  return code === undefined ? { kind: 'invalid', shown: shownText(value) } : fromCode(code)
}

/**
 * The station page's query: `scene` (mini-program code), `code` (H5: the server sends `/s/CODE` to
 * `?code=CODE`) or `id` (links inside the app). The first one present decides.
 */
export function resolveStationEntry(query: Partial<Record<string, string | undefined>>): StationEntry {
  const { scene, code, id } = query
  if (scene) return parseScene(scene)
  if (code) return fromCode(safeDecode(code) ?? code)
  if (id) {
    const parsed = IdSchema.safeParse(id)
    return parsed.success ? { kind: 'id', id: parsed.data } : { kind: 'invalid', shown: shownText(id) }
  }
  return { kind: 'none' }
}

/** Whether two entries lead to the same station page content. */
export function sameEntry(a: StationEntry, b: StationEntry): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'code' && b.kind === 'code') return a.code === b.code
  if (a.kind === 'id' && b.kind === 'id') return a.id === b.id
  if (a.kind === 'invalid' && b.kind === 'invalid') return a.shown === b.shown
  return true
}
