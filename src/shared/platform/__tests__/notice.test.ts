import Taro from '@tarojs/taro'
import { showNotice as showNoticeH5 } from '../notice.h5'
import { showNotice } from '../notice'

describe('showNotice', () => {
  afterEach(() => {
    jest.useRealTimers()
    document.getElementById('yz-notice')?.remove()
  })

  it('in the mini-program: WeChat’s toast without an icon, for the time asked', () => {
    const toast = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'showToast:ok' }))
    showNotice('链接已复制', 3000)
    expect(toast).toHaveBeenCalledWith({ title: '链接已复制', icon: 'none', duration: 3000 })
    toast.mockRestore()
  })

  it('in H5: a polite live region with the text, gone after its time; a second notice replaces the first', () => {
    jest.useFakeTimers()
    showNoticeH5('刷新没有成功', 2000)
    const box = document.getElementById('yz-notice')!
    expect(box.getAttribute('role')).toBe('status')
    expect(box.textContent).toBe('刷新没有成功')
    expect(box.hidden).toBe(false)
    expect(parseFloat(box.style.fontSize)).toBeGreaterThanOrEqual(16)

    jest.advanceTimersByTime(1500)
    showNoticeH5('没能拨出', 2000)
    expect(document.querySelectorAll('#yz-notice')).toHaveLength(1)
    expect(box.textContent).toBe('没能拨出')
    jest.advanceTimersByTime(1500)
    // The first notice's timer no longer hides the second.
    expect(box.hidden).toBe(false)
    jest.advanceTimersByTime(600)
    expect(box.hidden).toBe(true)
  })
})
