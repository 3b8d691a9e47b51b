type Privacy = typeof import('../privacy')
type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void

/** The privacy module as the mini-program build sees it, with WeChat's onNeedPrivacyAuthorization. */
function loadWeapp(): { privacy: Privacy; needAuthorization: () => Promise<{ event: string; buttonId?: string }>; registered: () => boolean } {
  let handler: ((resolve: Resolve) => void) | null = null
  let privacy!: Privacy
  jest.isolateModules(() => {
    const taro = (require('@tarojs/taro') as { default: Record<string, unknown> }).default
    taro.onNeedPrivacyAuthorization = (listener: (resolve: Resolve) => void) => {
      handler = listener
    }
    privacy = require('../privacy') as Privacy
  })
  return {
    privacy,
    registered: () => handler !== null,
    needAuthorization: () => new Promise((resolve) => handler?.(resolve)),
  }
}

describe('WeChat privacy authorization', () => {
  // The build replaces TARO_ENV everywhere; here it must hold while the code runs, not only at load.
  const previous = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = previous
  })

  it("leaves WeChat's official popup alone until a prompt is on screen", () => {
    const { registered } = loadWeapp()
    expect(registered()).toBe(false)
  })

  it('shows the prompt while WeChat waits, and passes on agreement with the button id', async () => {
    const { privacy, needAuthorization } = loadWeapp()
    const states: boolean[] = []
    const unsubscribe = privacy.subscribePrivacyRequest((open) => states.push(open))
    const answer = needAuthorization()
    expect(states).toEqual([false, true])
    privacy.answerPrivacyRequest(true, 'agree-button')
    await expect(answer).resolves.toEqual({ event: 'agree', buttonId: 'agree-button' })
    expect(states).toEqual([false, true, false])
    unsubscribe()
  })

  it('declines at once when no prompt is on screen, so the location call does not hang', async () => {
    const { privacy, needAuthorization } = loadWeapp()
    privacy.subscribePrivacyRequest(() => {})()
    await expect(needAuthorization()).resolves.toEqual({ event: 'disagree' })
  })
})
