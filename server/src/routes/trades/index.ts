import type { FastifyInstance } from 'fastify'

export default async function tradesRoutes(app: FastifyInstance) {
  void app
}
