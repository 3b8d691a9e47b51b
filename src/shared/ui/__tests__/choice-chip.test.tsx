import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { ChoiceChip } from '..'

function Chips({ danger = false }: { danger?: boolean }) {
  const [chosen, setChosen] = useState<string | null>(null)
  return (
    <>
      {['日结', '属实，下架岗位'].map((text) => (
        <ChoiceChip key={text} text={text} danger={danger} selected={chosen === text} onTap={() => setChosen(text)} />
      ))}
    </>
  )
}

describe('ChoiceChip', () => {
  it('is a button named by its text until chosen, then shows ✓ and is read as 已选', () => {
    render(<Chips />)
    fireEvent.click(screen.getByRole('button', { name: '日结' }))

    const chosen = screen.getByRole('button', { name: '日结，已选' })
    expect(chosen).toHaveTextContent('✓ 日结')
    expect(chosen).toHaveClass('yz-choice-chip', 'yz-choice-chip--selected')
    expect(chosen).not.toHaveClass('yz-choice-chip--danger')
    expect(screen.getByRole('button', { name: '属实，下架岗位' })).not.toHaveClass('yz-choice-chip--selected')
  })

  it('a danger chip turns red only once chosen', () => {
    render(<Chips danger />)
    expect(screen.getByRole('button', { name: '属实，下架岗位' })).not.toHaveClass('yz-choice-chip--danger')

    fireEvent.click(screen.getByRole('button', { name: '属实，下架岗位' }))
    expect(screen.getByRole('button', { name: '属实，下架岗位，已选' })).toHaveClass('yz-choice-chip--danger')
  })

  it('shows a note on a second line without adding it to the name', () => {
    render(<ChoiceChip text="保洁" note="清洁工、保洁员" selected={false} onTap={() => undefined} />)
    const chip = screen.getByRole('button', { name: '保洁' })
    expect(chip).toHaveTextContent('保洁清洁工、保洁员')
    expect(screen.getByText('清洁工、保洁员')).toHaveClass('yz-choice-chip__note')
  })
})
