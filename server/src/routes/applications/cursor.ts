import { z } from 'zod'
import { IdSchema, TimestampSchema } from '../../../../src/shared/contracts/index'
import { HttpError } from '../../http/errors'

/** Where the next page starts: the last row's (timestamp, id) in the list's keyset order. */
export interface KeysetCursor {
  at: string
  id: string
}

const Payload = z.tuple([TimestampSchema, IdSchema])

/** Opaque to clients (base64url JSON), so the keyset can change without breaking them. */
export const encodeKeyset = (cursor: KeysetCursor) => Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url')

export function decodeKeyset(text: string): KeysetCursor {
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    payload = undefined
  }
  const parsed = Payload.safeParse(payload)
  if (!parsed.success) throw new HttpError(400, 'INVALID_CURSOR', '翻页参数无效，请从第一页重新加载', { cursor: '翻页参数无效' })
  return { at: parsed.data[0], id: parsed.data[1] }
}

/** The rows of a page and the cursor after it, from rows fetched with one extra (limit + 1). */
export function pageSlice<R>(rows: R[], limit: number, keyOf: (row: R) => KeysetCursor): { rows: R[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit)
  const last = shown[shown.length - 1]
  return { rows: shown, nextCursor: rows.length > limit && last ? encodeKeyset(keyOf(last)) : null }
}
