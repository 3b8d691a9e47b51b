import type { FastifyInstance } from 'fastify'

export default async function postingsRoutes(app: FastifyInstance) {
  void app
}
