import { JobStatuses, type JobStatus, type ReviewedJob } from '../../../src/shared/contracts/index'
import { inScope, type StaffScope } from '../auth/roles'
import type { Db } from '../db/types'
import { notFound } from '../http/errors'
import { notify } from '../messages/notify'
import { jobNotFound } from '../postings/errors'
import { conflict } from '../http/errors'
import { STOPPABLE } from '../postings/status'
import { stopApplications } from '../postings/stop-applications'
import { recordStaffAction } from '../staff/audit'
import { outOfScope } from './errors'

/** Posts that are shown: what staff can mark 驿站已核实. */
const LIVE: readonly JobStatus[] = ['open', 'filled']

interface JobState {
  status: JobStatus
  staff_note: string | null
  staff_checked_at: string | null
  staff_checked_by: string | null
  close_reason: string | null
  closed_at: string | null
  published_at: string | null
  updated_at: string
}

interface LockedJob extends JobState {
  id: string
  title: string
  district: string
  employer_id: string
  employer_name: string
}

const STATE_COLUMNS = 'status, staff_note, staff_checked_at, staff_checked_by, close_reason, closed_at, published_at, updated_at'

/** Row-locks the post for a decision. Every decision locks the post before its reports, so two never wait on each other. */
async function lockJob(tx: Db, id: string): Promise<LockedJob | null> {
  const [row] = await tx.query<LockedJob>(
    `select j.id, j.title, j.district, j.employer_id, e.name as employer_name,
       ${STATE_COLUMNS.split(', ').map((c) => `j.${c}`).join(', ')}
     from jobs j join employers e on e.id = j.employer_id where j.id = $1 for update of j`,
    [id],
  )
  return row ?? null
}

/** The audit record's before/after: the post's fields a decision changes, in the API's names. */
const jobState = (s: JobState) => ({
  status: s.status,
  staffNote: s.staff_note,
  staffCheckedAt: s.staff_checked_at,
  staffCheckedBy: s.staff_checked_by,
  closeReason: s.close_reason,
  closedAt: s.closed_at,
  publishedAt: s.published_at,
})

const reviewed = (id: string, s: JobState): ReviewedJob => ({
  id,
  status: s.status,
  checkedByStaff: s.staff_checked_at !== null,
  staffNote: s.staff_note,
  updatedAt: s.updated_at,
})

/** Changes the post and records who did it, with the fields before and after, in the same transaction. */
async function changeJob(tx: Db, staffId: string, job: LockedJob, action: string, reason: string | null, set: string, params: unknown[]): Promise<JobState> {
  const [after] = await tx.query<JobState>(
    `update jobs set ${set}, updated_at = now() where id = $1 returning ${STATE_COLUMNS}`,
    [job.id, ...params],
  )
  await recordStaffAction(tx, { staffId, action, targetKind: 'job', targetId: job.id, reason, before: jobState(job), after: jobState(after!) })
  return after!
}

/** Every user of the employer gets the message (a foreman as well as the boss). */
async function tellEmployer(tx: Db, employerId: string, n: { kind: 'job_review_result' | 'employer_verification'; title: string; body: string; jobId: string | null; dedupeKey: string }) {
  const users = await tx.query<{ id: string }>('select id from users where employer_id = $1', [employerId])
  for (const u of users) {
    await notify(tx, {
      userId: u.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.jobId ? { kind: 'job', id: n.jobId } : null,
      dedupeKey: n.dedupeKey,
    })
  }
}

async function lockedInScope(tx: Db, scope: StaffScope, jobId: string): Promise<LockedJob> {
  const job = await lockJob(tx, jobId)
  if (!job) throw jobNotFound()
  if (!inScope(scope, job.district)) throw outOfScope()
  return job
}

function requirePendingReview(job: LockedJob) {
  if (job.status !== 'pending_review') {
    throw conflict('JOB_NOT_PENDING_REVIEW', `这个岗位现在是“${JobStatuses[job.status]}”，不在待审核状态`)
  }
}

export async function approveJob(tx: Db, scope: StaffScope, jobId: string, reason: string): Promise<ReviewedJob> {
  const job = await lockedInScope(tx, scope, jobId)
  requirePendingReview(job)
  // Shown from now, at the top of the newest list, with the badge: staff have just looked at it.
  const after = await changeJob(
    tx,
    scope.staffId,
    job,
    'job.approve',
    reason,
    `status = 'open', published_at = now(), posted_at = now(), staff_checked_at = now(), staff_checked_by = $2, staff_note = $3`,
    [scope.staffId, reason],
  )
  await tellEmployer(tx, job.employer_id, {
    kind: 'job_review_result',
    title: '岗位审核通过',
    body: `你发布的「${job.title}」已通过驿站审核，现在求职者可以看到并报名。审核说明：${reason}`,
    jobId: job.id,
    dedupeKey: `job_review:${job.id}:approve:${after.updated_at}`,
  })
  return reviewed(job.id, after)
}

