import type { ApplicationForm, EligibilityPersonFacts, Policy, SubsidyApplicationBody } from '../../../src/shared/contracts/index'
import { REGIONS, evaluate } from '../../../src/shared/eligibility/index'
import type { Db } from '../db/types'
import { conflict } from '../http/errors'
import { profileFacts } from '../policies/matching'
import { CITY_REGION, getPolicy } from '../policies/store'
import { checkAgainstForm, requireOwnMaterials, type CheckedApplication } from './form'
import { notifyStep } from './notices'
import { applicationRow, myApplicationRow, recordEvent, toApplication, writeMaterials } from './store'

const applicationExists = () =>
  conflict('APPLICATION_EXISTS', '您已经申请过这项政策，申请还在办理中，请在“我的补贴申请”里查看进度')
const keyReused = () => conflict('IDEMPOTENCY_KEY_REUSED', '这个请求编号已用于另一次申请，请刷新后重试')

const inCity = (region: string | undefined): region is string => region !== undefined && REGIONS[region] === CITY_REGION

/**
 * Which staff handle an application: a district's policy, that district's; a city-wide one, the
 * district the person lives in, else the one of their household, else the city's own staff.
 */
export function regionFor(policyRegion: string, facts: EligibilityPersonFacts): string {
  if (policyRegion !== CITY_REGION) return policyRegion
  if (inCity(facts.residenceRegion)) return facts.residenceRegion
  if (inCity(facts.householdRegion)) return facts.householdRegion
  return CITY_REGION
}

/** The body checked against the policy's form, and every photo the person's own upload. */
async function checkBody(tx: Db, form: ApplicationForm, personId: string, body: SubsidyApplicationBody): Promise<CheckedApplication> {
  const checked = checkAgainstForm(form, body)
  await requireOwnMaterials(tx, personId, checked.materials)
  return checked
}

/** A published policy that takes online applications and has not expired, or the refusal that says why not. */
async function openOnlinePolicy(tx: Db, policyId: string, today: string): Promise<Policy> {
  const policy = await getPolicy(tx, policyId, null, today)
  if (policy.applyMethod.kind !== 'online' || !policy.applicationForm) {
    throw conflict('POLICY_NOT_ONLINE', '这项政策不能在网上申请，请按政策说明到办理地点申请')
  }
  if (policy.expired) throw conflict('POLICY_EXPIRED', '这项政策已过申请截止日期')
  return policy
}

/**
 * A new application, all in the caller's transaction: nothing is written unless everything passes.
 * With an Idempotency-Key, a repeat of the same request answers with what the first one made.
 */
export async function applyForSubsidy(tx: Db, personId: string, policyId: string, body: SubsidyApplicationBody, key: string | undefined, today: string) {
  const earlier = async () => {
    if (!key) return null
    const [row] = await tx.query<{ id: string; policy_id: string }>(
      'select id, policy_id from subsidy_applications where person_id = $1 and idempotency_key = $2',
      [personId, key],
    )
    if (!row) return null
    if (row.policy_id !== policyId) throw keyReused()
    return toApplication(tx, (await applicationRow(tx, row.id))!)
  }
  const repeat = await earlier()
  if (repeat) return repeat

  const policy = await openOnlinePolicy(tx, policyId, today)
  const open = await tx.query(
    `select 1 from subsidy_applications where person_id = $1 and policy_id = $2 and status not in ('rejected', 'paid')`,
    [personId, policyId],
  )
  if (open.length > 0) throw applicationExists()
  const facts = await profileFacts(tx, personId)
  const verdict = evaluate(policy.conditions, facts, today)
  if (verdict.result === 'ineligible') throw conflict('NOT_ELIGIBLE', `按您在“我的资料”里填写的情况，暂不符合这项政策：${verdict.reason}`)
  const checked = await checkBody(tx, policy.applicationForm!, personId, body)

  // A second request of the same person racing this one waits here on the unique indexes, then finds the conflict.
  const [inserted] = await tx.query<{ id: string }>(
    `insert into subsidy_applications (policy_id, person_id, region, fields, idempotency_key)
     values ($1, $2, $3, $4::jsonb, $5) on conflict do nothing returning id`,
    [policyId, personId, regionFor(policy.region, facts), JSON.stringify(checked.fields), key ?? null],
  )
  if (!inserted) {
    const raced = await earlier()
    if (raced) return raced
    throw applicationExists()
  }
  await writeMaterials(tx, inserted.id, checked.materials)
  const eventId = await recordEvent(tx, { applicationId: inserted.id, status: 'submitted' })
  await notifyStep(tx, { applicationId: inserted.id, personId, policyTitle: policy.title, status: 'submitted', eventId, note: null }, false)
  return toApplication(tx, (await applicationRow(tx, inserted.id))!)
}

/**
 * The person sends the whole application again after staff asked for more: checked against the
 * form as it is now, and back to 已提交 for staff.
 */
export async function resubmitSubsidyApplication(tx: Db, personId: string, id: string, body: SubsidyApplicationBody) {
  const row = await myApplicationRow(tx, personId, id, true)
  if (row.status !== 'needs_more') {
    throw conflict('INVALID_TRANSITION', '只有“需补充材料”的申请可以重新提交')
  }
  // The form as the policy asks for it now, even if the policy was withdrawn since: what was started is finished.
  const [policy] = await tx.query<{ application_form: ApplicationForm | null }>('select application_form from policies where id = $1', [row.policy_id])
  if (!policy?.application_form) throw conflict('INVALID_TRANSITION', '这项政策已改为线下办理，请按政策说明到办理地点补充材料')
  const checked = await checkBody(tx, policy.application_form, personId, body)
  await tx.query(
    `update subsidy_applications set fields = $2::jsonb, status = 'submitted', staff_note = null, updated_at = now() where id = $1`,
    [id, JSON.stringify(checked.fields)],
  )
  await writeMaterials(tx, id, checked.materials)
  const eventId = await recordEvent(tx, { applicationId: id, status: 'submitted', resubmitted: true })
  await notifyStep(tx, { applicationId: id, personId, policyTitle: row.policy_title, status: 'submitted', eventId, note: null }, false)
  return toApplication(tx, (await applicationRow(tx, id))!)
}
