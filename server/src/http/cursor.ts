import { z } from 'zod'
import { IdSchema, TimestampSchema } from '../../../src/shared/contracts/index'
import { HttpError } from './errors'

/** The one answer to a cursor this server did not make, or made for another listing. */
export const invalidCursor = () => new HttpError(400, 'INVALID_CURSOR', '翻页参数无效，请从第一页重新加载', { cursor: '翻页参数无效' })

/** Opaque to clients (base64url JSON), so the keyset can change without breaking them. */
export const encodeCursor = (payload: unknown): string => Buffer.from(JSON.stringify(payload)).toString('base64url')

/** Reads a cursor made by `encodeCursor` into `schema`'s type; anything else is INVALID_CURSOR. */
export function decodeCursor<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    payload = undefined
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) throw invalidCursor()
  return parsed.data
}

/** Where the next page starts: the last row's (timestamp, id) in the list's keyset order. */
export interface KeysetCursor {
  at: string
  id: string
}

const KeysetPayload = z.tuple([TimestampSchema, IdSchema])

export const encodeKeyset = (cursor: KeysetCursor) => encodeCursor([cursor.at, cursor.id])

export function decodeKeyset(text: string): KeysetCursor {
  const [at, id] = decodeCursor(text, KeysetPayload)
  return { at, id }
}

/**
 * The SQL condition for the rows after a keyset cursor, in `(timestamp, id)` order on `columns`
 * (`desc`: newest first), its values appended to `params`; `true` on the first page.
 */
export function afterKeyset(cursor: string | undefined, columns: readonly [at: string, id: string], order: 'asc' | 'desc', params: unknown[]): string {
  if (!cursor) return 'true'
  const after = decodeKeyset(cursor)
  const at = `$${params.push(after.at)}::timestamptz`
  const id = `$${params.push(after.id)}::uuid`
  return `(${columns[0]}, ${columns[1]}) ${order === 'desc' ? '<' : '>'} (${at}, ${id})`
}

/** The rows of a page and the cursor after it, from rows fetched with one extra (limit + 1). */
export function pageSlice<R>(rows: R[], limit: number, keyOf: (row: R) => KeysetCursor): { rows: R[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit)
  const last = shown[shown.length - 1]
  return { rows: shown, nextCursor: rows.length > limit && last ? encodeKeyset(keyOf(last)) : null }
}
