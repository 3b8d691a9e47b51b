import Taro from '@tarojs/taro'
import { keepScreenOn } from '../screen'

describe('keeping the screen on while a code is shown', () => {
  const taro = Taro as unknown as { setKeepScreenOn?: (options: { keepScreenOn: boolean }) => Promise<unknown> }
  const env = process.env.TARO_ENV

  afterEach(() => {
    process.env.TARO_ENV = env
    delete taro.setKeepScreenOn
    delete (navigator as { wakeLock?: unknown }).wakeLock
  })

  it('in the mini-program, turns WeChat’s keep-screen-on on and off', async () => {
    process.env.TARO_ENV = 'weapp'
    let screenOn = false
    taro.setKeepScreenOn = ({ keepScreenOn: on }) => {
      screenOn = on
      return Promise.resolve({ errMsg: 'setKeepScreenOn:ok' })
    }

    await expect(keepScreenOn(true)).resolves.toBe(true)
    expect(screenOn).toBe(true)
    await expect(keepScreenOn(false)).resolves.toBe(true)
    expect(screenOn).toBe(false)
  })

  it('in the mini-program, a refusal is no failure of the page', async () => {
    process.env.TARO_ENV = 'weapp'
    taro.setKeepScreenOn = () => Promise.reject({ errMsg: 'setKeepScreenOn:fail' })
    await expect(keepScreenOn(true)).resolves.toBe(false)
  })

  it('in the browser, holds a screen wake lock and lets it go', async () => {
    const held: { released: boolean }[] = []
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: () => {
          const lock = { released: false, release: () => Promise.resolve(void (lock.released = true)) }
          held.push(lock)
          return Promise.resolve(lock)
        },
      },
    })

    await expect(keepScreenOn(true)).resolves.toBe(true)
    expect(held).toEqual([expect.objectContaining({ released: false })])
    await keepScreenOn(false)
    expect(held[0]?.released).toBe(true)
  })

  it('in a browser without wake locks, does nothing and says so', async () => {
    await expect(keepScreenOn(true)).resolves.toBe(false)
  })
})
