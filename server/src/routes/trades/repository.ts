import type { Trade } from '../../../../src/shared/contracts/index'
import type { Db } from '../../db/types'

interface TradeRow {
  id: string
  name: string
  occupation_code: string | null
  aliases: string[]
  sort_order: number
  retired: boolean
  version: number
}

const toTrade = (row: TradeRow): Trade => ({
  id: row.id,
  name: row.name,
  occupationCode: row.occupation_code,
  aliases: row.aliases,
  sortOrder: row.sort_order,
  retired: row.retired,
  version: row.version,
})

const TRADE_COLUMNS = 't.id, t.name, t.occupation_code, t.aliases, t.sort_order, t.retired, t.version'

/** The list's current version: the latest published (trade_versions' primary key, read backwards). */
export async function currentTradesVersion(db: Db): Promise<number> {
  const [row] = await db.query<{ version: number }>('select max(version)::int as version from trade_versions', [], { prepare: true })
  return row!.version
}

/** Every trade, retired ones included, in list order, with the version they make up. */
export async function listTrades(db: Db): Promise<{ version: number; trades: Trade[] }> {
  // One statement: a version published between two reads would pair rows with the wrong version.
  const rows = await db.query<TradeRow & { list_version: number }>(
    `select ${TRADE_COLUMNS}, (select max(version)::int from trade_versions) as list_version
     from trades t order by t.sort_order, t.id`,
    [],
    { prepare: true },
  )
  return { version: rows[0]?.list_version ?? (await currentTradesVersion(db)), trades: rows.map(toTrade) }
}

/** The trades changed after version `since`, or null when `since` is later than the current version. */
export async function tradeChangesSince(db: Db, since: number): Promise<{ version: number; changes: Trade[] } | null> {
  const rows = await db.query<TradeRow & { list_version: number }>(
    `select ${TRADE_COLUMNS}, v.version as list_version
     from (select max(version)::int as version from trade_versions) v
     left join trades t on t.version > $1::int
     order by t.sort_order, t.id`,
    [since],
    { prepare: true },
  )
  const version = rows[0]!.list_version
  if (since > version) return null
  return { version, changes: rows.filter((row) => row.id !== null).map(toTrade) }
}

/**
 * What the trade usually pays per hour in the city, in fen, for screening to spot a lure ("far above
 * the usual rate"); null for an unknown trade or one without a figure.
 */
export async function usualHourlyPayFen(db: Db, tradeId: string): Promise<number | null> {
  const [row] = await db.query<{ usual_hourly_pay_fen: number | null }>(
    'select usual_hourly_pay_fen from trades where id = $1',
    [tradeId],
    { prepare: true },
  )
  return row?.usual_hourly_pay_fen ?? null
}

/** A search term (normalized, as keyword.ts makes them) → the live trade it names. */
export type TradeTerms = ReadonlyMap<string, string>

export interface TradeTermsOptions {
  /** How long the map is used before the list's version is asked again. */
  recheckMs?: number
  now?: () => number
}

/**
 * The names and aliases of live trades, for search. Every keyword search needs them, and they change a
 * few times a year: the map is kept in the process and the list's version (one index probe) asked at
 * most every `recheckMs`; only a new version reloads the 14-odd rows. So a new alias reaches search
 * within seconds on every process, and a keyword search costs no extra query the rest of the time.
 */
export function createTradeTerms(db: Db, options: TradeTermsOptions = {}) {
  const recheckMs = options.recheckMs ?? 5_000
  const now = options.now ?? Date.now
  let cached: { version: number; terms: TradeTerms; checkedAt: number } | null = null
  let pending: Promise<TradeTerms> | null = null

  async function load(): Promise<TradeTerms> {
    const version = await currentTradesVersion(db)
    if (cached && cached.version === version) {
      cached.checkedAt = now()
      return cached.terms
    }
    const rows = await db.query<{ id: string; name: string; aliases: string[] }>(
      'select id, name, aliases from trades where not retired',
      [],
      { prepare: true },
    )
    const terms = new Map<string, string>()
    for (const row of rows) for (const term of [row.name, ...row.aliases]) terms.set(term.normalize('NFKC').toLowerCase(), row.id)
    cached = { version, terms, checkedAt: now() }
    return terms
  }

  return {
    async get(): Promise<TradeTerms> {
      if (cached && now() - cached.checkedAt < recheckMs) return cached.terms
      // Requests arriving together share one check.
      pending ??= load().finally(() => {
        pending = null
      })
      return pending
    },
  }
}
export type TradeTermsSource = ReturnType<typeof createTradeTerms>
