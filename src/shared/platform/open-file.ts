/**
 * Files the app fetches for the person to keep: a PDF to print or forward, a picture to save. WeChat
 * downloads to a temporary path and hands it to its document viewer or the photo album; a browser
 * follows a download link instead (neither has the other's tools).
 */
import Taro from '@tarojs/taro'

/** A file of a few hundred KB over a slow phone connection takes longer than a JSON request may. */
export const DOWNLOAD_TIMEOUT_MS = 60_000

/** The server answered, but not with the file (its body is an error we do not read). */
export class DownloadRefusedError extends Error {
  override readonly name = 'DownloadRefusedError'
  constructor(readonly statusCode: number) {
    super('文件没有下载下来，请稍后再试')
  }
}

export interface DownloadedFile {
  statusCode: number
  /** A temporary file path in WeChat, a `blob:` URL in the browser: what an <Image> shows. */
  path: string
}

const errMsgOf = (error: unknown) => String((error as { errMsg?: unknown } | null)?.errMsg ?? (error instanceof Error ? error.message : ''))

/**
 * GET a file with these headers (e.g. a bearer token an <Image src> cannot send) to a local path, on
 * both platforms. Any status is returned as it came; only a failed connection throws, in plain Chinese.
 */
export async function downloadFile(url: string, header: Record<string, string> = {}): Promise<DownloadedFile> {
  try {
    const result = await Taro.downloadFile({
      url,
      header,
      timeout: DOWNLOAD_TIMEOUT_MS,
      // The browser's request: a token, not cookies, so a cross-origin API needs no credentialed CORS.
      withCredentials: false,
    })
    return { statusCode: result.statusCode, path: result.tempFilePath }
  } catch (error) {
    throw new Error(/time ?out/i.test(errMsgOf(error)) ? '网络太慢，下载超时了，请稍后重试' : '网络连接不上，没能下载，请检查网络后重试')
  }
}

async function downloadOk(url: string): Promise<string> {
  const { statusCode, path } = await downloadFile(url)
  if (statusCode !== 200) throw new DownloadRefusedError(statusCode)
  return path
}

/**
 * The browser saves what a link with `download` points at. A file of another origin ignores
 * `download` and is opened instead: in a new tab, so the app's page stays where it was.
 */
function followDownloadLink(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.target = '_blank'
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** What happened: WeChat opened or saved it here, or the browser was handed a download. */
export type FileOutcome = 'opened' | 'saved' | 'downloaded'

/**
 * A PDF for the person to print or forward: WeChat's document viewer with its menu (转发, 用其他应用
 * 打开, 打印), or a download in the browser. Throws a plain Chinese Error (a DownloadRefusedError when
 * the server answered with an error status).
 */
export async function openPdf(url: string, fileName: string): Promise<FileOutcome> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = await downloadOk(url)
    try {
      await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
    } catch {
      throw new Error('没能打开 PDF，请稍后再试')
    }
    return 'opened'
  }
  followDownloadLink(url, fileName)
  return 'downloaded'
}

/** Where the picture comes from: a URL to fetch, or a file already downloaded (`downloadFile`'s path). */
export type ImageSource = { url: string } | { path: string }

/**
 * Saves a picture: into the phone's photo album in WeChat, as a download in the browser. Resolves
 * null when the person declines in WeChat's own dialog. Throws a plain Chinese Error when the album
 * may not be written (permission refused) or the download fails (DownloadRefusedError for a status).
 */
export async function saveImage(source: ImageSource, fileName: string): Promise<FileOutcome | null> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = 'path' in source ? source.path : await downloadOk(source.url)
    try {
      await Taro.saveImageToPhotosAlbum({ filePath })
    } catch (error) {
      const errMsg = errMsgOf(error)
      if (/cancel/i.test(errMsg)) return null
      if (/auth|deny|denied|permission/i.test(errMsg)) {
        throw new Error('没有保存到相册的权限。请点右上角「…」→「设置」，允许「添加到相册」后再试')
      }
      throw new Error('图片没有保存下来，请稍后再试')
    }
    return 'saved'
  }
  followDownloadLink('path' in source ? source.path : source.url, fileName)
  return 'downloaded'
}

/** What the person will find after tapping: said under the buttons. */
export const fileActionHints: { pdf: string; image: string } =
  process.env.TARO_ENV === 'weapp'
    ? { pdf: 'PDF 打开后，点右上角「…」可以转发到电脑或用其他应用打印。', image: '图片会保存到手机相册。' }
    : { pdf: 'PDF 会下载到这台设备，用打印机按 A4 纸打印。', image: '图片会下载到这台设备。' }

/**
 * Spread on an <Image> a person may want to keep: WeChat then offers 保存, 转发 and 识别二维码 on a long
 * press. Browsers do that for any picture by themselves, and the prop would land on the DOM there.
 */
export const longPressMenuProps: { showMenuByLongpress?: true } = process.env.TARO_ENV === 'weapp' ? { showMenuByLongpress: true } : {}
