import { z } from 'zod/mini'
import { endpoint } from './endpoint'

/**
 * The shared list of trades (工种): the taxonomy every city's server and app agree on.
 *
 * How a server keeps it, here or in another city:
 * - An id (`loading`, `cleaning` …) is ours, never reused and never changed: jobs, saved filters and
 *   other cities' data refer to it. The 国家职业分类大典 code is only an attribute (editions renumber).
 * - A trade is never deleted: it is retired (`retired: true`), and stays in the list so that old jobs
 *   still have a name. New posts take live trades only.
 * - Every change (a new trade, a new alias, a retirement, a corrected code) is published as a new list
 *   version, and each changed row carries the version it last changed in. A client that holds version N
 *   asks `GET /trades/changes?since=N` and replaces those rows by id; a new client reads `GET /trades`.
 * - Among live trades a name or alias belongs to one trade only: search reads a keyword that equals one
 *   as that trade (力工 finds 装卸搬运 jobs).
 */
export const TradeIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{1,31}$/, { error: '工种编号格式不对' }))

export const TradeSchema = z.object({
  id: TradeIdSchema,
  /** What the app shows: 装卸搬运. */
  name: z.string(),
  /** The 国家职业分类大典（2022年版）detailed occupation (4-02-05-01), when one occupation is the trade. */
  occupationCode: z.nullable(z.string().check(z.regex(/^\d-\d{2}-\d{2}-\d{2}$/))),
  /** What people type and say for it: 力工, 搬运工. */
  aliases: z.array(z.string()),
  /** Where the app lists it among the others. */
  sortOrder: z.number().check(z.int()),
  /** No longer offered for new posts; kept so that older jobs keep their trade. */
  retired: z.boolean(),
  /** The list version in which this trade last changed. */
  version: z.number().check(z.int(), z.positive()),
})
export type Trade = z.infer<typeof TradeSchema>

/** A list version: a whole number from 1, raised by every change. */
const TradeVersionSchema = z.number().check(z.int(), z.positive())

export const TradeListSchema = z.object({
  version: TradeVersionSchema,
  /** Every trade, retired ones included (flagged), in list order. */
  trades: z.array(TradeSchema),
})
export type TradeList = z.infer<typeof TradeListSchema>

export const TradeChangesSchema = z.object({
  /** The version the client holds after applying the changes. */
  version: TradeVersionSchema,
  /** The trades changed after `since`, whole, in list order; none when `since` is the current version. */
  changes: z.array(TradeSchema),
})
export type TradeChanges = z.infer<typeof TradeChangesSchema>

export const TradeChangesQuerySchema = z.object({
  /** The version the client holds (0: none yet). Above the current version it is refused. */
  since: z.coerce
    .number({ error: '请提供已有的工种列表版本号' })
    .check(z.int({ error: '版本号应为整数' }), z.gte(0, { error: '版本号不能小于 0' })),
})

export const tradeEndpoints = {
  listTrades: endpoint({
    operationId: 'listTrades',
    method: 'GET',
    path: '/trades',
    summary: '工种列表（含已停用的，带版本号）；响应带 ETag，If-None-Match 相同则答 304',
    tags: ['trades'],
    auth: 'none',
    status: 200,
    response: TradeListSchema,
  }),
  listTradeChanges: endpoint({
    operationId: 'listTradeChanges',
    method: 'GET',
    path: '/trades/changes',
    summary: '自某个版本以来变动的工种（按编号替换本地的）；since 为当前版本时没有变动',
    tags: ['trades'],
    auth: 'none',
    query: TradeChangesQuerySchema,
    status: 200,
    response: TradeChangesSchema,
    errors: { 400: ['UNKNOWN_TRADES_VERSION'] },
  }),
}
