/**
 * A search keyword in the form the database indexes (migration 0005): the terms it is made of, the
 * grams that find candidate jobs through the GIN index, and LIKE patterns that keep only the jobs
 * containing every term.
 */
export interface KeywordSearch {
  terms: string[]
  grams: string[]
  patterns: string[]
  /**
   * The trades the terms name (力工 is 装卸搬运): a term naming a trade is met by the text containing it
   * or by the job being of that trade. Per trade named, the patterns of the other terms, which its jobs
   * must still contain. Empty until `nameTrades` fills it.
   */
  trades: KeywordTrade[]
}

export interface KeywordTrade {
  id: string
  patterns: string[]
}

/** As `search_normalize` in SQL: full-width letters and digits as ASCII, lower case. */
export const normalizeKeyword = (text: string) => text.normalize('NFKC').toLowerCase()

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/**
 * Terms are separated by spaces (full-width ones too, after NFKC): 保洁 开荒 asks for both. A term of
 * one character is looked up by itself; a longer one by its neighbouring pairs, as the index holds them.
 * Null when nothing is left to search for.
 */
export function parseKeyword(keyword: string | undefined): KeywordSearch | null {
  if (!keyword) return null
  const terms = [...new Set(normalizeKeyword(keyword).split(/\s+/).filter(Boolean))]
  if (terms.length === 0) return null
  const grams = new Set<string>()
  for (const term of terms) {
    // Code points, not UTF-16 units: SQL's substr counts characters, and a rare character may be a pair.
    const chars = Array.from(term)
    if (chars.length === 1) grams.add(chars[0]!)
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!)
  }
  return { terms, grams: [...grams].sort(), patterns: terms.map((t) => `%${escapeLike(t)}%`), trades: [] }
}

/**
 * The keyword with the trades its terms name, from `tradeOf` (a normalized term → a trade id). A job
 * of trade T matches when it contains every term that does not name T: 保洁 商场 finds 保洁 jobs in a
 * 商场 and any other job whose text has both words.
 */
export function nameTrades(search: KeywordSearch, tradeOf: ReadonlyMap<string, string>): KeywordSearch {
  const named = [...new Set(search.terms.map((term) => tradeOf.get(term)).filter((id) => id !== undefined))].sort()
  const trades = named.map((id) => ({ id, patterns: search.patterns.filter((_, i) => tradeOf.get(search.terms[i]!) !== id) }))
  return { ...search, trades }
}
