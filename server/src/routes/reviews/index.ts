import type { FastifyInstance, FastifyRequest } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { requireStaff } from '../../auth/roles'
import { cityDate } from '../../city-time'
import { route } from '../../http/route'
import { auditLog } from '../../reviews/audit-log'
import { approveJob, checkJob, decideEmployer, decideReport, rejectJob, takeDownJob } from '../../reviews/decisions'
import { queueCounts, reviewQueue } from '../../reviews/queue'
import { fileReport, myReports } from '../../reviews/reports'
import { cityMonth, drawSample, listSamples, monthlyFigures, monthsUpTo, rateSample } from '../../reviews/samples'

/** The staff dashboard shows this many months of sample audits, this one included. */
const DASHBOARD_MONTHS = 6

export default async function reviewsRoutes(app: FastifyInstance) {
  const db = app.db

  // route() answers with the endpoint's one success status; a repeated report is the same report,
  // which is not created again, so it answers 200 instead of 201.
  const repeatedReports = new WeakSet<FastifyRequest>()
  app.addHook('onSend', async (request, reply) => {
    if (repeatedReports.has(request) && reply.statusCode === 201) reply.code(200)
  })

  route(app, api.reportJob, async ({ params, body, user, request, reply }) => {
    const { receipt, created } = await fileReport(db, reply, user, params.id, body, new Date())
    if (!created) repeatedReports.add(request)
    return receipt
  })

  route(app, api.listMyReports, async ({ query, user }) => myReports(db, user.id, query))

  route(app, api.getReviewQueue, async ({ query, user }) => reviewQueue(db, await requireStaff(db, user), query, cityDate(new Date())))

  route(app, api.reviewJob, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => {
      if (body.decision === 'approve') return approveJob(tx, scope, params.id, body.reason)
      if (body.decision === 'reject') return rejectJob(tx, scope, params.id, body.reason)
      return takeDownJob(tx, scope, params.id, body.reason)
    })
  })

  route(app, api.checkJob, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => checkJob(tx, scope, params.id, body.reason || null))
  })

  route(app, api.decideEmployerVerification, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => decideEmployer(tx, scope, params.id, body.decision, body.reason))
  })

  route(app, api.decideReport, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => decideReport(tx, scope, params.id, body.decision, body.reason))
  })

  route(app, api.listAuditLog, async ({ query, user }) => auditLog(db, await requireStaff(db, user), query))

  route(app, api.drawSampleAudit, async ({ body, user }) => {
    const scope = await requireStaff(db, user)
    return { items: await db.transaction((tx) => drawSample(tx, scope, body.size, new Date())) }
  })

  route(app, api.rateSampleAudit, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => rateSample(tx, scope, params.id, body.compliant, body.note))
  })

  route(app, api.listSampleAudits, async ({ query, user }) => {
    const scope = await requireStaff(db, user)
    return listSamples(db, scope, query.month ?? cityMonth(new Date()))
  })

  route(app, api.getStaffDashboard, async ({ user }) => {
    const scope = await requireStaff(db, user)
    const now = new Date()
    const [queue, samples] = await Promise.all([
      queueCounts(db, scope, cityDate(now)),
      monthlyFigures(db, scope, monthsUpTo(cityMonth(now), DASHBOARD_MONTHS)),
    ])
    return { district: scope.district, queue, samples }
  })
}
