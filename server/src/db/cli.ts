import { loadConfig } from '../config'
import { seedBulkJobs } from '../seed/bulk-jobs'
import { seed } from '../seed/index'
import { createDb } from './index'
import { migrate } from './migrate'

const USAGE = 'usage: tsx server/src/db/cli.ts migrate | seed [--jobs=N]'

/** `--jobs=100000`: that many more open jobs after the demo city, for benchmarks. */
function bulkJobCount(args: string[]): number {
  let count = 0
  for (const arg of args) {
    const m = /^--jobs=(\d{1,7})$/.exec(arg)
    if (!m) {
      console.error(`unknown argument ${arg}\n${USAGE}`)
      process.exit(2)
    }
    count = Number(m[1])
  }
  return count
}

/**
 * `npm run db:migrate` and `npm run db:seed` (which migrates first, so it works on an empty
 * database); `npm run db:seed -- --jobs=N` also adds N bulk jobs.
 */
async function main(command: string | undefined, args: string[]) {
  if (command !== 'migrate' && command !== 'seed') {
    console.error(USAGE)
    process.exit(2)
  }
  const bulkJobs = command === 'seed' ? bulkJobCount(args) : 0
  const config = loadConfig()
  const db = await createDb(config)
  try {
    const applied = await migrate(db)
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'migrations: up to date')
    if (command === 'seed') {
      const counts = await seed(db)
      console.log(`seeded (new rows): ${JSON.stringify(counts)}`)
    }
    if (bulkJobs > 0) {
      const started = Date.now()
      const added = await seedBulkJobs(db, bulkJobs)
      console.log(`bulk jobs: ${added} new of ${bulkJobs} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } finally {
    await db.close()
  }
}

main(process.argv[2], process.argv.slice(3)).catch((err) => {
  console.error(err)
  process.exit(1)
})
