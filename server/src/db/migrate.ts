import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SqlDb } from './sql-db'

// dirname(__filename), not __dirname: tsx gives ESM importers of this file a bogus __dirname.
export const MIGRATIONS_DIR = join(dirname(__filename), 'migrations')

/** Any fixed number: every process that migrates this database takes the same lock. */
const MIGRATION_LOCK_KEY = 720_145_001

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/

export interface Migration {
  version: string
  name: string
  sql: string
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => FILE_PATTERN.test(file))
    .sort()
    .map((file) => ({
      version: FILE_PATTERN.exec(file)![1]!,
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, each in its own
 * transaction. Each transaction first takes an advisory lock, so when two processes start at once
 * the second waits, then sees the file applied and skips it. Returns the names applied now.
 */
export async function migrate(db: SqlDb, migrations = readMigrations()): Promise<string[]> {
  const applied: string[] = []
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      await tx.exec(`create table if not exists schema_migrations (
        version     text primary key,
        name        text not null,
        applied_at  timestamptz not null default now()
      )`)
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version])
      if (done.length > 0) return false
      await tx.exec(migration.sql)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name])
      return true
    })
    if (ran) applied.push(migration.name)
  }
  return applied
}
