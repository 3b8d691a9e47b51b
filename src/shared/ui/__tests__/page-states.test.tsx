import { fireEvent, render, screen } from '@testing-library/react'
import { ApiError, NetworkError } from '@/shared/api/errors'
import { NotBuiltYet, PageEmpty, PageError, PageLoading } from '..'

describe('page states', () => {
  it('PageError says what went wrong in plain Chinese and retries on the big button', () => {
    const onRetry = jest.fn()
    const { rerender } = render(<PageError error={new NetworkError('request:fail', true)} onRetry={onRetry} />)
    expect(screen.getByText('网络太慢，请求超时了，请稍后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)

    rerender(<PageError error={new ApiError(404, 'NOT_FOUND', '没有找到这个驿站')} />)
    expect(screen.getByText('没有找到这个驿站')).toBeInTheDocument()
    expect(screen.queryByText('重试')).not.toBeInTheDocument()
  })

  it('PageLoading and PageEmpty say what is happening', () => {
    render(<PageLoading text="正在找附近的驿站…" />)
    expect(screen.getByText('正在找附近的驿站…')).toBeInTheDocument()

    const onClick = jest.fn()
    render(<PageEmpty title="这个驿站暂时没有岗位" message="过几天再来看看" action={{ text: '看看附近的驿站', onClick }} />)
    expect(screen.getByText('这个驿站暂时没有岗位')).toBeInTheDocument()
    fireEvent.click(screen.getByText('看看附近的驿站'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('NotBuiltYet says plainly that the service is not available yet', () => {
    render(<NotBuiltYet feature="直播带岗" description="以后可以在这里看招聘直播。" meanwhile="现在可以在首页看岗位。" />)
    expect(screen.getByText('直播带岗：即将上线')).toBeInTheDocument()
    expect(screen.getByText('现在还不能使用。现在可以在首页看岗位。')).toBeInTheDocument()
  })
})
