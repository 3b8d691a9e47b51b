import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { api, isCreditCodeValid, type VerificationStatus } from '../../../../src/shared/contracts/index'
import { employerIdOf, inScope, requireStaff } from '../../auth/roles'
import type { Config } from '../../config'
import type { Db } from '../../db/types'
import { createFileStore } from '../../files/store'
import { HttpError, forbidden, notFound } from '../../http/errors'
import { route } from '../../http/route'
import { creditCodeHolder, employerById, statusAfterIdentityChange, toProfile } from './repository'

const notRegistered = () => notFound('EMPLOYER_NOT_REGISTERED', '你还没有登记为用人单位')
const creditCodeTaken = () =>
  new HttpError(
    409,
    'CREDIT_CODE_TAKEN',
    '这个统一社会信用代码已经登记过了。如果是你们单位的账号，请找单位里管理这个账号的人添加你，或到驿站请工作人员帮忙',
  )
const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === '23505'

/** A unique violation on the credit code (two registrations racing) answers as the check before it would. */
async function guardCreditCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (isUniqueViolation(err)) throw creditCodeTaken()
    throw err
  }
}

export default async function employersRoutes(app: FastifyInstance, opts: { config: Config }) {
  const db: Db = app.db
  const files = createFileStore(opts.config.filesDir)
  // Only this plugin takes uploads: other routes keep answering multipart bodies with 415.
  await app.register(multipart)

  const myEmployerId = async (user: Parameters<typeof employerIdOf>[1]) => {
    const id = await employerIdOf(db, user)
    if (!id) throw notRegistered()
    return id
  }

  route(app, api.registerEmployer, async ({ body, user }) => {
    if (user.role === 'staff') throw forbidden('驿站工作人员的账号不能登记为用人单位，请用另一个手机号注册')
    return guardCreditCode(() =>
      db.transaction(async (tx) => {
        // Locked: two taps of "登记" must not make two employers for one person.
        const [me] = await tx.query<{ employer_id: string | null }>('select employer_id from users where id = $1 for update', [user.id])
        if (me?.employer_id) throw new HttpError(409, 'ALREADY_EMPLOYER', '这个账号已经登记为用人单位了，可以在“我的单位”里修改资料')
        const creditCode = body.kind === 'enterprise' ? body.creditCode : null
        if (creditCode && (await creditCodeHolder(tx, creditCode))) throw creditCodeTaken()
        const creditCodeValid = creditCode === null ? null : isCreditCodeValid(creditCode)
        // A code failing its checksum is not refused (some real ones do), but staff look at it before anything else.
        // A person hiring for their household has no business licence to upload: staff check them straight
        // away (a call, or their ID seen at the station), so they wait in the queue from the start.
        const status: VerificationStatus = creditCodeValid === false || body.kind === 'individual' ? 'pending' : 'unverified'
        const contactName = body.kind === 'enterprise' ? body.contactName : body.name
        const [row] = await tx.query<{ id: string }>(
          `insert into employers (kind, name, credit_code, credit_code_valid, contact_name, contact_phone, address, district,
                                  verification_status, created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
          [body.kind, body.name, creditCode, creditCodeValid, contactName, body.contactPhone, body.address, body.district, status, user.id],
        )
        await tx.query(`update users set role = 'employer', employer_id = $2 where id = $1`, [user.id, row!.id])
        return toProfile((await employerById(tx, row!.id))!)
      }),
    )
  })

  route(app, api.getMyEmployer, async ({ user }) => {
    const row = await employerById(db, await myEmployerId(user))
    if (!row) throw notRegistered()
    return toProfile(row)
  })

  route(app, api.updateMyEmployer, async ({ body, user }) => {
    const id = await myEmployerId(user)
    return guardCreditCode(() =>
      db.transaction(async (tx) => {
        const row = await employerById(tx, id, true)
        if (!row) throw notRegistered()
        if (body.creditCode !== undefined && row.kind === 'individual') {
          const message = '个人招工不需要填统一社会信用代码'
          throw new HttpError(400, 'VALIDATION_FAILED', message, { creditCode: message })
        }
        const name = body.name ?? row.name
        const creditCode = body.creditCode ?? row.credit_code
        const creditCodeValid = creditCode === null ? null : isCreditCodeValid(creditCode)
        if (creditCode !== row.credit_code && creditCode && (await creditCodeHolder(tx, creditCode, id))) throw creditCodeTaken()
        const identityChanged = name !== row.name || creditCode !== row.credit_code
        const status = identityChanged ? statusAfterIdentityChange(row.verification_status, creditCodeValid) : row.verification_status
        const backToStaff = status === 'pending' && row.verification_status !== 'pending'
        await tx.query(
          `update employers set name = $2, credit_code = $3, credit_code_valid = $4, contact_name = $5, contact_phone = $6,
                  address = $7, district = $8, verification_status = $9,
                  verified_at = case when $10 then null else verified_at end,
                  verification_note = case when $10 then null else verification_note end,
                  updated_at = now()
            where id = $1`,
          [
            id,
            name,
            creditCode,
            creditCodeValid,
            // An individual's contact is the person: their name follows the employer's.
            row.kind === 'individual' ? name : (body.contactName ?? row.contact_name),
            body.contactPhone ?? row.contact_phone,
            body.address ?? row.address,
            body.district ?? row.district,
            status,
            backToStaff,
          ],
        )
        return toProfile((await employerById(tx, id))!)
      }),
    )
  })

  route(app, api.uploadEmployerLicence, async ({ file, user }) => {
    const id = await myEmployerId(user)
    // On disk first (named by its hash, renamed into place when complete), then recorded: a row never
    // points at a file that is not all there. A failed transaction leaves a file no row names, which is harmless.
    const stored = await files.put(file.buffer)
    return db.transaction(async (tx) => {
      const row = await employerById(tx, id, true)
      if (!row) throw notRegistered()
      const [saved] = await tx.query<{ id: string }>(
        `insert into stored_files (purpose, owner_id, mime_type, size_bytes, sha256, storage_key)
         values ('employer_licence', $1, $2, $3, $4, $5) returning id`,
        [user.id, file.mimetype, stored.sizeBytes, stored.sha256, stored.storageKey],
      )
      // A new licence asks staff to look (again, after a refusal); a verified employer stays verified.
      const backToStaff = row.verification_status === 'unverified' || row.verification_status === 'rejected'
      await tx.query(
        `update employers set licence_file_id = $2,
                verification_status = case when $3 then 'pending' else verification_status end,
                verification_note = case when $3 then null else verification_note end,
                updated_at = now()
          where id = $1`,
        [id, saved!.id, backToStaff],
      )
      return toProfile((await employerById(tx, id))!)
    })
  })

  route(app, api.getEmployerLicence, async ({ params, user, reply }) => {
    let row
    if (user.role === 'staff') {
      const scope = await requireStaff(db, user)
      row = await employerById(db, params.id)
      if (!row) throw notFound('LICENCE_NOT_FOUND', '没有找到这个用人单位的营业执照')
      if (!inScope(scope, row.district)) throw forbidden('这个用人单位不在你负责的区县')
    } else {
      if ((await employerIdOf(db, user)) !== params.id) throw forbidden('只能查看自己单位的营业执照')
      row = await employerById(db, params.id)
    }
    if (!row?.licence_storage_key || !row.licence_mime_type) throw notFound('LICENCE_NOT_FOUND', '还没有上传营业执照')
    const bytes = await files.read(row.licence_storage_key)
    // Set only now: an error answered before this point must go out as JSON.
    reply
      .type(row.licence_mime_type)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline')
    return bytes
  })
}
