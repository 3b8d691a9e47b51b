import type { FastifyInstance } from 'fastify'

/** Filled in by the hiring-loop work; registered so the app's plugin order is fixed in one place. */
export default async function applicationsRoutes(_app: FastifyInstance) {}
