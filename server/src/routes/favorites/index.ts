import type { FastifyInstance } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { route } from '../../http/route'
import { jobNotFound } from '../../postings/errors'
import { createFavoriteRepository } from './repository'

/** A person's saved jobs: only ever their own (the user comes from the session, never the request). */
export default async function favoritesRoutes(app: FastifyInstance) {
  const favorites = createFavoriteRepository(app.db)

  route(app, api.addFavorite, async ({ params, user }) => {
    if (!(await favorites.add(user.id, params.jobId))) throw jobNotFound()
  })

  route(app, api.removeFavorite, async ({ params, user }) => {
    await favorites.remove(user.id, params.jobId)
  })

  route(app, api.listFavorites, async ({ query, user }) => favorites.list(user.id, query))
}
