import type { FastifyInstance } from 'fastify'
import { profileEndpoints } from '../../../../src/shared/contracts/index'
import type { Config } from '../../config'
import { route } from '../../http/route'
import { getProfile, recordConsent, updatePolicyNotifications, updateProfile, type ProfileKeys } from '../../profile/profiles'

/**
 * A person's own profile for policy matching and their consents. The paths carry no id: the
 * signed-in caller is the only profile there is to reach.
 */
export default async function profileRoutes(app: FastifyInstance, opts: { config: Config }) {
  const { db } = app
  const keys: ProfileKeys = { profileKey: opts.config.profileKey, authSecret: opts.config.authSecret }

  route(app, profileEndpoints.getMyProfile, async ({ user }) => getProfile(db, user.id, keys))

  route(app, profileEndpoints.updateMyProfile, async ({ user, body }) => updateProfile(db, user.id, body, keys))

  route(app, profileEndpoints.recordConsent, async ({ user, body }) => recordConsent(db, user.id, body, keys))

  route(app, profileEndpoints.updatePolicyNotificationSettings, async ({ user, body }) => updatePolicyNotifications(db, user.id, body, keys))
}
