import { adoptPrintedStationUrl } from '../first-screen'

describe('a printed station URL in H5', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('becomes the station page route before the router starts', () => {
    window.history.replaceState(null, '', '/s/LZ01')
    adoptPrintedStationUrl()
    expect(window.location.pathname).toBe('/')
    expect(window.location.hash).toBe('#/pages/station/index?code=LZ01')
  })

  it('keeps an encoded code encoded, and leaves other addresses alone', () => {
    window.history.replaceState(null, '', `/s/${encodeURIComponent('a b&c')}/`)
    adoptPrintedStationUrl()
    expect(window.location.hash).toBe('#/pages/station/index?code=a%20b%26c')

    window.history.replaceState(null, '', '/#/pages/jobs/detail?id=1')
    adoptPrintedStationUrl()
    expect(window.location.hash).toBe('#/pages/jobs/detail?id=1')
    window.history.replaceState(null, '', '/s/LZ01/extra')
    adoptPrintedStationUrl()
    expect(window.location.pathname).toBe('/s/LZ01/extra')
  })
})
