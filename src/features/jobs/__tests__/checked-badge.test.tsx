import { render, screen } from '@testing-library/react'
import { JobCard } from '../components/job-card'
import { JobDetails } from '../components/job-details'
import { buildJob } from '../../../../test/jest/fixtures'

describe('驿站已核实', () => {
  it('shows on a checked post’s card and detail, and not on others', () => {
    const checked = buildJob({ title: '商场保洁', checkedByStaff: true })
    const unchecked = buildJob({ title: '仓库装卸', checkedByStaff: false })
    render(
      <>
        <JobCard job={checked} />
        <JobCard job={unchecked} />
      </>,
    )
    expect(screen.getAllByText('✓ 驿站已核实')).toHaveLength(1)
    expect(screen.getByText('✓ 驿站已核实').closest('.yz-job-card')).toHaveTextContent('商场保洁')
  })

  it('the detail says what it means', () => {
    render(<JobDetails job={buildJob({ checkedByStaff: true })} today="2026-11-23" />)
    expect(screen.getByText('✓ 驿站已核实')).toBeInTheDocument()
    expect(screen.getByText('驿站工作人员核对过这个岗位的信息。')).toBeInTheDocument()
  })
})
