import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Db } from '../db/types'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

/** Puts the database on the instance; closes it with the app when the app created it. */
export const dbPlugin = fp(
  async (app: FastifyInstance, opts: { db: Db; owned: boolean }) => {
    app.decorate('db', opts.db)
    if (opts.owned) app.addHook('onClose', async () => opts.db.close())
  },
  { name: 'db' },
)
