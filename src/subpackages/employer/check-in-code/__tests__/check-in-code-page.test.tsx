import { act, screen, waitFor } from '@testing-library/react'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { buildCheckInCode } from '../../../../../test/jest/employer-fixtures'
import { uuid } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import CheckInCodePage from '../index'

const PATH = '/subpackages/employer/check-in-code/index'

/** Taro's H5 Image wraps an img: the picture the person sees. */
const qrSource = () => {
  const image = screen.getByLabelText('签到二维码')
  return image.getAttribute('src') ?? image.querySelector('img')?.getAttribute('src') ?? null
}

describe('the check-in code screen', () => {
  afterEach(() => jest.useRealTimers())

  it('shows the six digits and the QR, and fetches the next code just before this one expires', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-24T08:00:00+08:00') })
    const jobId = uuid()
    const codes = [
      buildCheckInCode({ code: '482913', qr: 'yz-checkin.v1.a.482913.sig', expiresAt: '2026-11-24T08:01:00+08:00' }),
      buildCheckInCode({ code: '905117', qr: 'yz-checkin.v1.a.905117.sig', expiresAt: '2026-11-24T08:02:00+08:00' }),
    ]
    serveApi({ getCheckInCode: () => codes[Math.min(callsTo('getCheckInCode').length - 1, 1)] })

    renderPage(CheckInCodePage, PATH, { jobId })

    expect(await screen.findByText('482913')).toBeInTheDocument()
    const firstQr = qrSource()
    expect(firstQr).toMatch(/^data:image\/gif;base64,/)
    expect(screen.getByText(/每分钟自动更换/)).toBeInTheDocument()
    expect(callsTo('getCheckInCode')[0]?.params).toEqual({ id: jobId })

    // Still the same code 50 s on; the next one arrives before the minute is up.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(50_000)
    })
    expect(screen.getByText('482913')).toBeInTheDocument()
    await act(async () => {
      await jest.advanceTimersByTimeAsync(8_000)
    })
    await waitFor(() => expect(screen.getByText('905117')).toBeInTheDocument())
    expect(screen.queryByText('482913')).not.toBeInTheDocument()
    expect(qrSource()).toMatch(/^data:image\/gif;base64,/)
    expect(qrSource()).not.toBe(firstQr)
    expect(callsTo('getCheckInCode')).toHaveLength(2)
  })

  it('says so when the job is not this employer’s', async () => {
    serveApi({ getCheckInCode: () => reply.error(403, 'FORBIDDEN', '只有发布这个岗位的用人单位能查看签到码') })
    renderPage(CheckInCodePage, PATH, { jobId: uuid() })
    expect(await screen.findByText('只有发布这个岗位的用人单位能查看签到码')).toBeInTheDocument()
  })

  it('keeps the screen on while shown, and lets it dim again once left', async () => {
    const locks: { released: boolean }[] = []
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: () => {
          const lock = { released: false, release: () => Promise.resolve(void (lock.released = true)) }
          locks.push(lock)
          return Promise.resolve(lock)
        },
      },
    })
    try {
      serveApi({ getCheckInCode: () => buildCheckInCode() })
      const page = renderPage(CheckInCodePage, PATH, { jobId: uuid() })
      await waitFor(() => expect(locks).toEqual([{ released: false, release: expect.any(Function) }]))

      page.unmount()
      await waitFor(() => expect(locks[0]?.released).toBe(true))
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock
    }
  })

  it('asks nothing for a broken link', () => {
    serveApi({})
    renderPage(CheckInCodePage, PATH, { jobId: 'not-an-id' })
    expect(screen.getByText('这个链接不完整')).toBeInTheDocument()
    expect(callsTo('getCheckInCode')).toHaveLength(0)
  })
})
