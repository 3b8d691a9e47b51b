import { buildApp } from './app'
import { loadConfig } from './config'
import { createDb } from './db/index'
import { migrate } from './db/migrate'
import { OutboxWorker } from './outbox/worker'
import { refreshStaleDemo, seedIfEmpty } from './seed/index'
import { createWechatServerApi } from './wechat/api'

/** Entry point: config → database (migrated, seeded when empty in demo setups) → listen. */
async function main() {
  const config = loadConfig()
  const db = await createDb(config)
  // Migrate before any route or plugin can touch the schema.
  const applied = await migrate(db)
  const app = await buildApp(config, { db })
  app.addHook('onClose', async () => db.close())
  if (config.outbox.enabled) {
    const worker = new OutboxWorker({
      db,
      wechat: createWechatServerApi(config, db),
      subscribe: config.wechatSubscribe,
      pollMs: config.outbox.pollMs,
      log: app.log,
    })
    app.addHook('onReady', async () => worker.start())
    // Before the database closes: a round in progress finishes, no new one starts.
    app.addHook('preClose', async () => worker.stop())
  }

  if (applied.length > 0) app.log.info({ applied }, 'migrations applied')
  if (config.seedOnStart) {
    const seeded = await seedIfEmpty(db)
    if (seeded) app.log.info(seeded, 'demo city seeded')
    const movedDays = seeded ? 0 : await refreshStaleDemo(db)
    if (movedDays) app.log.info({ days: movedDays }, 'demo jobs had all expired: dates moved forward')
  }

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    // Stop accepting, let in-flight requests finish, close the database; give up after 10 s.
    const timer = setTimeout(() => process.exit(1), 10_000)
    timer.unref()
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'error while shutting down')
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
