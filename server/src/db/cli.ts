import { loadConfig } from '../config'
import { seed } from '../seed/index'
import { createDb } from './index'
import { migrate } from './migrate'

/** `npm run db:migrate` and `npm run db:seed` (which migrates first, so it works on an empty database). */
async function main(command: string | undefined) {
  if (command !== 'migrate' && command !== 'seed') {
    console.error('usage: tsx server/src/db/cli.ts migrate|seed')
    process.exit(2)
  }
  const config = loadConfig()
  const db = await createDb(config)
  try {
    const applied = await migrate(db)
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'migrations: up to date')
    if (command === 'seed') {
      const counts = await seed(db)
      console.log(`seeded (new rows): ${JSON.stringify(counts)}`)
    }
  } finally {
    await db.close()
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err)
  process.exit(1)
})
