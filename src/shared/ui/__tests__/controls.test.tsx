import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { ActionButton, Tappable } from '..'

describe('tappable things are controls', () => {
  it('a Tappable card is a link named by its text: a tap or Enter opens it, Space does not', () => {
    const onTap = jest.fn()
    render(
      <Tappable role="link" onTap={onTap}>
        <Text>仓库装卸工</Text>
        <Text>¥200/天</Text>
      </Tappable>,
    )
    const card = screen.getByRole('link', { name: /仓库装卸工/ })
    expect(card).toHaveAttribute('tabindex', '0')

    fireEvent.click(screen.getByText('¥200/天'))
    fireEvent.keyDown(card, { key: 'Enter' })
    fireEvent.keyDown(card, { key: ' ' })
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  it('a Tappable button answers Enter and Space, and takes a label when its text is not enough', () => {
    const onTap = jest.fn()
    render(
      <Tappable onTap={onTap} label="回到首页">
        <Text>⌂</Text>
      </Tappable>,
    )
    const button = screen.getByRole('button', { name: '回到首页' })
    fireEvent.keyDown(button, { key: 'Enter' })
    fireEvent.keyDown(button, { key: ' ' })
    // Held down, a key repeats: one press is one action.
    fireEvent.keyDown(button, { key: 'Enter', repeat: true })
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  it('an ActionButton is a button a keyboard can use, and does nothing while loading', () => {
    const onClick = jest.fn()
    const { rerender } = render(<ActionButton onClick={onClick}>加载更多</ActionButton>)
    const button = screen.getByRole('button', { name: '加载更多' })
    fireEvent.click(button)
    fireEvent.keyDown(button, { key: 'Enter' })
    expect(onClick).toHaveBeenCalledTimes(2)

    rerender(
      <ActionButton onClick={onClick} loading>
        正在加载…
      </ActionButton>,
    )
    const busy = screen.getByRole('button', { name: '正在加载…' })
    expect(busy).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(busy)
    fireEvent.keyDown(busy, { key: 'Enter' })
    expect(onClick).toHaveBeenCalledTimes(2)
  })
})
