import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { api } from '../../../../src/shared/contracts/index'
import { inScope, requireStaff } from '../../auth/roles'
import { cityDate } from '../../city-time'
import type { Config } from '../../config'
import { createFileStore } from '../../files/store'
import { notFound } from '../../http/errors'
import { route } from '../../http/route'
import { applyForSubsidy, resubmitSubsidyApplication } from '../../subsidies/apply'
import { actOnSubsidyApplication, staffApplicationRow } from '../../subsidies/decisions'
import { listForStaff, listMine, myApplicationRow, toApplication, toStaffApplication } from '../../subsidies/store'

const materialNotFound = () => notFound('MATERIAL_NOT_FOUND', '没有找到这张材料照片')

/** Subsidy applications (补贴申领): material photos, applying, following one's own, and the staff queue. */
export default async function subsidiesRoutes(app: FastifyInstance, opts: { config: Config }) {
  const db = app.db
  const files = createFileStore(opts.config.filesDir)
  // Uploads are parsed in this plugin only: its JSON operations still refuse multipart bodies (route()).
  await app.register(multipart)

  route(app, api.uploadSubsidyMaterial, async ({ file, user }) => {
    // On disk first (named by its hash), then recorded: a row never points at a file that is not all there.
    const stored = await files.put(file.buffer)
    const [saved] = await db.query<{ id: string; mime_type: string; size_bytes: number; created_at: string }>(
      `insert into stored_files (purpose, owner_id, mime_type, size_bytes, sha256, storage_key)
       values ('subsidy_material', $1, $2, $3, $4, $5) returning id, mime_type, size_bytes, created_at`,
      [user.id, file.mimetype, stored.sizeBytes, stored.sha256, stored.storageKey],
    )
    return { id: saved!.id, mimeType: saved!.mime_type, sizeBytes: saved!.size_bytes, uploadedAt: saved!.created_at }
  })

  route(app, api.applyForSubsidy, async ({ params, body, headers, user }) =>
    db.transaction((tx) => applyForSubsidy(tx, user.id, params.id, body, headers['idempotency-key'], cityDate(new Date()))),
  )

  route(app, api.listMySubsidyApplications, async ({ query, user }) => listMine(db, user.id, query))

  route(app, api.getMySubsidyApplication, async ({ params, user }) => toApplication(db, await myApplicationRow(db, user.id, params.id)))

  route(app, api.resubmitSubsidyApplication, async ({ params, body, user }) =>
    db.transaction((tx) => resubmitSubsidyApplication(tx, user.id, params.id, body)),
  )

  // The uploader, or staff in scope of an application that uses the photo; to anyone else it does not exist.
  route(app, api.getSubsidyMaterial, async ({ params, user, reply }) => {
    const [file] = await db.query<{ owner_id: string; mime_type: string; storage_key: string }>(
      `select owner_id, mime_type, storage_key from stored_files where id = $1 and purpose = 'subsidy_material'`,
      [params.id],
    )
    if (!file) throw materialNotFound()
    if (file.owner_id !== user.id) {
      if (user.role !== 'staff') throw materialNotFound()
      const scope = await requireStaff(db, user)
      const regions = await db.query<{ region: string }>(
        `select a.region from subsidy_application_materials m join subsidy_applications a on a.id = m.application_id where m.file_id = $1`,
        [params.id],
      )
      if (!regions.some((r) => inScope(scope, r.region))) throw materialNotFound()
    }
    const bytes = await files.read(file.storage_key)
    // Set only now: an error answered before this point must go out as JSON.
    reply
      .type(file.mime_type)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline')
    return bytes
  })

  route(app, api.listStaffSubsidyApplications, async ({ query, user }) => listForStaff(db, await requireStaff(db, user), query))

  route(app, api.getStaffSubsidyApplication, async ({ params, user }) => {
    const scope = await requireStaff(db, user)
    return toStaffApplication(db, await staffApplicationRow(db, scope, params.id))
  })

  route(app, api.actOnSubsidyApplication, async ({ params, body, user }) => {
    const scope = await requireStaff(db, user)
    return db.transaction((tx) => actOnSubsidyApplication(tx, scope, params.id, body))
  })
}
