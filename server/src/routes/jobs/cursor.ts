import { z } from 'zod'
import { IdSchema, TimestampSchema } from '../../../../src/shared/contracts/index'
import { HttpError } from '../../http/errors'

/** The last row of a page: where the next one starts in (posted_at desc, id desc) order. */
export interface JobCursor {
  postedAt: string
  id: string
}

const CursorPayload = z.tuple([TimestampSchema, IdSchema])

/** Opaque to clients (base64url JSON), so the keyset can change without breaking them. */
export function encodeCursor(cursor: JobCursor): string {
  return Buffer.from(JSON.stringify([cursor.postedAt, cursor.id])).toString('base64url')
}

export function decodeCursor(text: string): JobCursor {
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    payload = undefined
  }
  const parsed = CursorPayload.safeParse(payload)
  if (!parsed.success) {
    throw new HttpError(400, 'INVALID_CURSOR', '翻页参数无效，请从第一页重新加载', { cursor: '翻页参数无效' })
  }
  return { postedAt: parsed.data[0], id: parsed.data[1] }
}
