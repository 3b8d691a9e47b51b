import { FIRST_SCREEN_SHELL_ID } from '@/shared/contracts'
import { adoptPrintedStationUrl, takeStationFirstScreen } from '../first-screen'

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

describe("the server's picture of the first screen", () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('goes once the station page has taken the embedded data, on the next frame', async () => {
    document.body.innerHTML = `<div id="${FIRST_SCREEN_SHELL_ID}"><b>商场保洁</b></div><div id="app"></div>`
    expect(takeStationFirstScreen('LZ01')).toBeNull()
    // Still there while the page renders, so the screen is never blank.
    expect(document.getElementById(FIRST_SCREEN_SHELL_ID)).not.toBeNull()
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
    expect(document.getElementById(FIRST_SCREEN_SHELL_ID)).toBeNull()
    expect(document.getElementById('app')).not.toBeNull()
  })
})
