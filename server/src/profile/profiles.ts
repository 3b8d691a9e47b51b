import type {
  ConsentPurpose,
  MyProfile,
  PolicyCategory,
  PolicyNotificationSettingsBody,
  ProfileFacts,
  RecordConsentBody,
  UpdateMyProfileBody,
} from '../../../src/shared/contracts/index'
import { FieldDecryptError, decryptField, encryptField, fieldHash } from '../crypto/field'
import type { Db } from '../db/types'
import { HttpError, conflict } from '../http/errors'
import { checkIdNumber, idNumberBirthDate, maskIdNumber } from '../../../src/shared/lib/id-number'
import { cityDate } from '../city-time'
import { factsOfRow, type ProfileFactsRow } from '../policies/matching'
import { enqueuePersonRun } from '../policies/runs'

/** The keys a profile needs: PROFILE_KEY encrypts the ID number, AUTH_SECRET keys its lookup hash. */
export interface ProfileKeys {
  profileKey: Buffer
  authSecret: string
}

const ID_HASH_PURPOSE = 'profile-id-number'
const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === '23505'

interface ProfileRow extends ProfileFactsRow {
  real_name: string | null
  id_number_encrypted: string | null
  id_number_last4: string | null
  muted_policy_categories: string[]
  updated_at: string
}

interface ConsentRow {
  purpose: ConsentPurpose
  granted: boolean
  policy_version: string
  at: string
}

/** The current decision per purpose: the latest row of each. */
async function currentConsents(db: Db, userId: string): Promise<ConsentRow[]> {
  return db.query<ConsentRow>(
    `select distinct on (purpose) purpose, granted, policy_version, at
       from consents where user_id = $1
      order by purpose, id desc`,
    [userId],
  )
}

async function hasConsent(db: Db, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  const [row] = await db.query<{ granted: boolean }>(
    'select granted from consents where user_id = $1 and purpose = $2 order by id desc limit 1',
    [userId, purpose],
  )
  return row?.granted === true
}

/** The stored ID number, or null when it cannot be read (PROFILE_KEY was changed since it was saved). */
function readIdNumber(encrypted: string, key: Buffer): string | null {
  try {
    return decryptField(encrypted, key)
  } catch (err) {
    if (err instanceof FieldDecryptError) return null
    throw err
  }
}

function factsOf(row: ProfileRow, key: Buffer): ProfileFacts {
  const facts: ProfileFacts = factsOfRow(row)
  if (row.id_number_encrypted !== null) {
    const idNumber = readIdNumber(row.id_number_encrypted, key)
    facts.idNumberMasked = idNumber ? maskIdNumber(idNumber) : `${'*'.repeat(14)}${row.id_number_last4 ?? ''}`
  }
  return facts
}

/** The person's own profile (never anyone else's: the caller's id is the only key). */
export async function getProfile(db: Db, userId: string, keys: ProfileKeys): Promise<MyProfile> {
  const [row] = await db.query<ProfileRow>('select * from profiles where user_id = $1', [userId])
  const consents = await currentConsents(db, userId)
  return {
    facts: row ? factsOf(row, keys.profileKey) : {},
    realName: row?.real_name ?? null,
    consents: consents.map((c) => ({ purpose: c.purpose, granted: c.granted, version: c.policy_version, at: c.at })),
    mutedPolicyCategories: (row?.muted_policy_categories ?? []) as PolicyCategory[],
    updatedAt: row?.updated_at ?? null,
  }
}

type StoredId = { encrypted: string; hash: string; last4: string } | null

/**
 * What the ID number becomes: `undefined` keeps the stored one, `null` erases it, a value is checked
 * (GB 11643), needs a current `id_number` consent and must belong to no other account.
 */
async function nextIdNumber(tx: Db, userId: string, sent: string | null | undefined, keys: ProfileKeys): Promise<{ stored: StoredId | undefined; plain: string | null | undefined }> {
  if (sent === undefined) return { stored: undefined, plain: undefined }
  if (sent === null) return { stored: null, plain: null }
  const idNumber = checkIdNumber(sent, cityDate(new Date()))
  if (idNumber.status !== 'ok') {
    const message = idNumber.status === 'empty' ? '请填写身份证号，或不填' : idNumber.message
    throw new HttpError(400, 'ID_NUMBER_INVALID', message, { idNumber: message })
  }
  if (!(await hasConsent(tx, userId, 'id_number'))) {
    throw conflict('CONSENT_REQUIRED', '保存身份证号前，请先单独同意《身份证号使用说明》')
  }
  const hash = fieldHash(idNumber.idNumber, keys.authSecret, ID_HASH_PURPOSE)
  const [other] = await tx.query('select 1 from profiles where id_number_hash = $1 and user_id <> $2', [hash, userId])
  if (other) throw conflict('ID_NUMBER_TAKEN', '这个身份证号已在另一个账号登记，如有疑问请联系驿站工作人员')
  return { stored: { encrypted: encryptField(idNumber.idNumber, keys.profileKey), hash, last4: idNumber.idNumber.slice(-4) }, plain: idNumber.idNumber }
}