export async function rejectJob(tx: Db, scope: StaffScope, jobId: string, reason: string): Promise<ReviewedJob> {
  const job = await lockedInScope(tx, scope, jobId)
  requirePendingReview(job)
  const after = await changeJob(tx, scope.staffId, job, 'job.reject', reason, `status = 'draft', staff_note = $2`, [reason])
  await tellEmployer(tx, job.employer_id, {
    kind: 'job_review_result',
    title: '岗位审核未通过',
    body: `你发布的「${job.title}」没有通过驿站审核，已退回草稿：${reason}。请按说明修改后重新发布。`,
    jobId: job.id,
    dedupeKey: `job_review:${job.id}:reject:${after.updated_at}`,
  })
  return reviewed(job.id, after)
}

/**
 * Closes every open report on the post as upheld, each recorded and its reporter told. Returns how
 * many it closed.
 */
async function upholdOpenReports(tx: Db, staffId: string, job: LockedJob, reason: string): Promise<number> {
  const upheld = await tx.query<{ id: string; reporter_id: string; decided_at: string }>(
    `update job_reports set status = 'upheld', outcome_note = $2, decided_by = $3, decided_at = now()
     where job_id = $1 and status = 'open' returning id, reporter_id, decided_at`,
    [job.id, reason, staffId],
  )
  for (const r of upheld) {
    await recordStaffAction(tx, {
      staffId,
      action: 'report.uphold',
      targetKind: 'report',
      targetId: r.id,
      reason,
      before: { status: 'open', outcomeNote: null, decidedAt: null },
      after: { status: 'upheld', outcomeNote: reason, decidedAt: r.decided_at },
    })
    await notify(tx, {
      userId: r.reporter_id,
      kind: 'report_outcome',
      title: '举报处理结果：属实',
      body: `你举报的「${job.title}」经驿站核查属实，岗位已下架。处理说明：${reason}。谢谢你帮大家把关。`,
      link: { kind: 'job', id: job.id },
      dedupeKey: `report_outcome:${r.id}`,
    })
  }
  return upheld.length
}

/**
 * Takes a post down: closed for good, the employer told why, its applications stopped as when an
 * employer closes it (applied and hired cancelled and told, places freed; those at work keep theirs
 * and are told too), and its open reports upheld.
 */
async function takeDown(tx: Db, staffId: string, job: LockedJob, reason: string): Promise<{ after: JobState; closedReports: number }> {
  if (!STOPPABLE.includes(job.status)) {
    throw conflict('JOB_NOT_LIVE', `这个岗位现在是“${JobStatuses[job.status]}”，不能下架`)
  }
  const after = await changeJob(
    tx,
    staffId,
    job,
    'job.take_down',
    reason,
    `status = 'closed', close_reason = 'taken_down', closed_at = now(), staff_note = $2`,
    [reason],
  )
  await tellEmployer(tx, job.employer_id, {
    kind: 'job_review_result',
    title: '岗位已被下架',
    body: `你发布的「${job.title}」已被驿站下架：${reason}。如有疑问，请联系所在驿站。`,
    jobId: job.id,
    dedupeKey: `job_review:${job.id}:take_down:${after.updated_at}`,
  })
  await stopApplications(tx, { id: job.id, title: job.title, employerName: job.employer_name }, { actor: 'staff', userId: staffId }, {
    title: '岗位已下架',
    reason,
    result: '已下架',
    applied: `你报名的「${job.title}」已被驿站下架，报名随之取消。原因：${reason}。可以看看别的岗位。`,
    hired: `你被录用的「${job.title}」已被驿站下架，录用随之取消，请不要再去上工。原因：${reason}。可以看看别的岗位。`,
    // Already at work: the place is kept so the work done is completed and paid, but they should know why.
    checkedIn: `你已签到的「${job.title}」已被驿站下架。原因：${reason}。已经做的工照常确认完工，工钱等问题可以找驿站帮忙。`,
  })
  const closedReports = await upholdOpenReports(tx, staffId, job, reason)
  return { after, closedReports }
}

export async function takeDownJob(tx: Db, scope: StaffScope, jobId: string, reason: string): Promise<ReviewedJob> {
  const job = await lockedInScope(tx, scope, jobId)
  const { after } = await takeDown(tx, scope.staffId, job, reason)
  return reviewed(job.id, after)
}

/** 驿站已核实: staff looked at a shown post and found it right. Checking again renews the date. */
export async function checkJob(tx: Db, scope: StaffScope, jobId: string, reason: string | null): Promise<ReviewedJob> {
  const job = await lockedInScope(tx, scope, jobId)
  if (!LIVE.includes(job.status)) {
    throw conflict('JOB_NOT_LIVE', `这个岗位现在是“${JobStatuses[job.status]}”，只能核实在招的岗位`)
  }
  const after = await changeJob(
    tx,
    scope.staffId,
    job,
    'job.check',
    reason,
    `staff_checked_at = now(), staff_checked_by = $2, staff_note = coalesce($3, staff_note)`,
    [scope.staffId, reason],
  )
  return reviewed(job.id, after)
}

interface EmployerState {
  verification_status: 'unverified' | 'pending' | 'verified' | 'rejected'
  verification_note: string | null
  verified_at: string | null
}

