import { buildMessage } from '../../../../test/jest/application-fixtures'
import { uuid } from '../../../../test/jest/fixtures'
import { messageTarget } from '../model/message-target'

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

  it('no link: nothing to open', () => {
    expect(messageTarget(buildMessage({ link: null }))).toBeNull()
  })
})
