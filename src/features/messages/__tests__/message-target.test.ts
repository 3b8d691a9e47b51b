import { buildMessage } from '../../../../test/jest/application-fixtures'
import { uuid } from '../../../../test/jest/fixtures'
import { messageIcon, messageTarget } from '../model/message-target'

describe('where a message opens', () => {
  const id = uuid()

  it('a worker message: the application or the job', () => {
    expect(messageTarget(buildMessage({ link: { kind: 'application', id } }))).toBe(`/subpackages/work/application/index?id=${id}`)
    expect(messageTarget(buildMessage({ kind: 'work_reminder', link: { kind: 'job', id } }))).toBe(`/subpackages/jobs/detail/index?id=${id}`)
  })

  it("an employer's new applicant: that job's applicants, else their jobs", () => {
    expect(messageTarget(buildMessage({ kind: 'application_received', link: { kind: 'job', id } }))).toBe(`/subpackages/employer/applicants/index?jobId=${id}`)
    expect(messageTarget(buildMessage({ kind: 'application_received', link: { kind: 'application', id } }))).toBe('/subpackages/employer/jobs/index')
  })

  it('a policy push opens the policy; a subsidy application’s progress opens that application', () => {
    expect(messageTarget(buildMessage({ kind: 'policy_match', link: { kind: 'policy', id } }))).toBe(`/subpackages/policies/detail/index?id=${id}`)
    expect(messageTarget(buildMessage({ kind: 'subsidy_progress', link: { kind: 'subsidy_application', id } }))).toBe(`/subpackages/policies/application/index?id=${id}`)
  })

  it('policy push and subsidy progress have their own icons', () => {
    expect(messageIcon('policy_match')).toBe('政')
    expect(messageIcon('subsidy_progress')).toBe('补')
    expect(messageIcon('job_review_result')).toBe('审')
    expect(messageIcon('application_hired')).toBe('工')
  })

  it('no link: nothing to open', () => {
    expect(messageTarget(buildMessage({ link: null }))).toBeNull()
  })
})
