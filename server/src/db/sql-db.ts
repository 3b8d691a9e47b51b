import type { Db } from './types'

/**
 * The server's Db plus `exec` for multi-statement scripts without parameters (migrations, seeds).
 * Kept out of `Db` itself: request code never needs it.
 */
export interface SqlDb extends Db {
  exec(sql: string): Promise<void>
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>
}