/** Saves the whole profile (left-out facts become unanswered) in one transaction; answers it as GET does. */
export async function updateProfile(db: Db, userId: string, body: UpdateMyProfileBody, keys: ProfileKeys): Promise<MyProfile> {
  await db.transaction(async (tx) => {
    const [current] = await tx.query<{ id_number_encrypted: string | null }>('select id_number_encrypted from profiles where user_id = $1 for update', [userId])
    const { stored, plain } = await nextIdNumber(tx, userId, body.idNumber, keys)
    // The birth date the ID number gives: a stated birth date must agree; an unstated one is taken from it.
    const idPlain = plain === undefined ? (current?.id_number_encrypted ? readIdNumber(current.id_number_encrypted, keys.profileKey) : null) : plain
    const idBirthDate = idPlain ? idNumberBirthDate(idPlain) : null
    if (body.birthDate !== undefined && idBirthDate !== null && body.birthDate !== idBirthDate) {
      throw new HttpError(400, 'BIRTH_DATE_MISMATCH', `出生日期与身份证号不一致（身份证上是 ${idBirthDate}）`, { birthDate: '与身份证号上的出生日期不一致' })
    }
    const keepId = stored === undefined
    const params = [
      userId,
      body.realName ?? null,
      body.birthDate ?? idBirthDate,
      JSON.stringify(body.groups ?? {}),
      body.graduationYear ?? null,
      body.householdRegion ?? null,
      body.residenceRegion ?? null,
      body.employment ?? null,
      body.businessStartedOn ?? null,
      body.businessStartedOn !== undefined,
      body.enrolledInCourse ?? null,
      keepId,
      stored?.encrypted ?? null,
      stored?.hash ?? null,
      stored?.last4 ?? null,
    ]
    try {
      await tx.query(
        `insert into profiles (user_id, real_name, birth_date, groups, graduation_year, household_region, residence_region,
                               employment, business_started_on, business_started_known, enrolled_in_course,
                               id_number_encrypted, id_number_hash, id_number_last4, updated_at)
         values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11,
                 case when $12::boolean then null else $13 end, case when $12::boolean then null else $14 end,
                 case when $12::boolean then null else $15 end, now())
         on conflict (user_id) do update set
           real_name = excluded.real_name, birth_date = excluded.birth_date, groups = excluded.groups,
           graduation_year = excluded.graduation_year, household_region = excluded.household_region,
           residence_region = excluded.residence_region, employment = excluded.employment,
           business_started_on = excluded.business_started_on, business_started_known = excluded.business_started_known,
           enrolled_in_course = excluded.enrolled_in_course,
           id_number_encrypted = case when $12::boolean then profiles.id_number_encrypted else excluded.id_number_encrypted end,
           id_number_hash = case when $12::boolean then profiles.id_number_hash else excluded.id_number_hash end,
           id_number_last4 = case when $12::boolean then profiles.id_number_last4 else excluded.id_number_last4 end,
           updated_at = now()`,
        params,
      )
    } catch (err) {
      // Two accounts saving the same ID number at once: the unique index decides, the loser hears why.
      if (isUniqueViolation(err)) throw conflict('ID_NUMBER_TAKEN', '这个身份证号已在另一个账号登记，如有疑问请联系驿站工作人员')
      throw err
    }
    // The open policies the saved profile now fits are pushed to the person (policies/push.ts).
    await enqueuePersonRun(tx, userId)
  })
  return getProfile(db, userId, keys)
}

/**
 * Records a consent decision (append-only). Withdrawing `id_number` erases the stored ID number in
 * the same transaction: it is kept only while consented to.
 */
export async function recordConsent(db: Db, userId: string, body: RecordConsentBody, keys: ProfileKeys): Promise<MyProfile> {
  await db.transaction(async (tx) => {
    await tx.query('insert into consents (user_id, purpose, granted, policy_version) values ($1, $2, $3, $4)', [userId, body.purpose, body.granted, body.policyVersion])
    if (body.purpose === 'id_number' && !body.granted) {
      await tx.query(
        `update profiles set id_number_encrypted = null, id_number_hash = null, id_number_last4 = null, updated_at = now()
          where user_id = $1 and id_number_encrypted is not null`,
        [userId],
      )
    }
    if (body.purpose === 'policy_matching' && body.granted) await enqueuePersonRun(tx, userId)
  })
  return getProfile(db, userId, keys)
}

/**
 * The policy categories the person does not want pushed. A category taken off the list may hold
 * policies that fit them and were held back, so they are matched again.
 */
export async function updatePolicyNotifications(db: Db, userId: string, body: PolicyNotificationSettingsBody, keys: ProfileKeys): Promise<MyProfile> {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into profiles (user_id, muted_policy_categories) values ($1, $2::text[])
       on conflict (user_id) do update set muted_policy_categories = excluded.muted_policy_categories, updated_at = now()`,
      [userId, [...new Set(body.mutedCategories)]],
    )
    await enqueuePersonRun(tx, userId)
  })
  return getProfile(db, userId, keys)
}
