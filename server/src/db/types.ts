/**
 * The one database interface the server uses, implemented over PGlite (embedded) and node-postgres.
 * PostgreSQL dialect only; `$1`-style parameters.
 */
export interface Db {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Runs fn in one transaction; rolls back if it throws. Nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly kind: 'pglite' | 'postgres'
}
