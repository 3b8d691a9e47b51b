import Taro from '@tarojs/taro'
import { choosePhoto, mimeTypeOf } from '../upload'

type ChooseOutcome = { tempFilePaths: string[]; tempFiles: { path: string; size: number; type?: string }[] } | { errMsg: string }

function fakeChooseImage(outcome: ChooseOutcome) {
  const calls: unknown[] = []
  ;(Taro as unknown as { chooseImage: unknown }).chooseImage = (options: unknown) => {
    calls.push(options)
    return 'errMsg' in outcome ? Promise.reject(outcome) : Promise.resolve({ ...outcome, errMsg: 'chooseImage:ok' })
  }
  return calls
}

afterEach(() => {
  delete (Taro as unknown as { chooseImage?: unknown }).chooseImage
})

describe('choosing a photo', () => {
  it('asks for one photo from the album or the camera', async () => {
    const calls = fakeChooseImage({ tempFilePaths: ['wxfile://tmp_a.jpg'], tempFiles: [{ path: 'wxfile://tmp_a.jpg', size: 2048 }] })
    await choosePhoto()
    expect(calls).toEqual([{ count: 1, sizeType: ['original', 'compressed'], sourceType: ['album', 'camera'] }])
  })

  it('WeChat: the type comes from the file name', async () => {
    fakeChooseImage({ tempFilePaths: ['http://tmp/abc.PNG'], tempFiles: [{ path: 'http://tmp/abc.PNG', size: 2048 }] })
    await expect(choosePhoto()).resolves.toEqual({ path: 'http://tmp/abc.PNG', sizeBytes: 2048, mimeType: 'image/png' })
  })

  it('browser: the type is the file’s own (a blob: URL has no name)', async () => {
    fakeChooseImage({ tempFilePaths: ['blob:http://localhost/1'], tempFiles: [{ path: 'blob:http://localhost/1', size: 9_000_000, type: 'image/jpeg' }] })
    await expect(choosePhoto()).resolves.toEqual({ path: 'blob:http://localhost/1', sizeBytes: 9_000_000, mimeType: 'image/jpeg' })
  })

  it('closing the picker is no error', async () => {
    fakeChooseImage({ errMsg: 'chooseImage:fail cancel' })
    await expect(choosePhoto()).resolves.toBeNull()
  })

  it('a refused permission says what to do', async () => {
    fakeChooseImage({ errMsg: 'chooseImage:fail auth deny' })
    await expect(choosePhoto()).rejects.toThrow('没能打开相机或相册。请在手机设置里允许使用相机和相册，然后再试')
  })

  it('a file the browser could not open as a picture (dropped by Taro) asks for another', async () => {
    fakeChooseImage({ tempFilePaths: [], tempFiles: [] })
    await expect(choosePhoto()).rejects.toThrow('这张照片打不开，请换一张 JPG 或 PNG 格式的照片')
  })

  it('reads types from names, ignoring a query, and gives null when unknown', () => {
    expect(mimeTypeOf(undefined, 'wxfile://tmp_1.jpeg?x=1')).toBe('image/jpeg')
    expect(mimeTypeOf('', 'a.heic')).toBe('image/heic')
    expect(mimeTypeOf(undefined, 'blob:http://localhost/1')).toBeNull()
    expect(mimeTypeOf('IMAGE/PNG', 'x')).toBe('image/png')
  })
})
