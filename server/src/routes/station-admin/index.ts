import type { FastifyInstance } from 'fastify'

export default async function stationadminRoutes(app: FastifyInstance) {
  void app
}
