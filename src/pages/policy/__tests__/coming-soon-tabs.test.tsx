import { fireEvent, render, screen } from '@testing-library/react'
import { taroTest } from '@tarojs/taro'
import LivePage from '../../live'
import TrainingPage from '../../training'

describe('tabs whose service is not built yet', () => {
  it.each([
    ['直播', LivePage, '直播带岗：即将上线', '去首页看岗位'],
    ['培训', TrainingPage, '技能培训：即将上线', '找附近的零工驿站'],
  ])('%s says it is coming and leads to the home tab', (_tab, Page, heading, action) => {
    render(<Page />)
    expect(screen.getByText(heading)).toBeInTheDocument()
    expect(screen.getByText(/现在还不能使用/)).toBeInTheDocument()
    fireEvent.click(screen.getByText(action))
    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
  })
})
