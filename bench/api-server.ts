// The API server for the bench, in its own process so that the load generator does not share its
// event loop: the real app on a fresh seeded demo database (embedded, or the empty PostgreSQL
// database in BENCH_DATABASE_URL), plus GET /bare, a route that does no work, registered on the
// same instance so it passes the same hooks, logger and error handler. Every answer carries its time
// inside the server as `Server-Timing: app;dur=…`.
import { startApiInProcess } from '../test/support/api'

async function main() {
  const api = await startApiInProcess({
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    // The server's default level, so that both routes pay for the per-request log lines as in production.
    logLevel: process.env.LOG_LEVEL ?? 'info',
    jobsCacheMs: process.env.JOBS_CACHE_MS,
    extend: (app) => {
      app.get('/bare', async () => ({ status: 'ok', items: [] }))
      // Time inside the server, from the request's arrival to its answer, for the load generator.
      app.addHook('onSend', async (_request, reply) => {
        reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(3)}`)
      })
    },
  })
  const stop = () => void api.close().then(() => process.exit(0), () => process.exit(1))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.on('disconnect', stop)
  process.send?.({ origin: api.origin })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
