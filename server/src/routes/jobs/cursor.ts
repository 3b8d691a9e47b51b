import { z } from 'zod'
import { IdSchema, TimestampSchema, type GeoPoint, type JobSort } from '../../../../src/shared/contracts/index'
import { decodeCursor, encodeCursor, invalidCursor } from '../../http/cursor'

/**
 * The last row of a page, in the keys of the order it was listed in: where the next page starts.
 * `nearest` also carries the point the distances were measured from, which must not change between pages.
 */
export type JobCursor =
  | { sort: 'newest'; postedAt: string; id: string }
  | { sort: 'pay'; payRank: number; id: string }
  | { sort: 'nearest'; distance: number; id: string; origin: GeoPoint }

const CursorPayload = z.union([
  z.tuple([z.literal('newest'), TimestampSchema, IdSchema]),
  z.tuple([z.literal('pay'), z.number().int().nonnegative(), IdSchema]),
  z.tuple([z.literal('nearest'), z.number().nonnegative(), IdSchema, z.number(), z.number()]),
])

/** The payload is a tuple led by the sort, so a cursor from another order is told apart. */
export function encodeJobCursor(cursor: JobCursor): string {
  return encodeCursor(
    cursor.sort === 'newest'
      ? [cursor.sort, cursor.postedAt, cursor.id]
      : cursor.sort === 'pay'
        ? [cursor.sort, cursor.payRank, cursor.id]
        : [cursor.sort, cursor.distance, cursor.id, cursor.origin.lat, cursor.origin.lng],
  )
}

/**
 * Reads a cursor for a request listed by `sort` (from `origin` for `nearest`). A cursor from another
 * order or another point would skip or repeat jobs, so it is refused like a damaged one.
 */
export function decodeJobCursor(text: string, sort: JobSort, origin: GeoPoint | null): JobCursor {
  const data = decodeCursor(text, CursorPayload)
  if (data[0] !== sort) throw invalidCursor()
  switch (data[0]) {
    case 'newest':
      return { sort: data[0], postedAt: data[1], id: data[2] }
    case 'pay':
      return { sort: data[0], payRank: data[1], id: data[2] }
    case 'nearest':
      if (!origin || origin.lat !== data[3] || origin.lng !== data[4]) throw invalidCursor()
      return { sort: data[0], distance: data[1], id: data[2], origin }
  }
}
