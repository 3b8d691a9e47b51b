import type { FastifyInstance } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { requireStaff, type StaffScope } from '../../auth/roles'
import { cityDate } from '../../city-time'
import type { Config } from '../../config'
import { route } from '../../http/route'
import calculatorRoutes from './calculator'
import { createPolicy, getPolicy, listPolicies, listStaffPolicies, publishPolicy, updatePolicy, withdrawPolicy } from '../../policies/store'

/** The policy library: the public list and detail, and staff writing, publishing and withdrawing policies. */
export default async function policiesRoutes(app: FastifyInstance, opts: { config: Config }) {
  const db = app.db
  await app.register(calculatorRoutes, opts)

  route(app, api.listPolicies, async ({ query }) => listPolicies(db, query, cityDate(new Date())))

  // Anyone may read a published policy; a signed-in staff member also their drafts and withdrawn ones.
  // A missing, expired or foreign token is just a member of the public here, not a 401.
  route(app, api.getPolicy, async ({ params, request }) => {
    let scope: StaffScope | null = null
    if (request.headers.authorization) {
      const user = await app.authenticate(request).catch(() => null)
      if (user?.role === 'staff') scope = await requireStaff(db, user)
    }
    return getPolicy(db, params.id, scope, cityDate(new Date()))
  })

  route(app, api.listStaffPolicies, async ({ query, user }) =>
    listStaffPolicies(db, await requireStaff(db, user), query, cityDate(new Date())),
  )

  route(app, api.createPolicy, async ({ body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => createPolicy(tx, scope, body, cityDate(new Date())))
  })

  route(app, api.updatePolicy, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => updatePolicy(tx, scope, params.id, body, cityDate(new Date())))
  })

  route(app, api.publishPolicy, async ({ params, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => publishPolicy(tx, scope, params.id, cityDate(new Date())))
  })

  route(app, api.withdrawPolicy, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => withdrawPolicy(tx, scope, params.id, body.reason, cityDate(new Date())))
  })
}
