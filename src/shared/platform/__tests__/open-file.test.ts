import Taro from '@tarojs/taro'
import { weappDuringEachTest } from '../../../../test/jest/weapp-env'
import { DownloadRefusedError, downloadFile, openPdf, saveImage } from '../open-file'

type Fake = jest.Mock
const taro = Taro as unknown as Record<string, Fake | undefined>

/** WeChat's file APIs, played by the test (the shared Taro double has none of them). */
function fakeWechatFiles(download: (options: { url: string; header: Record<string, string> }) => unknown) {
  const calls = { downloads: [] as { url: string; header: Record<string, string>; withCredentials?: boolean }[], opened: [] as unknown[], saved: [] as string[] }
  taro.downloadFile = jest.fn((options: { url: string; header: Record<string, string>; withCredentials?: boolean }) => {
    calls.downloads.push(options)
    return Promise.resolve().then(() => download(options))
  })
  taro.openDocument = jest.fn((options: unknown) => {
    calls.opened.push(options)
    return Promise.resolve({ errMsg: 'openDocument:ok' })
  })
  taro.saveImageToPhotosAlbum = jest.fn(({ filePath }: { filePath: string }) => {
    calls.saved.push(filePath)
    return Promise.resolve({ errMsg: 'saveImageToPhotosAlbum:ok' })
  })
  return calls
}

afterEach(() => {
  delete taro.downloadFile
  delete taro.openDocument
  delete taro.saveImageToPhotosAlbum
  jest.restoreAllMocks()
})

describe('downloadFile', () => {
  it('sends the headers without cookies and returns any status with the local path', async () => {
    const calls = fakeWechatFiles(() => ({ statusCode: 503, tempFilePath: 'wxfile://tmp/1.png' }))
    await expect(downloadFile('https://api.example/x.png', { Authorization: 'Bearer t' })).resolves.toEqual({ statusCode: 503, path: 'wxfile://tmp/1.png' })
    expect(calls.downloads[0]).toMatchObject({ url: 'https://api.example/x.png', header: { Authorization: 'Bearer t' }, withCredentials: false })
  })

  it('says in plain Chinese when the connection fails or is too slow', async () => {
    fakeWechatFiles(() => Promise.reject({ errMsg: 'downloadFile:fail timeout' }))
    await expect(downloadFile('https://api.example/x.png')).rejects.toThrow('网络太慢，下载超时了，请稍后重试')
    fakeWechatFiles(() => Promise.reject({ errMsg: 'downloadFile:fail' }))
    await expect(downloadFile('https://api.example/x.png')).rejects.toThrow('网络连接不上，没能下载，请检查网络后重试')
  })
})

describe('in the browser', () => {
  it('hands the PDF and the picture to a download link, named, in a new tab', async () => {
    const clicked: { href: string; download: string; target: string }[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, target: this.target })
    })

    await expect(openPdf('https://api.example/api/v1/stations/1/poster.pdf', '驿站海报-LZ01.pdf')).resolves.toBe('downloaded')
    await expect(saveImage({ url: 'https://api.example/api/v1/stations/1/poster.png' }, '驿站海报-LZ01.png')).resolves.toBe('downloaded')
    await expect(saveImage({ path: 'blob:https://app.example/123' }, '小程序码-LZ01.png')).resolves.toBe('downloaded')

    expect(clicked).toEqual([
      { href: 'https://api.example/api/v1/stations/1/poster.pdf', download: '驿站海报-LZ01.pdf', target: '_blank' },
      { href: 'https://api.example/api/v1/stations/1/poster.png', download: '驿站海报-LZ01.png', target: '_blank' },
      { href: 'blob:https://app.example/123', download: '小程序码-LZ01.png', target: '_blank' },
    ])
    // The links do not stay in the page.
    expect(document.querySelectorAll('a')).toHaveLength(0)
  })
})

describe('in the mini-program', () => {
  weappDuringEachTest()

  it('opens the PDF in WeChat’s document viewer with its menu (print, forward)', async () => {
    const calls = fakeWechatFiles(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/poster.pdf' }))
    await expect(openPdf('https://api.example/poster.pdf', '驿站海报-LZ01.pdf')).resolves.toBe('opened')
    expect(calls.opened).toEqual([{ filePath: 'wxfile://tmp/poster.pdf', fileType: 'pdf', showMenu: true }])
  })

  it('refuses with the status when the server did not send the file', async () => {
    const calls = fakeWechatFiles(() => ({ statusCode: 404, tempFilePath: 'wxfile://tmp/error' }))
    const error = await openPdf('https://api.example/poster.pdf', 'x.pdf').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DownloadRefusedError)
    expect((error as DownloadRefusedError).statusCode).toBe(404)
    expect(calls.opened).toEqual([])
  })

  it('says so when the viewer cannot open the PDF', async () => {
    fakeWechatFiles(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/poster.pdf' }))
    taro.openDocument = jest.fn(() => Promise.reject({ errMsg: 'openDocument:fail' }))
    await expect(openPdf('https://api.example/poster.pdf', 'x.pdf')).rejects.toThrow('没能打开 PDF，请稍后再试')
  })

  it('saves a picture from a URL or a downloaded file into the album', async () => {
    const calls = fakeWechatFiles(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/poster.png' }))
    await expect(saveImage({ url: 'https://api.example/poster.png' }, 'x.png')).resolves.toBe('saved')
    await expect(saveImage({ path: 'wxfile://tmp/code.png' }, 'y.png')).resolves.toBe('saved')
    expect(calls.saved).toEqual(['wxfile://tmp/poster.png', 'wxfile://tmp/code.png'])
    expect(calls.downloads).toHaveLength(1)
  })

  it('is quiet when the person declines, and explains a refused album permission', async () => {
    fakeWechatFiles(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/poster.png' }))
    taro.saveImageToPhotosAlbum = jest.fn(() => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail cancel' }))
    await expect(saveImage({ path: 'wxfile://tmp/code.png' }, 'y.png')).resolves.toBeNull()

    taro.saveImageToPhotosAlbum = jest.fn(() => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }))
    await expect(saveImage({ path: 'wxfile://tmp/code.png' }, 'y.png')).rejects.toThrow('没有保存到相册的权限。请点右上角「…」→「设置」，允许「添加到相册」后再试')

    taro.saveImageToPhotosAlbum = jest.fn(() => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail file not found' }))
    await expect(saveImage({ path: 'wxfile://tmp/code.png' }, 'y.png')).rejects.toThrow('图片没有保存下来，请稍后再试')
  })

  it('says where the files go, in WeChat’s words', () => {
    jest.isolateModules(() => {
      const { fileActionHints } = require('../open-file') as typeof import('../open-file')
      expect(fileActionHints.pdf).toBe('PDF 打开后，点右上角「…」可以转发到电脑或用其他应用打印。')
      expect(fileActionHints.image).toBe('图片会保存到手机相册。')
    })
  })
})
