import { render, screen } from '@testing-library/react'
import { taroTest } from '@tarojs/taro'
import { WayHome } from '..'

// The platform as the mini-program build sees it: WeChat draws its own home button.
jest.mock('@/shared/platform', () => ({ ...jest.requireActual('@/shared/platform'), hostShowsHomeButton: true }))

describe('WayHome in the mini-program', () => {
  it('leaves the way home to WeChat, even on a page opened directly', () => {
    taroTest.setRoute('/pages/station/index', { code: 'LZ01' })
    const { container } = render(<WayHome />)

    expect(screen.queryByText('回首页')).not.toBeInTheDocument()
    expect(container).toBeEmptyDOMElement()
  })
})
