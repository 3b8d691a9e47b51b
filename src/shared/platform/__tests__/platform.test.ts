import { taroTest } from '@tarojs/taro'
import { wgs84ToGcj02 } from '../coordinates'
import { callPhone, decodeScene, getCurrentLocation, platform, supportsWechatLogin, wechatLoginCode } from '..'

describe('platform (as the H5 build sees it)', () => {
  beforeEach(() => taroTest.reset())

  it('is h5, without WeChat sign-in', async () => {
    expect(platform).toBe('h5')
    expect(supportsWechatLogin).toBe(false)
    await expect(wechatLoginCode()).rejects.toThrow('微信登录只能在微信小程序里使用')
  })

  it('gives the position in GCJ-02, or null when location is denied — never throws', async () => {
    taroTest.setLocation({ latitude: 39.908823, longitude: 116.39747 })
    const here = await getCurrentLocation()
    expect(here?.lat).toBeCloseTo(39.91023, 4)
    expect(here?.lng).toBeCloseTo(116.40371, 4)

    taroTest.setLocation(null)
    await expect(getCurrentLocation()).resolves.toBeNull()
  })

  it('calls the digits of a phone number and says whether it could', async () => {
    await expect(callPhone('0755-8888 1234')).resolves.toBe(true)
    await expect(callPhone('—')).resolves.toBe(false)
  })

  it('decodes a mini-program code scene', () => {
    expect(decodeScene('s%3DSZ01')).toEqual({ s: 'SZ01' })
    expect(decodeScene('s=SZ01&from=poster')).toEqual({ s: 'SZ01', from: 'poster' })
    expect(decodeScene(undefined)).toEqual({})
    expect(decodeScene('%E0%A4%A')).toEqual({})
  })
})

describe('wgs84ToGcj02', () => {
  it('shifts points inside mainland China by a few hundred metres and leaves others alone', () => {
    const beijing = wgs84ToGcj02({ lat: 39.908823, lng: 116.39747 })
    expect(beijing.lng - 116.39747).toBeGreaterThan(0.005)
    expect(beijing.lng - 116.39747).toBeLessThan(0.007)
    expect(wgs84ToGcj02({ lat: 48.8566, lng: 2.3522 })).toEqual({ lat: 48.8566, lng: 2.3522 })
  })
})
