import { fireEvent, render, screen } from '@testing-library/react'
import { TextField } from '..'

const base = { id: 'code', label: '驿站码', value: 'LZ01', placeholder: '例如 LZ01', maxlength: 12, onInput: () => undefined }

describe('TextField', () => {
  it('is named by its label and hands on what is typed and what is left', () => {
    const onInput = jest.fn()
    const onBlur = jest.fn()
    render(<TextField {...base} onInput={onInput} onBlur={onBlur} />)
    const input = screen.getByPlaceholderText('例如 LZ01')
    expect(input.closest('[aria-labelledby]')).toHaveAttribute('aria-labelledby', 'yz-field-code')
    expect(document.getElementById('yz-field-code')).toHaveTextContent('驿站码')

    fireEvent.input(input, { target: { value: 'LZ02' } })
    fireEvent.blur(input, { target: { value: 'LZ02' } })
    expect(onInput).toHaveBeenLastCalledWith('LZ02')
    expect(onBlur).toHaveBeenLastCalledWith('LZ02')
  })

  it('says one thing under the field: the error first, then a warning, then the hint', () => {
    const { rerender } = render(<TextField {...base} hint="2 到 12 位" warning="校验码不对" error="驿站码已被占用" />)
    expect(screen.getByRole('alert')).toHaveTextContent('驿站码已被占用')
    expect(screen.queryByText('校验码不对')).toBeNull()

    rerender(<TextField {...base} hint="2 到 12 位" warning="校验码不对" />)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('校验码不对')

    rerender(<TextField {...base} hint="2 到 12 位" className="yz-station-form__field" />)
    expect(screen.getByText('2 到 12 位')).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByText('驿站码').closest('.yz-field')).toHaveClass('yz-station-form__field')
  })
})
