import type { FastifyInstance } from 'fastify'

export default async function reviewsRoutes(app: FastifyInstance) {
  void app
}
