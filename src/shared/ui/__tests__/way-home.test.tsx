import { fireEvent, render, screen } from '@testing-library/react'
import { taroTest } from '@tarojs/taro'
import { WayHome } from '..'

describe('WayHome (in the browser)', () => {
  it('on a page opened directly, offers 回首页, which goes to the home tab', () => {
    taroTest.setRoute('/pages/station/index', { code: 'LZ01' })
    render(<WayHome />)

    fireEvent.click(screen.getByRole('link', { name: '回首页' }))

    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
  })

  it('says where home leads when asked to, and works from the keyboard', () => {
    taroTest.setRoute('/pages/station/index', { code: 'LZ01' })
    render(<WayHome variant="block" text="看附近的更多岗位和驿站" />)

    fireEvent.keyDown(screen.getByRole('link', { name: '看附近的更多岗位和驿站' }), { key: 'Enter' })

    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
  })

  it('is not there when the page was opened from another page (back leads there)', () => {
    taroTest.setPagesBelow(['/pages/home/index'])
    taroTest.setRoute('/pages/station/index', { code: 'LZ01' })
    render(<WayHome />)

    expect(screen.queryByText('回首页')).not.toBeInTheDocument()
  })
})
