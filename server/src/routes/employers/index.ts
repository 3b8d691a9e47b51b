import type { FastifyInstance } from 'fastify'

export default async function employersRoutes(app: FastifyInstance) {
  void app
}
