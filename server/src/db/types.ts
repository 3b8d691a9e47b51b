/**
 * The one database interface the server uses, implemented over PGlite (embedded) and node-postgres.
 * PostgreSQL dialect only; `$1`-style parameters.
 */
export interface Db {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<Row[]>
  /** Runs fn in one transaction; rolls back if it throws. Nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly kind: 'pglite' | 'postgres'
}

export interface QueryOptions {
  /**
   * Prepare the statement once per connection and reuse it: PostgreSQL then skips parsing and, after
   * a few runs, planning, which costs more than running a short list query. Only for SQL whose text
   * depends on the query's shape alone (values go in parameters), or every value makes a new statement.
   */
  prepare?: boolean
}