const employerState = (s: EmployerState) => ({ verificationStatus: s.verification_status, verificationNote: s.verification_note, verifiedAt: s.verified_at })

export async function decideEmployer(tx: Db, scope: StaffScope, employerId: string, decision: 'verify' | 'reject', reason: string) {
  const [employer] = await tx.query<EmployerState & { id: string; name: string; district: string | null }>(
    'select id, name, district, verification_status, verification_note, verified_at from employers where id = $1 for update',
    [employerId],
  )
  if (!employer) throw notFound('EMPLOYER_NOT_FOUND', '没有找到这个用人单位')
  if (!inScope(scope, employer.district)) throw outOfScope()
  if (employer.verification_status !== 'pending') {
    const now = { unverified: '未提交认证', verified: '已认证', rejected: '认证未通过', pending: '' }[employer.verification_status]
    throw conflict('EMPLOYER_NOT_PENDING', `这个单位现在是“${now}”，没有待审核的认证`)
  }
  const [after] = await tx.query<EmployerState & { updated_at: string }>(
    decision === 'verify'
      ? `update employers set verification_status = 'verified', verified_at = now(), verification_note = $2, updated_at = now()
         where id = $1 returning verification_status, verification_note, verified_at, updated_at`
      : `update employers set verification_status = 'rejected', verified_at = null, verification_note = $2, updated_at = now()
         where id = $1 returning verification_status, verification_note, verified_at, updated_at`,
    [employer.id, reason],
  )
  await recordStaffAction(tx, {
    staffId: scope.staffId,
    action: `employer.${decision}`,
    targetKind: 'employer',
    targetId: employer.id,
    reason,
    before: employerState(employer),
    after: employerState(after!),
  })
  await tellEmployer(tx, employer.id, {
    kind: 'employer_verification',
    ...(decision === 'verify'
      ? { title: '单位认证通过', body: `「${employer.name}」已通过驿站认证，现在可以发布岗位了。说明：${reason}` }
      : { title: '单位认证未通过', body: `「${employer.name}」没有通过驿站认证：${reason}。请按说明补充材料后重新提交。` }),
    jobId: null,
    dedupeKey: `employer_verification:${employer.id}:${after!.updated_at}`,
  })
  return { id: employer.id, verificationStatus: after!.verification_status, verificationNote: after!.verification_note, verifiedAt: after!.verified_at }
}

export async function decideReport(tx: Db, scope: StaffScope, reportId: string, decision: 'uphold' | 'dismiss', reason: string) {
  const reportNotFound = () => notFound('REPORT_NOT_FOUND', '没有找到这条举报')
  const [seen] = await tx.query<{ job_id: string }>('select job_id from job_reports where id = $1', [reportId])
  if (!seen) throw reportNotFound()
  const job = await lockedInScope(tx, scope, seen.job_id)
  // Read again under the post's lock: another decision may have closed it meanwhile.
  const [report] = await tx.query<{ id: string; status: string; reporter_id: string }>(
    'select id, status, reporter_id from job_reports where id = $1 for update',
    [reportId],
  )
  if (!report) throw reportNotFound()
  if (report.status !== 'open') throw conflict('REPORT_ALREADY_DECIDED', '这条举报已经处理过了')

  let jobStatus = job.status
  let closedReports: number
  if (decision === 'uphold') {
    // A post still shown is taken down (which upholds its open reports); one already stopped keeps its state.
    if (STOPPABLE.includes(job.status)) {
      const done = await takeDown(tx, scope.staffId, job, reason)
      jobStatus = done.after.status
      closedReports = done.closedReports
    } else {
      closedReports = await upholdOpenReports(tx, scope.staffId, job, reason)
    }
  } else {
    const [after] = await tx.query<{ decided_at: string }>(
      `update job_reports set status = 'dismissed', outcome_note = $2, decided_by = $3, decided_at = now() where id = $1 returning decided_at`,
      [report.id, reason, scope.staffId],
    )
    await recordStaffAction(tx, {
      staffId: scope.staffId,
      action: 'report.dismiss',
      targetKind: 'report',
      targetId: report.id,
      reason,
      before: { status: 'open', outcomeNote: null, decidedAt: null },
      after: { status: 'dismissed', outcomeNote: reason, decidedAt: after!.decided_at },
    })
    await notify(tx, {
      userId: report.reporter_id,
      kind: 'report_outcome',
      title: '举报处理结果：未发现问题',
      body: `你举报的「${job.title}」经驿站核查，没有发现问题。说明：${reason}。如果有新的情况，可以再次举报。`,
      link: { kind: 'job', id: job.id },
      dedupeKey: `report_outcome:${report.id}`,
    })
    closedReports = 1
  }
  const [done] = await tx.query<{ status: 'upheld' | 'dismissed'; outcome_note: string | null; decided_at: string | null }>(
    'select status, outcome_note, decided_at from job_reports where id = $1',
    [report.id],
  )
  return {
    id: report.id,
    status: done!.status,
    outcomeNote: done!.outcome_note,
    decidedAt: done!.decided_at,
    job: { id: job.id, status: jobStatus },
    closedReports,
  }
}
